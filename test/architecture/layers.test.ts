/**
 * Keeps the layers of `src/` apart: a folder may import its own layer and the layers below it,
 * never one above, and no file may reach itself again through its imports (a cycle). The order
 * below is the one `docs/ARCHITECTURE.md` describes; change both together.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Lowest first; folders on one line share a level and may import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ['model', 'util', 'version.ts'],
  ['nlp'],
  ['geo', 'actors'],
  ['extract'],
  ['eval', 'resolve'],
  ['store'],
  ['review'],
  ['ingest', 'export'],
  ['server', 'cli'],
];

const LEVEL = new Map(LAYERS.flatMap((names, level) => names.map((name) => [name, level] as const)));

/** Test helpers and benchmarks are not shipped code, so they may reach anywhere. */
function isShippedSource(file: string): boolean {
  return file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.(test|bench)\.ts$/.test(file);
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return isShippedSource(path) ? [path] : [];
  });
}

// Static `import … from`, `export … from`, bare `import '…'` and `import('…')`, relative only.
const IMPORT_PATTERNS = [
  /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
];

/** Maps a relative specifier (`./x.js`, `../dir`) to the source file it names, if any. */
function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts'), base];
  return candidates.find((candidate) => files.has(candidate));
}

function importsOf(file: string, files: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const targets = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const target = resolveSpecifier(file, match[1]!, files);
      if (target) targets.add(target);
    }
  }
  return [...targets];
}

function layerOf(file: string): string {
  return relative(SRC, file).split(sep)[0]!;
}

const rel = (file: string): string => relative(SRC, file).split(sep).join('/');

function buildGraph(): Map<string, string[]> {
  const files = listSources(SRC);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, known)]));
}

/** Every import that points up the layer order, as `from -> to` lines. */
function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const level = LEVEL.get(layerOf(file));
    for (const target of targets) {
      const targetLevel = LEVEL.get(layerOf(target));
      if (level === undefined || targetLevel === undefined) continue;
      if (targetLevel > level) found.push(`${rel(file)} (${layerOf(file)}) -> ${rel(target)} (${layerOf(target)})`);
    }
  }
  return found.sort();
}

/** Each distinct cycle once, as `a -> b -> a`, found by a depth-first walk with a path stack. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles = new Set<string>();
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const seen = state.get(target);
      if (seen === 'open') {
        const loop = stack.slice(stack.indexOf(target));
        cycles.add([...loop, target].map(rel).join(' -> '));
      } else if (seen === undefined) {
        visit(target);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles].sort();
}

describe('source layers', () => {
  const graph = buildGraph();

  it('finds the source files and their imports', () => {
    // Guards the checks below against passing because the walk read nothing.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'store/index.ts'))?.length).toBeGreaterThan(0);
    for (const file of graph.keys()) expect(LEVEL.has(layerOf(file)), `no layer for ${rel(file)}`).toBe(true);
  });

  it('never imports a higher layer', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('has no import cycles between files', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('reports an upward import and a cycle in a made-up graph', () => {
    const file = (path: string): string => join(SRC, path);
    const made = new Map([
      [file('model/a.ts'), [file('store/b.ts')]],
      [file('store/b.ts'), [file('model/a.ts')]],
      [file('server/c.ts'), [file('store/b.ts')]],
    ]);
    expect(layerViolations(made)).toEqual(['model/a.ts (model) -> store/b.ts (store)']);
    expect(importCycles(made)).toEqual(['model/a.ts -> store/b.ts -> model/a.ts']);
  });
});
