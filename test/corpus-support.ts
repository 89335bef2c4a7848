// Shared by the corpus guard tests: where a corpus lives and how its JSONL files are read.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GoldFileLineSchema, type GoldFileLine } from '../src/model/event.js';
import type { InputDocument } from '../src/model/document.js';
import { fileURLToPath } from 'node:url';

export const corpusDir = (name: string) => fileURLToPath(new URL(`../corpus/${name}/`, import.meta.url));

export function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (err) {
        throw new Error(`${path}:${i + 1}: not JSON: ${(err as Error).message}`);
      }
    });
}

/** The checks every gold file gets: it parses, it has one line per document, and it quotes its
 *  evidence verbatim. Registers the tests and returns the parsed gold for further checks. */
export function goldFileChecks(name: string, docs: InputDocument[], goldRaw: unknown[]): GoldFileLine[] {
  it('parses every gold line with GoldFileLineSchema', () => {
    for (const [i, line] of goldRaw.entries()) {
      const result = GoldFileLineSchema.safeParse(line);
      expect(result.success, `${name}/gold.jsonl:${i + 1} ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  const gold: GoldFileLine[] = goldRaw.map((l) => GoldFileLineSchema.parse(l));

  it('has exactly one gold line per document and none for unknown ids', () => {
    const goldIds = gold.map((g) => g.doc);
    expect(new Set(goldIds).size).toBe(goldIds.length);
    expect([...goldIds].sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('quotes every evidence string verbatim from its document text or title', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    const missing: string[] = [];
    for (const line of gold) {
      const d = byId.get(line.doc);
      for (const ev of line.events) {
        if (!d || ev.evidence.trim() === '' || !(d.text.includes(ev.evidence) || d.title === ev.evidence)) {
          missing.push(`${line.doc}: ${ev.evidence}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
  return gold;
}

/** Field combinations no coder means: half a point, a range ending before it starts, a date after
 *  publication… Returns one line per problem so a failing corpus names its records. */
export function goldCoherenceProblems(docs: InputDocument[], gold: GoldFileLine[]): string[] {
  const problems: string[] = [];
  for (const line of gold) {
    const published = docs.find((d) => d.id === line.doc)?.published;
    for (const ev of line.events) {
      const tag = `${line.doc} ${ev.type} ${ev.evidence.slice(0, 40)}`;
      if (ev.confidence !== undefined) problems.push(`${tag}: gold carries confidence`);
      if (ev.admin1 && ev.country && !ev.admin1.startsWith(`${ev.country}-`)) problems.push(`${tag}: admin1/country`);
      if (ev.admin1 && !ev.country) problems.push(`${tag}: admin1 without country`);
      if (ev.place !== null && (ev.lat === null || ev.geo_precision === null))
        problems.push(`${tag}: place without point`);
      if ((ev.lat === null) !== (ev.lon === null)) problems.push(`${tag}: half a point`);
      if (ev.geo_precision === 3 && ev.lat !== null) problems.push(`${tag}: country-level with a point`);
      if (ev.geo_precision === 1 && ev.place === null) problems.push(`${tag}: settlement precision without place`);
      if ((ev.quantity === null) !== (ev.quantity_unit === null)) problems.push(`${tag}: quantity without unit`);
      if (ev.date_end !== null && (ev.date === null || ev.date_end < ev.date)) problems.push(`${tag}: date range`);
      if (published && ev.date !== null && ev.date > published) problems.push(`${tag}: date after publication`);
    }
  }
  return problems;
}
