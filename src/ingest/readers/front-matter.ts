// The `key: value` subset of YAML front matter that report files use. A full YAML parser would be
// a large dependency for six flat string fields; nested structures are rejected, not guessed at.

export type FrontMatter = { ok: true; fields: Record<string, string>; body: string } | { ok: false; error: string };

const FENCE = /^---[ \t]*$/;
const MAX_HEADER_LINES = 100;

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.at(-1) === '"') || (t[0] === "'" && t.at(-1) === "'"))) {
    const inner = t.slice(1, -1);
    return t[0] === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
  }
  // An unquoted value may carry a trailing comment, as in YAML (found by search, not by a regex
  // that backtracks over long runs of spaces).
  const comment = t.search(/\s#/);
  return comment < 0 ? t : t.slice(0, comment).trimEnd();
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;

/** Splits a leading `---` block off the text; text without one is all body. */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { ok: true, fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (let i = 1; i < lines.length && i <= MAX_HEADER_LINES; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (FENCE.test(line)) return { ok: true, fields, body: lines.slice(i + 1).join('\n') };
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = KEY.exec(line);
    const rest = m ? line.slice(m[0].length) : '';
    // YAML wants a space after the colon ("url: http://…"; "key:value" is not a key).
    if (!m || (rest !== '' && !/^\s/.test(rest)))
      return { ok: false, error: `front matter line ${i + 1}: expected "key: value" or the closing "---"` };
    fields[m[1].toLowerCase()] = unquote(rest);
  }
  return { ok: false, error: 'front matter not closed by a "---" line (truncated file?)' };
}
