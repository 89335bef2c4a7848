// Shared by the corpus guard tests: where a corpus lives and how its JSONL files are read.
import { readFileSync } from 'node:fs';
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
