// `npm start` runs this before serving: it rebuilds only the parts whose output is missing or older
// than their sources, so a restart takes a second instead of a full rebuild. (`npm install` builds
// everything through `prepare`; a dependency change goes through `npm install` and so rebuilds too.)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildStep {
  /** the npm script that builds it */
  script: string;
  /** the file whose age stands for the whole output (each build rewrites it) */
  output: string;
  /** files and folders whose contents the output is built from */
  inputs: string[];
}

/** In build order: the web bundle imports src/model, the CLI reads data/build at run time. */
export const STEPS: BuildStep[] = [
  {
    script: 'build:data',
    output: 'data/build/gazetteer.json',
    inputs: ['scripts/build-data.ts', 'scripts/build-gazetteer.ts', 'data', 'src/geo', 'src/util'],
  },
  { script: 'build:ts', output: 'dist/cli/main.js', inputs: ['src', 'tsconfig.json', 'tsconfig.build.json'] },
  { script: 'build:web', output: 'web/dist/index.html', inputs: ['web', 'src', 'data/boundaries'] },
];

/** Build outputs inside input folders, never counted as sources. */
const SKIP = new Set(['data/build', 'web/dist', 'node_modules']);

/** Newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
export function newestMtime(root: string, rel: string): number {
  const path = join(root, rel);
  if (SKIP.has(rel) || !existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(root, relative(root, join(path, entry.name))));
  }
  return newest;
}

/** Why a step must run (its output is missing, or a source is newer), or null when it is fresh. */
export function staleReason(root: string, step: BuildStep): string | null {
  const out = join(root, step.output);
  if (!existsSync(out)) return `${step.output} is missing`;
  const built = statSync(out).mtimeMs;
  for (const input of step.inputs) {
    if (newestMtime(root, input) > built) return `${input} changed since ${step.output} was built`;
  }
  return null;
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const step of STEPS) {
    const why = staleReason(root, step);
    if (!why) continue;
    console.log(`building (${why}): npm run ${step.script}`);
    const r = spawnSync('npm', ['run', '-s', step.script], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
