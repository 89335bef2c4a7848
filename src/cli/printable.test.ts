import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable', () => {
  it.each([
    ['plain name.txt', 'plain name.txt'],
    ['Пикет в Уфе.md', 'Пикет в Уфе.md'],
    ['a\nfailed: forged line', 'a\\nfailed: forged line'],
    ['\u001b[2J\u001b[Hcleared', '\\e[2J\\e[Hcleared'],
    ['bell\u0007 del\u007f c1\u009b', 'bell\\u{7} del\\u{7f} c1\\u{9b}'],
    ['evil\u202Etxt.exe', 'evil\\u{202e}txt.exe'],
    ['tab\there\r', 'tab\\there\\r'],
  ])('%j → %j', (input, out) => expect(printable(input)).toBe(out));
});
