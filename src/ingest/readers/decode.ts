// Bytes → text for untrusted files: BOMs, binary detection, UTF-8 with a windows-1251 fallback
// (the usual legacy encoding of Russian text), and a clear refusal for anything else.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** Control characters other than tab, newline, form feed and carriage return. */
function controlShare(bytes: Uint8Array, limit: number): number {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) bad++;
  }
  return bad / n;
}

/**
 * windows-1251 maps nearly every high byte to something, so "it decoded" proves nothing. Accept it
 * only when the high bytes are mostly Cyrillic letters (0xC0–0xFF, Ё/ё) or the punctuation Russian
 * text uses (« » – — … № “ ”) — true of Russian text, false of binary or other 8-bit encodings.
 */
const CP1251_PUNCT = new Set([0x85, 0x93, 0x94, 0x96, 0x97, 0xab, 0xb9, 0xbb]);
function looksLikeCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let punct = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) letters++;
    else if (CP1251_PUNCT.has(b)) punct++;
  }
  return high > 0 && (letters + punct) / high >= 0.9 && letters / high >= 0.5;
}

/** The charset a page or XML file declares in its first kilobyte (meta charset, XML encoding). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1].toLowerCase();
}

/**
 * Valid UTF-8 always wins (declarations are often wrong); then a charset declared by the caller
 * (HTTP header) or by the markup itself, if TextDecoder knows it and the bytes are valid in it; then
 * the windows-1251 guess; else an error.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  // UTF-16 with a BOM is the one NUL-bearing text format worth accepting (Windows "Unicode" saves).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes)' };
  if (controlShare(bytes, 64 * 1024) > 0.01) return { ok: false, error: 'binary file (control characters)' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf8 = decodeStrict(body, 'utf-8');
  if (utf8.ok) return utf8;
  const charset = declared ?? declaredCharset(body);
  // Only 8-bit legacy charsets: a declared UTF-16 would turn any even-length bytes into "text".
  if (charset && !/^(utf-?8|utf-?16.*|unicode.*|x-user-defined|replacement)$/.test(charset)) {
    const d = decodeStrict(body, charset);
    if (d.ok) return d;
  }
  if (looksLikeCp1251(body))
    return { ok: true, text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  return { ok: false, error: 'not valid UTF-8 and does not look like windows-1251 text' };
}

function decodeStrict(bytes: Uint8Array, encoding: string): Decoded {
  try {
    // ignoreBOM: the BOM was already stripped above; a second one is content.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, error: `invalid ${encoding} text` };
  }
}
