// The benchmarks measure the build users run (dist/, compiled by tsc; `npm run bench` builds it
// first), not the sources through tsx, whose on-the-fly transform wraps every named closure and
// so skews timings. Types still come from src/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function fromDist<M>(path: string): Promise<M> {
  const url = new URL(`../dist/${path}`, import.meta.url);
  if (!existsSync(fileURLToPath(url)))
    throw new Error(`bench: ${fileURLToPath(url)} is missing: run \`npm run build:ts\` (npm run bench does)`);
  return (await import(url.href)) as M;
}
