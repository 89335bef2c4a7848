import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from './csv.js';

describe('csvField', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@cmd', "'@cmd"],
    [-37.5, '-37.5'],
    [null, ''],
    [true, 'true'],
  ])('%j → %s', (v, out) => expect(csvField(v)).toBe(out));

  it('joins a row with CRLF', () => expect(csvRow(['a', 1, null])).toBe('a,1,\r\n'));
});
