// Deterministic synthetic reports for benchmarks: event sentences and background/opinion paragraphs
// from bench/templates/<lang>.json, filled from a seeded PRNG, until a report reaches its target size.
//
// Two densities. 'report' (the default) matches the real articles of the shared seed set, which
// carry about 2.6 coded events per kB (our hand-written corpora: 2.3–4.0): throughput figures for
// "3 kB reports" are meant for reports like these. 'digest' packs event paragraphs twice as often
// with up to three events each (about 6 events per kB, like a daily round-up of incidents): the
// worst case for per-event work, reported beside the first.
import { readFileSync } from 'node:fs';
import type { ExtractableDocument } from '../src/model/document.js';

interface Templates {
  titles: string[];
  events: string[];
  fillers: string[];
  slots: Record<string, string[]>;
}

/** mulberry32: tiny, fast and good enough to vary templates reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadTemplates(lang: 'en' | 'ru'): Templates {
  return JSON.parse(readFileSync(new URL(`./templates/${lang}.json`, import.meta.url), 'utf8')) as Templates;
}

export interface GenerateOptions {
  lang: 'en' | 'ru';
  count: number;
  seed?: number;
  /** characters of body text to reach, roughly (a report stops at the first paragraph past it) */
  targetChars?: number;
  /** how densely events are reported (see the top of this file); default 'report' */
  density?: Density;
}

export type Density = 'report' | 'digest';

/** share of paragraphs that report events, and the most event sentences in one such paragraph */
const DENSITY: Record<Density, { eventShare: number; maxEvents: number }> = {
  report: { eventShare: 0.22, maxEvents: 2 },
  digest: { eventShare: 0.5, maxEvents: 3 },
};

export function generateReports(opts: GenerateOptions): ExtractableDocument[] {
  const t = loadTemplates(opts.lang);
  const rnd = seededRandom(opts.seed ?? 42);
  const target = opts.targetChars ?? 3000;
  const density = DENSITY[opts.density ?? 'report'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      if (slot === 'n') return String(int(2, 999));
      if (slot === 'day') return String(int(1, 28));
      if (slot === 'year') return String(int(2022, 2024));
      const options = t.slots[slot];
      if (!options) throw new Error(`bench template slot {${slot}} has no values in templates/${opts.lang}.json`);
      return pick(options);
    });

  const docs: ExtractableDocument[] = [];
  for (let i = 0; i < opts.count; i++) {
    const paragraphs: string[] = [];
    let size = 0;
    while (size < target) {
      // Some paragraphs report events (one or more sentences); the rest are background.
      const p =
        rnd() < density.eventShare
          ? Array.from({ length: int(1, density.maxEvents) }, () => fill(pick(t.events))).join(' ')
          : pick(t.fillers);
      paragraphs.push(p);
      size += p.length + 2;
    }
    const published = `${int(2022, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    docs.push({
      id: `${opts.lang}-${i}`,
      title: fill(pick(t.titles)),
      text: paragraphs.join('\n\n'),
      published,
      lang: opts.lang,
    });
  }
  return docs;
}
