// Data files (lexicons, registries, built gazetteer) live in <package>/data; this file sits two
// levels below the package root both as src/util/*.ts (tsx, vitest) and dist/util/*.js (built).
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

export function dataPath(...parts: string[]): string {
  return fileURLToPath(new URL(['../../data', ...parts].join('/'), import.meta.url));
}

export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(dataPath(...parts), 'utf8')) as T;
}
