// Decoded text + kind → the reader for that kind. Shared by files and URLs. The HTML and feed
// readers load their parsers (a DOM, an XML parser) only when such an input comes: every reader
// worker would otherwise spend longer loading them than reading a JSONL file of a thousand reports.
import { jsonError, readJsonDocuments, readJsonl } from './jsonl.js';
import type { InputKind } from './sniff.js';
import { readTelegram } from './telegram.js';
import { readText } from './text.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

export async function* readByKind(
  kind: InputKind,
  text: string,
  origin: string,
  ctx: ReaderContext,
): AsyncGenerator<ReadItem> {
  if (!text.trim()) {
    yield errItem(origin, 'empty file');
    return;
  }
  switch (kind) {
    case 'text':
    case 'markdown':
      yield* readText(text, origin, { ...ctx, markdown: kind === 'markdown' });
      return;
    case 'html':
      yield* (await import('./html.js')).readHtml(text, origin, ctx);
      return;
    case 'feed':
      yield* (await import('./feed.js')).readFeed(text, origin, ctx);
      return;
    case 'jsonl':
      yield* readJsonl(text, origin, ctx);
      return;
    case 'telegram':
      yield* readTelegram([text], origin, ctx);
      return;
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        yield errItem(origin, jsonError(e));
        return;
      }
      yield* readJsonDocuments(value, origin, ctx);
    }
  }
}
