// Every reader ends here: a candidate document is validated against InputDocumentSchema, so the
// size bounds and the date format are enforced in one place and a failure becomes an error item.
import { createHash } from 'node:crypto';
import { InputDocumentSchema } from '../../model/document.js';
import { errItem, okItem, type ReadDocument, type ReadItem } from './types.js';

export interface Candidate {
  id?: unknown;
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  lang?: string | null;
  source?: string | null;
}

/** Collapses runs of blank lines and trailing spaces that converters leave behind. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A stable id for inputs that carry none: the name plus a short hash of the text, so re-reading
 * the same file gives the same id wherever it is run from, and two different texts never collide.
 */
export function derivedId(name: string, text: string): string {
  return `${name}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
}

/** The host of an http(s) URL without "www.", the fallback source of a document that names none. */
export function hostOf(url: string | null | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function finalize(c: Candidate, origin: string, name: string): ReadItem {
  const text = tidyText(c.text);
  if (!text) return errItem(origin, 'empty document (no text)');
  const id = c.id === undefined || c.id === null || c.id === '' ? derivedId(name, text) : c.id;
  const parsed = InputDocumentSchema.safeParse({
    id,
    text,
    title: c.title?.trim() || undefined,
    published: c.published || undefined,
    url: c.url || undefined,
    lang: c.lang || undefined,
    source: c.source?.trim() || hostOf(c.url),
  });
  if (!parsed.success) return errItem(origin, describeIssues(parsed.error.issues));
  const doc = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== null));
  return okItem(doc as ReadDocument, origin);
}

export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || 'document'}: ${i.message}`).join('; ');
}
