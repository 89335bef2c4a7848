// Benchmark runner: `npm run bench [-- NAME...]`.
//
// Convention: every file bench/NAME.bench.ts is one benchmark. The runner starts each in its own Node
// process (so peak memory is that benchmark's alone), streams its output, and collects every stdout
// line of the form `name: value unit` (e.g. `extract.en.docs_per_s: 812.5 docs/s`) as a figure for
// the summary. Anything else a benchmark prints is shown but not collected. A benchmark signals
// failure by a non-zero exit code. Arguments filter benchmarks by substring of NAME.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

interface Figure {
  bench: string;
  name: string;
  value: string;
  unit: string;
}

const FIGURE = /^([\w.-]+):\s+(-?[\d.]+(?:e[-+]?\d+)?)\s*(.*)$/i;
const benchDir = fileURLToPath(new URL('.', import.meta.url));

function runOne(file: string, bench: string, figures: Figure[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, file)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    const take = (line: string): void => {
      process.stdout.write(`  ${line}\n`);
      const m = FIGURE.exec(line.trim());
      if (m) figures.push({ bench, name: m[1], value: m[2], unit: m[3] });
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(take);
    });
    child.on('close', (code) => {
      if (pending) take(pending);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .filter((f) => filters.length === 0 || filters.some((q) => f.includes(q)));
  if (files.length === 0) {
    console.error(`bench: no benchmark matches ${filters.join(', ') || '(none present)'}`);
    process.exitCode = 1;
    return;
  }
  const figures: Figure[] = [];
  const failed: string[] = [];
  for (const file of files) {
    const bench = file.replace(/\.bench\.ts$/, '');
    console.log(`== ${bench}`);
    const started = performance.now();
    const code = await runOne(file, bench, figures);
    console.log(
      `   (${((performance.now() - started) / 1000).toFixed(1)} s${code === 0 ? '' : `, FAILED with exit code ${code}`})`,
    );
    if (code !== 0) failed.push(bench);
  }
  console.log('\nSummary');
  const width = Math.max(...figures.map((f) => f.name.length), 10);
  for (const f of figures) console.log(`  ${f.name.padEnd(width)}  ${f.value.padStart(12)} ${f.unit}`);
  if (failed.length > 0) {
    console.log(`  failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
