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
    // Spreadsheets skip leading whitespace before a formula (issue 10)
    ['  =1+1', "'  =1+1"],
    [' +cmd', "' +cmd"],
    ['\u00a0-2+3', "'\u00a0-2+3"],
    ['\t@x', "'\t@x"],
    ['\uff1dSUM(A1)', "'\uff1dSUM(A1)"], // full-width equals sign
    ['a = b', 'a = b'],
    [-37.5, '-37.5'],
    [null, ''],
    [true, 'true'],
  ])('%j → %s', (v, out) => expect(csvField(v)).toBe(out));

  it('joins a row with CRLF', () => expect(csvRow(['a', 1, null])).toBe('a,1,\r\n'));
});
