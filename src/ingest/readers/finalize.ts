// Every reader ends here: a candidate document is validated against InputDocumentSchema, so the
// size bounds and the date format are enforced in one place and a failure becomes an error item.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputDocumentSchema, MAX_TEXT_CHARS } from '../../model/document.js';
import { errItem, okItem, type ReadDocument, type ReadItem } from './types.js';

/** Fields as a reader found them: untrusted, so any of them may have the wrong type. */
export interface Candidate {
  id?: unknown;
  text: string;
  title?: unknown;
  published?: unknown;
  url?: unknown;
  lang?: unknown;
  source?: unknown;
}

/** A string field trimmed, or the value untouched so that the schema names a wrong type. */
const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() || undefined : (v ?? undefined));

/**
 * Collapses runs of blank lines and trailing spaces that converters leave behind. Lines are trimmed
 * with trimEnd: a regex for trailing spaces backtracks over every long run of spaces (quadratic).
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
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

/** The input schema with the text's length checked here instead, against the caller's limit. */
const DocumentFields = InputDocumentSchema.extend({ text: z.string() });

/**
 * Validates one candidate. Never throws: whatever is wrong with an item (a wrong type, an
 * impossible value) becomes that item's error, and the reader goes on with the next.
 */
export function finalize(c: Candidate, origin: string, name: string, maxChars = MAX_TEXT_CHARS): ReadItem {
  try {
    return check(c, origin, name, maxChars);
  } catch (e) {
    return errItem(origin, `cannot read this document (${e instanceof Error ? e.message : String(e)})`);
  }
}

function check(c: Candidate, origin: string, name: string, maxChars: number): ReadItem {
  if (typeof c.text !== 'string') return errItem(origin, 'text: expected a string');
  const text = tidyText(c.text);
  if (!text) return errItem(origin, 'empty document (no text)');
  if (text.length > maxChars) {
    return errItem(
      origin,
      `text is ${text.length.toLocaleString('en')} characters, over the ${maxChars.toLocaleString('en')}-character limit (raise it with --max-chars)`,
    );
  }
  const id = c.id === undefined || c.id === null || c.id === '' ? derivedId(name, text) : c.id;
  const fields = {
    id,
    text,
    title: trimmed(c.title),
    published: c.published === '' ? undefined : (c.published ?? undefined),
    url: c.url === '' ? undefined : (c.url ?? undefined),
    lang: c.lang === '' ? undefined : (c.lang ?? undefined),
    source: trimmed(c.source) ?? hostOf(typeof c.url === 'string' ? c.url : undefined),
  };
  const parsed = DocumentFields.safeParse(fields);
  if (!parsed.success) return errItem(origin, describeIssues(parsed.error.issues, fields));
  const doc = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== null));
  return okItem(doc as ReadDocument, origin);
}

/** One validation issue in words a user can act on (zod's own wording names its internals). */
function describeIssue(
  i: { path: PropertyKey[]; message: string; code?: string; maximum?: unknown; expected?: unknown },
  data: unknown,
): string {
  const field = i.path.map(String).join('.') || 'document';
  const value = i.path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
  const got =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
          ? 'an object'
          : `a ${typeof value}`;
  if (i.code === 'too_big' && typeof i.maximum === 'number')
    return `${field}: longer than ${i.maximum.toLocaleString('en')} characters`;
  if (i.code === 'invalid_type' && typeof i.expected === 'string')
    return `${field}: expected a ${i.expected}, got ${got}`;
  if (i.code === 'invalid_union' && field === 'id') return `id: expected a string or a number, got ${got}`;
  return `${field}: ${i.message}`;
}

export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[], data?: unknown): string {
  return issues.map((i) => describeIssue(i, data)).join('; ');
}
