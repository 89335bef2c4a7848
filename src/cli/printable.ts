// Text from files and feeds shown on a terminal: control characters are written as escapes, so a
// newline in a file name cannot forge an output line and an ANSI sequence cannot clear the screen,
// recolour the output or retitle the window. Bidirectional overrides are escaped as well (they can
// make a name read as something else).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
