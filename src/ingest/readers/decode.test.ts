import { describe, expect, it } from 'vitest';
import { cp1251 } from '../../../test/fixtures/ingest/helpers.js';
import { decodeBytes } from './decode.js';

describe('decodeBytes', () => {
  const cases: { name: string; bytes: Uint8Array; text?: string; encoding?: string; error?: RegExp }[] = [
    { name: 'plain UTF-8', bytes: Buffer.from('Митинг в Уфе'), text: 'Митинг в Уфе', encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: Buffer.from('\uFEFFПикет'), text: 'Пикет', encoding: 'utf-8' },
    {
      name: 'UTF-16LE with BOM',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Арест', 'utf16le')]),
      text: 'Арест',
      encoding: 'utf-16le',
    },
    {
      name: 'windows-1251 Russian',
      bytes: cp1251('Поджог военкомата в Коврове'),
      text: 'Поджог военкомата в Коврове',
      encoding: 'windows-1251',
    },
    {
      name: 'windows-1251 with « » — №',
      bytes: cp1251('«Нет войне» — лозунг №1, сказал он.'),
      text: '«Нет войне» — лозунг №1, сказал он.',
      encoding: 'windows-1251',
    },
    {
      name: 'KOI8-R declared by a meta tag wins over the windows-1251 guess',
      bytes: Buffer.concat([
        Buffer.from('<meta charset="koi8-r"><p>'),
        Buffer.from([0xf0, 0xc9, 0xcb, 0xc5, 0xd4]),
        Buffer.from('</p>'),
      ]),
      text: '<meta charset="koi8-r"><p>Пикет</p>',
      encoding: 'koi8-r',
    },
    {
      name: 'a wrong declaration loses to valid UTF-8',
      bytes: Buffer.from('<?xml version="1.0" encoding="windows-1251"?><a>Митинг</a>'),
      text: '<?xml version="1.0" encoding="windows-1251"?><a>Митинг</a>',
      encoding: 'utf-8',
    },
    { name: 'NUL bytes', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), error: /binary.*NUL/ },
    {
      name: 'control characters',
      bytes: Uint8Array.from([...Buffer.from('abc'), 0x01, 0x02, 0x03, 0x1b, 0x07]),
      error: /binary.*control/,
    },
    {
      name: 'latin-1 accents (neither UTF-8 nor Cyrillic)',
      bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xfc, 0x62, 0x65, 0x72, 0x20, 0xa9, 0xb1]),
      error: /not valid UTF-8/,
    },
    { name: 'empty', bytes: new Uint8Array(), text: '', encoding: 'utf-8' },
  ];
  it.each(cases)('$name', ({ bytes, text, encoding, error }) => {
    const r = decodeBytes(bytes);
    if (error) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(error);
    } else {
      expect(r).toEqual({ ok: true, text, encoding });
    }
  });
});

describe('decodeBytes with a charset from the HTTP header', () => {
  it.each([
    ['koi8-r', Uint8Array.from([0xf0, 0xc9, 0xcb, 0xc5, 0xd4]), 'Пикет'],
    ['utf-16le', cp1251('Пикет'), 'Пикет'], // a declared UTF-16 is ignored for 8-bit bytes
    ['no-such-charset', cp1251('Пикет'), 'Пикет'],
  ])('%s', (charset, bytes, text) => {
    expect(decodeBytes(bytes, charset)).toMatchObject({ ok: true, text });
  });
});
