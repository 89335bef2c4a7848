// A streaming splitter for `{ …header…, "messages": [ {…}, {…} ] }` files (Telegram Desktop
// exports). It yields the header object and each array element's JSON text one at a time, so a
// large export is never held, or parsed, as a whole; only one element is buffered, up to a cap.

export type StreamEvent =
  | { kind: 'header'; value: Record<string, unknown> }
  | { kind: 'element'; index: number; json: string }
  | { kind: 'oversize'; index: number }
  | { kind: 'error'; error: string };

const MAX_HEADER_CHARS = 1 << 20;
const STRING_STOP = /["\\]/g;

export async function* splitArrayField(
  chunks: AsyncIterable<string> | Iterable<string>,
  field: string,
  maxElementChars: number,
): AsyncGenerator<StreamEvent> {
  let depth = 0;
  let inStr = false;
  let esc = false;
  let phase: 'header' | 'key' | 'array' | 'after' = 'header';
  let header = '';
  let sawColon = false;
  let keyChars = ''; // content of the string being read at depth 1 (candidate key)
  let headerCut = 0; // header length before the field's key
  let elemParts: string[] = [];
  let elemLen = 0;
  let inElem = false;
  let oversize = false;
  let index = 0;

  for await (const chunk of chunks) {
    let elemStart = inElem ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      if (inStr && !esc && phase !== 'header') {
        // Skip string contents in one step: most of an export is message text.
        STRING_STOP.lastIndex = i;
        const m = STRING_STOP.exec(chunk);
        if (!m) break;
        i = m.index;
      }
      const c = chunk[i];
      if (phase === 'header') header += c;
      if (inStr) {
        if (esc) esc = false;
        else if (c === '\\') esc = true;
        else if (c === '"') {
          inStr = false;
          if (phase === 'header' && depth === 1 && keyChars === field) {
            phase = 'key';
            sawColon = false;
            headerCut = header.length - field.length - 2;
          }
        } else if (phase === 'header' && depth === 1) keyChars += c;
        continue;
      }
      if (c === '"') {
        inStr = true;
        keyChars = '';
        continue;
      }
      if (phase === 'key') {
        if (/\s/.test(c)) continue;
        if (c === ':' && !sawColon) {
          sawColon = true;
          continue;
        }
        if (!sawColon) {
          // The string was a value that happens to equal the field name, not the key: go on.
          phase = 'header';
          header += c;
        } else if (c !== '[') {
          yield { kind: 'error', error: `"${field}" is not an array` };
          return;
        }
      }
      if (phase === 'key') {
        const prefix = header.slice(0, headerCut).replace(/,\s*$/, '') + '}';
        try {
          yield { kind: 'header', value: JSON.parse(prefix) as Record<string, unknown> };
        } catch (e) {
          yield { kind: 'error', error: `malformed JSON before "${field}" (${(e as Error).message})` };
          return;
        }
        header = '';
        phase = 'array';
        depth = 2;
        continue;
      }
      if (c === '{' || c === '[') {
        depth++;
        if (phase === 'array' && depth === 3) {
          if (c === '[') {
            yield { kind: 'error', error: `"${field}" element ${index + 1} is not an object` };
            return;
          }
          inElem = true;
          oversize = false;
          elemParts = [];
          elemLen = 0;
          elemStart = i;
        }
      } else if (c === '}' || c === ']') {
        depth--;
        if (depth < 0) {
          yield { kind: 'error', error: 'malformed JSON (unbalanced brackets)' };
          return;
        }
        if (phase === 'array' && inElem && depth === 2) {
          index++;
          if (!oversize) elemParts.push(chunk.slice(elemStart, i + 1));
          const json = oversize ? '' : elemParts.join('');
          yield oversize || json.length > maxElementChars
            ? { kind: 'oversize', index }
            : { kind: 'element', index, json };
          inElem = false;
          elemParts = [];
          elemStart = -1;
        } else if (phase === 'array' && depth === 1) phase = 'after';
      }
      if (phase === 'header' && header.length > MAX_HEADER_CHARS) {
        yield { kind: 'error', error: `no "${field}" array in the first ${MAX_HEADER_CHARS} characters` };
        return;
      }
    }
    if (inElem && !oversize) {
      const part = chunk.slice(elemStart);
      elemLen += part.length;
      if (elemLen > maxElementChars) {
        oversize = true;
        elemParts = [];
      } else elemParts.push(part);
    }
  }
  if (phase === 'header' || phase === 'key') yield { kind: 'error', error: `no "${field}" array found` };
  else if (phase === 'array' || depth !== 0 || inStr)
    yield { kind: 'error', error: 'truncated JSON (file ends before the end of the data)' };
}
