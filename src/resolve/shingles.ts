// Text similarity by word shingles. MinHash signatures (60 hashes, own implementation: about forty
// lines, and no npm package for it is both small and kept up) estimate the Jaccard similarity of two
// documents' 4-word shingles; 20 bands of 3 hashes (LSH) find the documents worth comparing — a
// pair at Jaccard 0.5 shares a band with probability 0.93, at 0.2 with 0.15. A syndicated copy with
// another headline, boilerplate or one paragraph changed keeps most of its shingles.
export const MINHASH_SIZE = 60;
export const BAND_ROWS = 3;
export const BANDS = MINHASH_SIZE / BAND_ROWS;
const SHINGLE = 4;

/** Lower-case words, letters and digits only (any script). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// murmur3's finaliser: a cheap, well-mixed 32-bit permutation per seed.
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

function shingleHashes(ws: readonly string[], n = SHINGLE): Set<number> {
  const out = new Set<number>();
  if (ws.length < n) {
    if (ws.length) out.add(fnv1a(ws.join(' ')));
    return out;
  }
  for (let i = 0; i + n <= ws.length; i++) out.add(fnv1a(ws.slice(i, i + n).join(' ')));
  return out;
}

/** The MinHash signature of a text, or null when it has too few words to compare. */
export function minhash(text: string): Uint32Array | null {
  const hs = shingleHashes(words(text));
  if (hs.size < 8) return null;
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of hs) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = mix(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** One key per band ("band:hash"): documents sharing a key are compared. */
export function bandKeys(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = mix(h ^ sig[b * BAND_ROWS + r]);
    out.push(`${b}:${h.toString(36)}`);
  }
  return out;
}

export function encodeSignature(sig: Uint32Array): string {
  return Array.from(sig, (v) => v.toString(36)).join(',');
}

export function decodeSignature(s: string): Uint32Array | null {
  const parts = s.split(',');
  if (parts.length !== MINHASH_SIZE) return null;
  return Uint32Array.from(parts, (p) => parseInt(p, 36) >>> 0);
}

/** Jaccard similarity of two sentences' word pairs (exact, for short texts such as evidence). */
export function sentenceSimilarity(a: string, b: string): number {
  const sa = shingleHashes(words(a), 2);
  const sb = shingleHashes(words(b), 2);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const h of sa) if (sb.has(h)) shared++;
  return shared / (sa.size + sb.size - shared);
}
