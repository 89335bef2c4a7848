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
