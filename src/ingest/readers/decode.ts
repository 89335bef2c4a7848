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
 * only when the high bytes are mostly Cyrillic letters (0xC0–0xFF, Ё/ё) — true of Russian text,
 * false of random binary or other single-byte encodings.
 */
function looksLikeCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyr = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) cyr++;
  }
  return high > 0 && cyr / high >= 0.9;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  // UTF-16 with a BOM is the one NUL-bearing text format worth accepting (Windows "Unicode" saves).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes)' };
  if (controlShare(bytes, 64 * 1024) > 0.01) return { ok: false, error: 'binary file (control characters)' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf8 = decodeStrict(body, 'utf-8');
  if (utf8.ok) return utf8;
  if (looksLikeCp1251(body)) return { ok: true, text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
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
