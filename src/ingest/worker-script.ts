// Starts a worker thread from a module beside the caller: the built .js in dist/, or — from source
// (tests, bench, tsx) — the .ts file, which Node 20 will not load in a worker even with tsx's loader
// flags, so a small bootstrap registers tsx's loader inside the worker and then imports it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** tsx's ESM API module (require.resolve would give its CommonJS twin, which cannot register it). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(pkg.exports['./esm/api'].import.default, pathToFileURL(manifest)).href;
}

/** `name` without extension, resolved against `base` (the caller's import.meta.url). */
export function startWorkerScript(base: string, name: string, options: WorkerOptions = {}): Worker {
  const fromSource = fileURLToPath(base).endsWith('.ts');
  if (!fromSource) return new Worker(new URL(`./${name}.js`, base), options);
  const tsxApi = tsxEsmApi();
  const entry = new URL(`./${name}.ts`, base).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true, execArgv: [] });
}
