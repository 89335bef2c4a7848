// Region names for filters: every first-level region of data/admin1.tsv answers to its ISO code, its
// English, Russian and Ukrainian names and their variants, so "Bashkortostan", "Башкортостан" and
// "RU-BA" all mean RU-BA. Pure (the table text comes in), so the server and the web bundle share it.

export interface RegionEntry {
  iso: string;
  country: string;
  /** the official English name ("Republic of Bashkortostan") */
  name: string;
  /** a short English label for lists ("Bashkortostan", "Amur Oblast") */
  short: string;
  ru: string;
  uk: string;
  /** the admin centre (a settlement) and its coordinates */
  centre: string;
  lat: number | null;
  lon: number | null;
}

export type RegionLookup =
  | { ok: true; iso: string }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

/** Case, ё/е, hyphens and runs of spaces or punctuation do not matter. */
export function normalizeRegionName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐–—_.,'’"«»()]+/g, ' ')
    .trim();
}

const split = (s: string | undefined): string[] =>
  (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

export class RegionIndex {
  readonly entries: RegionEntry[];
  private readonly byIso = new Map<string, RegionEntry>();
  /** normalized name → codes, per tier (0 codes, 1 official names, 2 listed variants, 3 generated) */
  private readonly tiers: Map<string, Set<string>>[] = [new Map(), new Map(), new Map(), new Map()];
  /** every name once, for suggestions: [normalized, shown, iso] */
  private readonly names: [string, string, string][] = [];

  /**
   * `tsv` is data/admin1.tsv; `patterns` is place-cues.json's regionVariantPatterns ("{} Oblast"…),
   * which make the English variants a reader types ("Amur region").
   */
  constructor(tsv: string, patterns: Record<string, string[] | string>) {
    const lines = tsv.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const header = (lines.shift() ?? '').split('\t');
    const entries: RegionEntry[] = [];
    for (const line of lines) {
      const cols = line.split('\t');
      const r = Object.fromEntries(header.map((h, i) => [h, (cols[i] ?? '').trim()]));
      if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.iso ?? '')) continue;
      const [lat, lon] = [Number.parseFloat(r.lat), Number.parseFloat(r.lon)];
      const e: RegionEntry = {
        iso: r.iso,
        country: r.iso.slice(0, 2),
        name: r.name_en,
        short: r.name_en.replace(/^Republic of /, ''),
        ru: r.name_ru,
        uk: r.name_uk,
        centre: r.centre ?? '',
        lat: Number.isFinite(lat) ? lat : null,
        lon: Number.isFinite(lon) ? lon : null,
      };
      entries.push(e);
      this.byIso.set(e.iso, e);
      this.add(0, e.iso, e.iso);
      for (const n of [r.name_en, r.name_ru, r.name_uk, e.short]) this.add(1, n, e.iso);
      for (const v of split(r.variants)) this.add(2, v, e.iso);
      const ps = patterns[r.type];
      if (Array.isArray(ps))
        for (const base of split(r.base_en)) for (const p of ps) this.add(3, p.replace('{}', base), e.iso);
    }
    this.entries = entries;
  }

  private add(tier: number, name: string | undefined, iso: string): void {
    if (!name) return;
    const key = normalizeRegionName(name);
    if (!key) return;
    const m = this.tiers[tier];
    const set = m.get(key) ?? new Set<string>();
    if (!set.has(iso)) this.names.push([key, name, iso]);
    set.add(iso);
    m.set(key, set);
  }

  get(iso: string): RegionEntry | undefined {
    return this.byIso.get(iso.toUpperCase());
  }

  /** The most specific tier that knows the name decides; two regions in that tier make it ambiguous. */
  lookup(input: string): RegionLookup {
    const key = normalizeRegionName(input);
    if (!key) return { ok: false, reason: 'unknown' };
    for (const m of this.tiers) {
      const hit = m.get(key);
      if (!hit) continue;
      if (hit.size === 1) return { ok: true, iso: [...hit][0] };
      return { ok: false, reason: 'ambiguous', candidates: [...hit].sort() };
    }
    return { ok: false, reason: 'unknown' };
  }

  /**
   * Regions whose code or some name starts with what was typed (then those containing it), each once,
   * with the name that matched — so a reader typing Russian sees the Russian name.
   */
  suggest(input: string, limit = 8): { entry: RegionEntry; matched: string }[] {
    const key = normalizeRegionName(input);
    if (!key) return [];
    const prefix: { entry: RegionEntry; matched: string }[] = [];
    const inner: { entry: RegionEntry; matched: string }[] = [];
    const seen = new Set<string>();
    for (const [norm, shown, iso] of this.names) {
      if (seen.has(iso)) continue;
      const at = norm.indexOf(key);
      if (at < 0 || (at > 0 && norm[at - 1] !== ' ')) continue;
      seen.add(iso);
      (at === 0 ? prefix : inner).push({ entry: this.byIso.get(iso)!, matched: shown });
    }
    return [...prefix, ...inner].slice(0, limit);
  }

  /** The message a reader sees for a name that is not one region. */
  explain(input: string, r: Exclude<RegionLookup, { ok: true }>): string {
    if (r.reason === 'ambiguous') {
      return `region "${input}" could be ${r.candidates.map((c) => `${this.byIso.get(c)?.name} (${c})`).join(' or ')}: give the ISO code`;
    }
    const near = this.suggest(input.slice(0, 4), 3).map((s) => `${s.entry.short} (${s.entry.iso})`);
    return (
      `unknown region "${input}": give an English or Russian region name or an ISO 3166-2 code such as RU-BA` +
      (near.length ? ` — did you mean ${near.join(', ')}?` : '')
    );
  }
}

/** Resolve a comma-separated admin1 value: the codes, and a message for every part that is not one region. */
export function resolveRegionList(index: RegionIndex, value: string | string[]): { codes: string[]; errors: string[] } {
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const codes: string[] = [];
  const errors: string[] = [];
  for (const p of parts) {
    const r = index.lookup(p);
    if (r.ok) {
      if (!codes.includes(r.iso)) codes.push(r.iso);
    } else errors.push(index.explain(p, r));
  }
  return { codes, errors };
}
