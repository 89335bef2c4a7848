// Shapes shared by every reader: what a reader yields and the options a batch runs under.
import type { InputDocument } from '../../model/document.js';

/** A document as a reader produces it: the EVENTS.md input document plus where it came from. */
export type ReadDocument = InputDocument & { source?: string };

/**
 * One result of reading. `origin` names the file (with `:line` or `#item`) or the URL, so an error
 * message points at the bad item; a bad item is an `ok: false` value, never a thrown exception.
 */
export type ReadItem =
  | { ok: true; doc: ReadDocument; origin: string }
  | { ok: false; origin: string; error: string };

export interface ReadOptions {
  /** Allow URLs that resolve to private, loopback or link-local addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Largest file or HTTP body accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Replaces the built-in HTTP client (tests). The private-address check still runs before it. */
  fetch?: typeof fetch;
  /** Per-request timeout for URLs, in milliseconds (default 15 s). */
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

/** Shorthand constructors keep the readers free of object-literal noise. */
export const okItem = (doc: ReadDocument, origin: string): ReadItem => ({ ok: true, doc, origin });
export const errItem = (origin: string, error: string): ReadItem => ({ ok: false, origin, error });

/** A reader turns the decoded text of one file or response into items. */
export type TextReader = (text: string, origin: string, ctx: ReaderContext) => AsyncIterable<ReadItem> | Iterable<ReadItem>;

/** What a reader knows besides the text: a name to derive ids from and a fallback source. */
export interface ReaderContext {
  /** File base name without extension, or the URL: used for ids when the input gives none. */
  name: string;
  /** Fallback `source` (the URL's host for fetched pages). */
  source?: string;
  /** The URL the text was fetched from, if any. */
  url?: string;
}
