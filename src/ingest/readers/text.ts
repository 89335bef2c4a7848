// Plain text and Markdown reports, with optional front matter (title, date/published, url, source,
// lang, id). Markdown markup is reduced to plain text because the extractor quotes evidence verbatim.
// A plain text file without front matter gets its title from its first line and its day from a
// date line near the top; the item says so (`inferred`), and the ingest summary reports it.
// Every pattern here runs in linear time: links are found by a scan, not by a backtracking regex.
import { dayFromLine, toIsoDay } from './dates.js';
import { finalize } from './finalize.js';
import { parseFrontMatter } from './front-matter.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

/**
 * `[label](target)` → label and `![alt](src)` → alt, in one left-to-right pass. The next `]` and
 * `)` are looked up once and reused while the scan stays before them, so a long run of `[` or `![`
 * costs linear time (a regex retried the whole rest of the line from every bracket).
 */
export function stripLinks(line: string): string {
  let out = '';
  let i = 0;
  let close = -1; // index of the next ']' at or after i, or line.length when none
  let paren = -1; // index of the next ')' at or after the current ']', or line.length
  while (i < line.length) {
    const open = line.indexOf('[', i);
    if (open < 0) break;
    if (close < open) close = line.indexOf(']', open) < 0 ? line.length : line.indexOf(']', open);
    if (close >= line.length) break; // no ']' anywhere after: nothing more can be a link
    if (line[close + 1] === '(') {
      if (paren < close) paren = line.indexOf(')', close) < 0 ? line.length : line.indexOf(')', close);
      if (paren < line.length) {
        const image = open > 0 && line[open - 1] === '!';
        const label = line.slice(open + 1, close);
        // A link needs a label; an image may have an empty alt text.
        if (image || label.length > 0) {
          out += line.slice(i, image ? open - 1 : open) + label;
          i = paren + 1;
          continue;
        }
      }
    }
    out += line.slice(i, open + 1);
    i = open + 1;
  }
  return out + line.slice(i);
}

/** Markdown → text: drops markup characters, keeps the words (links keep their label). */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((line) => (/^```/.test(line) ? '' : stripLinks(line)))
    .join('\n')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/^>[ \t]?/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

function firstHeading(md: string): string | undefined {
  return /^#[ \t]+(.+)$/m.exec(md)?.[1]?.trim();
}

/** A first line longer than this is a paragraph, not a headline. */
const MAX_TITLE_LINE = 200;
/** How many lines below the title a date line may stand. */
const DATE_LINE_WINDOW = 5;

interface Inferred {
  title?: string;
  published?: string;
  body: string;
  notes: string[];
}

/** Title from the first non-blank line, day from a date line just below it (plain text only). */
export function inferFromPlainText(text: string): Inferred {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const notes: string[] = [];
  if (first < 0) return { body: text, notes };
  let title: string | undefined;
  let bodyStart = first;
  const head = lines[first].trim();
  const rest = lines.slice(first + 1).join('\n');
  if (head.length <= MAX_TITLE_LINE && rest.trim()) {
    title = head;
    bodyStart = first + 1;
    notes.push('title from the first line');
  }
  let published: string | undefined;
  let seen = 0;
  for (let i = bodyStart; i < lines.length && seen < DATE_LINE_WINDOW; i++) {
    if (!lines[i].trim()) continue;
    seen++;
    const day = dayFromLine(lines[i]);
    if (day) {
      published = day;
      notes.push('date from a date line');
      lines[i] = ''; // a date line is metadata, not report text
      break;
    }
  }
  return { title, published, body: lines.slice(bodyStart).join('\n'), notes };
}

export function* readText(
  text: string,
  origin: string,
  ctx: ReaderContext & { markdown: boolean },
): Iterable<ReadItem> {
  const normalised = text.replace(/\r\n?/g, '\n');
  const fm = parseFrontMatter(normalised);
  if (!fm.ok) {
    yield errItem(origin, fm.error);
    return;
  }
  const f = fm.fields;
  const dateField = f.published ?? f.date;
  const published = dateField === undefined ? undefined : toIsoDay(dateField);
  if (dateField && !published) {
    yield errItem(origin, `front matter: unrecognised date "${dateField.slice(0, 40)}"`);
    return;
  }
  const plainWithoutHeader = !ctx.markdown && fm.body === normalised && !ctx.url;
  const inferred = plainWithoutHeader ? inferFromPlainText(fm.body) : undefined;
  const body = ctx.markdown ? markdownToText(fm.body) : inferred ? inferred.body : fm.body;
  const item = finalize(
    {
      id: f.id ?? ctx.url,
      text: body,
      title: f.title ?? (ctx.markdown ? firstHeading(fm.body) : inferred?.title),
      published: published ?? inferred?.published,
      url: f.url ?? ctx.url,
      lang: f.lang,
      source: f.source ?? ctx.source,
    },
    origin,
    ctx.name,
    ctx.maxChars,
  );
  yield item.ok && inferred?.notes.length ? { ...item, inferred: inferred.notes } : item;
}
