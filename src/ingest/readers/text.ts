// Plain text and Markdown reports, with optional front matter (title, date/published, url, source,
// lang, id). Markdown markup is reduced to plain text because the extractor quotes evidence verbatim.
import { toIsoDay } from './dates.js';
import { finalize } from './finalize.js';
import { parseFrontMatter } from './front-matter.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

/** Markdown → text: drops markup characters, keeps the words (links keep their label). */
export function markdownToText(md: string): string {
  return md
    .replace(/^```.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

function firstHeading(md: string): string | undefined {
  return /^#\s+(.+)$/m.exec(md)?.[1]?.trim();
}

export function* readText(text: string, origin: string, ctx: ReaderContext & { markdown: boolean }): Iterable<ReadItem> {
  const fm = parseFrontMatter(text.replace(/\r\n?/g, '\n'));
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
  const body = ctx.markdown ? markdownToText(fm.body) : fm.body;
  yield finalize(
    {
      id: f.id ?? ctx.url,
      text: body,
      title: f.title ?? (ctx.markdown ? firstHeading(fm.body) : undefined),
      published,
      url: f.url ?? ctx.url,
      lang: f.lang,
      source: f.source ?? ctx.source,
    },
    origin,
    ctx.name,
  );
}
