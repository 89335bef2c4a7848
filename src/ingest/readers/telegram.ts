// Telegram Desktop channel/chat exports (result.json, "Machine-readable JSON"). Posts become
// documents: id = chat id + message id, source = chat name, published = the post's day. Service
// messages (pins, joins) and posts without text (bare photos) are skipped, not errors.
import { toIsoDay } from './dates.js';
import { finalize } from './finalize.js';
import { splitArrayField } from './json-stream.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

/** Largest single message accepted (its JSON, entities included). */
const MAX_MESSAGE_CHARS = 2_000_000;

/** Does the start of a JSON file look like a single-chat Telegram export? */
export function isTelegramExport(head: string): boolean {
  return (
    /"messages"\s*:\s*\[/.test(head) &&
    /"type"\s*:\s*"(?:public_channel|private_channel|personal_chat|private_group|private_supergroup|public_supergroup|bot_chat|saved_messages)"/.test(
      head,
    )
  );
}

/** `text` is a string or an array of strings and entity objects ({type, text}); keep the words. */
export function flattenTelegramText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string')
        return (part as { text: string }).text;
      return '';
    })
    .join('');
}

export async function* readTelegram(
  chunks: AsyncIterable<string> | Iterable<string>,
  origin: string,
  ctx: ReaderContext,
): AsyncGenerator<ReadItem> {
  let chatId = ctx.name;
  let source = ctx.source;
  let posts = 0;
  for await (const ev of splitArrayField(chunks, 'messages', MAX_MESSAGE_CHARS)) {
    if (ev.kind === 'error') {
      yield errItem(origin, ev.error);
      return;
    }
    if (ev.kind === 'header') {
      if (ev.value.id !== undefined) chatId = String(ev.value.id);
      if (typeof ev.value.name === 'string' && ev.value.name.trim()) source = ev.value.name.trim();
      continue;
    }
    const where = `${origin}#${ev.index}`;
    if (ev.kind === 'oversize') {
      yield errItem(where, `message larger than ${MAX_MESSAGE_CHARS} characters`);
      continue;
    }
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(ev.json) as Record<string, unknown>;
    } catch (e) {
      yield errItem(where, `malformed JSON (${(e as Error).message})`);
      continue;
    }
    if (msg === null || typeof msg !== 'object' || msg.type !== 'message') continue;
    let item: ReadItem;
    try {
      const text = flattenTelegramText(msg.text);
      if (!text.trim()) continue;
      item = finalize(
        {
          id: msg.id === undefined ? undefined : `${chatId}/${String(msg.id)}`,
          text,
          // An impossible date (30 February, a unix time out of range) leaves the post undated.
          published: toIsoDay(msg.date) ?? toIsoDay(Number(msg.date_unixtime)),
          source,
        },
        `${origin}#${ev.index} (message ${String(msg.id ?? '?')})`,
        `${chatId}-${ev.index}`,
        ctx.maxChars,
      );
    } catch (e) {
      // Whatever is wrong with one message is that message's error; the export goes on.
      item = errItem(where, `cannot read this message (${e instanceof Error ? e.message : String(e)})`);
    }
    posts++;
    yield item;
  }
  if (posts === 0) yield errItem(origin, 'export has no text posts');
}
