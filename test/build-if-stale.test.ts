// `npm start` rebuilds only what is stale: a missing output or a source newer than the output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEPS, staleReason, type BuildStep } from '../scripts/build-if-stale.js';

const step: BuildStep = { script: 'build:ts', output: 'dist/cli/main.js', inputs: ['src', 'tsconfig.json'] };

describe('build-if-stale', () => {
  let root: string;
  const write = (rel: string, ageSeconds: number) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'x');
    const t = Date.now() / 1000 - ageSeconds;
    utimesSync(path, t, t);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'khronika-stale-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when the output is missing', () => {
    write('src/a.ts', 100);
    expect(staleReason(root, step)).toBe('dist/cli/main.js is missing');
  });

  it('skips the build when every source is older than the output', () => {
    write('src/a.ts', 100);
    write('src/deep/b.ts', 90);
    write('tsconfig.json', 200);
    write('dist/cli/main.js', 10);
    expect(staleReason(root, step)).toBeNull();
  });

  it('rebuilds when a source deep in a folder, or a config file, is newer', () => {
    write('src/a.ts', 100);
    write('dist/cli/main.js', 50);
    write('src/deep/b.ts', 5);
    expect(staleReason(root, step)).toBe('src changed since dist/cli/main.js was built');
    write('src/deep/b.ts', 100);
    write('tsconfig.json', 1);
    expect(staleReason(root, step)).toBe('tsconfig.json changed since dist/cli/main.js was built');
  });

  it('does not count build outputs inside input folders as sources', () => {
    const web = STEPS.find((s) => s.script === 'build:web')!;
    write('web/src/main.tsx', 100);
    write('src/model/query.ts', 100);
    write('data/boundaries/regions.topo.json', 100);
    write('web/dist/index.html', 50);
    write('web/dist/assets/app.js', 40); // written after index.html by the same build
    expect(staleReason(root, web)).toBeNull();
  });

  it('names npm scripts that exist, and `npm start` goes through it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const scripts = Object.keys(pkg.scripts);
    expect(pkg.scripts.start).toMatch(/build-if-stale/);
    expect(pkg.scripts.start).not.toMatch(/npm run build &&/);
    for (const s of STEPS) expect(scripts).toContain(s.script);
  });
});
