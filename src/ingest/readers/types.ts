// Shapes shared by every reader: what a reader yields and the options a batch runs under.
import type { InputDocument } from '../../model/document.js';

/** A document as a reader produces it: the input document of docs/event-format.md plus where it came from. */
export type ReadDocument = InputDocument & { source?: string };

/**
 * One result of reading. `origin` names the file (with `:line` or `#item`) or the URL, so an error
 * message points at the bad item; a bad item is an `ok: false` value, never a thrown exception.
 * `inferred` lists what a reader guessed because the input did not say it ("title from the first
 * line", "source from the folder name"), for the ingest summary.
 */
export type ReadItem =
  | { ok: true; doc: ReadDocument; origin: string; inferred?: string[] }
  | { ok: false; origin: string; error: string };

export interface ReadOptions {
  /** Allow URLs that resolve to private, loopback or link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  /**
   * Largest file or HTTP body accepted, in bytes (default 20 MiB). JSONL files are streamed and may
   * be of any size; this then bounds each line.
   */
  maxBytes?: number;
  /**
   * Longest document text accepted, in characters (default 1,000,000; when only maxBytes is given,
   * the larger of the two, since a file of that size may hold a text of that length).
   */
  maxChars?: number;
  /**
   * Time limit for reading one file or URL, in ms (default 30 s), enforced by reading in a worker
   * thread that is ended past it; for a file of many documents it applies to each batch of
   * documents. 0 reads in this thread without a limit.
   */
  fileTimeoutMs?: number;
  signal?: AbortSignal;
  /** Replaces the built-in HTTP client (tests). The private-address check still runs before it. */
  fetch?: typeof fetch;
  /** Per-request timeout for URLs, in milliseconds (default 15 s). */
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_FILE_TIMEOUT_MS = 30_000;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

/** Shorthand constructors keep the readers free of object-literal noise. */
export const okItem = (doc: ReadDocument, origin: string): ReadItem => ({ ok: true, doc, origin });
export const errItem = (origin: string, error: string): ReadItem => ({ ok: false, origin, error });

/** A reader turns the decoded text of one file or response into items. */
export type TextReader = (
  text: string,
  origin: string,
  ctx: ReaderContext,
) => AsyncIterable<ReadItem> | Iterable<ReadItem>;

/** What a reader knows besides the text: a name to derive ids from and a fallback source. */
export interface ReaderContext {
  /** File base name without extension, or the URL: used for ids when the input gives none. */
  name: string;
  /** Fallback `source` (the URL's host for fetched pages). */
  source?: string;
  /** The URL the text was fetched from, if any. */
  url?: string;
  /** Longest document text accepted (finalize); default MAX_TEXT_CHARS. */
  maxChars?: number;
}
