import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  englishName,
  keepAlternates,
  obliqueForms,
  type GazetteerFile,
} from '../../scripts/build-gazetteer.js';
import { nameKey } from './normalize.js';

describe('englishName', () => {
  it.each([
    ['Nizhniy Novgorod', 'RU', 'Nizhny Novgorod'],
    ['Mirnyy', 'RU', 'Mirny'],
    ['Tol’yatti', 'RU', 'Tolyatti'],
    ['Kryvyy Rih', 'UA', 'Kryvyi Rih'],
    ['Rostov-na-Donu', 'RU', 'Rostov-on-Don'],
    ['Orël', 'RU', 'Oryol'],
    ['Warsaw', 'PL', 'Warsaw'],
  ])('%s (%s) → %s', (name, cc, want) => {
    const overrides = JSON.parse(
      readFileSync(new URL('../../data/place-names-en.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    expect(englishName(name, cc, overrides)).toBe(want);
  });
});

describe('keepAlternates', () => {
  it('keeps spellings and Cyrillic forms, drops historical names and codes', () => {
    const kept = keepAlternates(
      'Gorky,Gor’kiy,GOJ,Nizhni Novgorod,Nischni Nowgorod,Нижний Новгород,Горький',
      'Nizhniy Novgorod',
      'Nizhniy Novgorod',
    );
    expect(kept).toContain('Nizhni Novgorod');
    expect(kept).toContain('Нижний Новгород');
    expect(kept).not.toContain('Gorky');
    expect(kept).not.toContain('Горький');
    expect(kept).not.toContain('GOJ');
  });
  it('keeps two Cyrillic spellings of one key when their oblique forms differ', () => {
    // Мурам and Муром both key to "мур" (as if -ам/-ом were endings); only Муром gives "в Муроме"
    const kept = keepAlternates('Мурам,Муром', 'Murom', 'Murom');
    expect(kept).toEqual(['Мурам', 'Муром']);
    expect(obliqueForms(kept).map(nameKey)).toContain('муром');
    expect(obliqueForms(['Самара', 'Кимры'])).toEqual([]); // not consonant-final: the nominative's key serves
    expect(obliqueForms(['Артём'])).toEqual([]); // a town named like a person: "внука Артёма" is no town
  });
  it('judges short names by whole spelling', () => {
    expect(keepAlternates('Уфа,Ban,Ufa', 'Ufa', 'Ufa')).toEqual(['Уфа']);
    expect(keepAlternates('Ban', 'Van', 'Van')).toEqual([]);
  });
});

describe('buildGazetteer', () => {
  it('keeps RU/BY/UA places and capitals, skips bad rows and historical places', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    const row = (
      id: string,
      name: string,
      alts: string,
      cc: string,
      admin1: string,
      pop: string,
      code = 'PPL',
      lat = '55.1',
    ) =>
      [
        id,
        name,
        name,
        alts,
        lat,
        '37.2',
        'P',
        code,
        cc,
        '',
        admin1,
        '',
        '',
        '',
        pop,
        '',
        '100',
        'Europe/Moscow',
        '2020-01-01',
      ].join('\t');
    writeFileSync(
      join(dir, 'cities.txt'),
      [
        row('1', 'Kirovsk', 'Кировск', 'RU', '42', '24678'),
        row('2', 'Old Town', '', 'RU', '42', '100', 'PPLH'),
        row('3', 'Smalltown', '', 'US', 'TX', '900'),
        row('4', 'Washington', 'Вашингтон', 'US', 'DC', '689545', 'PPLC', '38.9'),
        'not\ta\tvalid row',
        row('5', 'Broken', '', 'RU', '42', '10', 'PPL', 'north'),
      ].join('\n'),
    );
    const out = join(dir, 'gazetteer.json');
    const r = await buildGazetteer({ source: join(dir, 'cities.txt'), out });
    expect(r).toMatchObject({ rows: 2, skipped: 2 });
    expect(existsSync(out)).toBe(true);
    const file = JSON.parse(readFileSync(out, 'utf8')) as GazetteerFile;
    expect(file.attribution).toMatch(/GeoNames/);
    expect(file.rows.map((x) => [x[0], x[2]])).toEqual([
      ['Kirovsk', 'RU-LEN'],
      ['Washington', 'US-DC'],
    ]);
    expect(file.keys.split('\n')).toContain('кировск');
  });
});
