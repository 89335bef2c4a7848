// Load benchmark (issue 10 targets), on a store of 1M events (bench/store-fixture.ts):
//   load.list_under_attack_p95_ms — anonymous filtered lists (each a new question: no cache hits) while
//     other anonymous clients download exports and ask uncached daily time series (target ≤ 300 ms);
//   load.analyst_list_per_s / _p99_ms / _errors — signed-in analysts' filtered lists, never cached
//     (targets ≥ 300 req/s, p99 ≤ 100 ms, no errors).
// The server runs as `khronika serve` in its own process with its production settings (read workers,
// rate limits); the load comes from a second process (bench/load-client.ts, autocannon) over loopback.
// Bounded in time: BENCH_LOAD_SECONDS per scenario (default 20). BENCH_API_DB points at another store;
// BENCH_EVENTS_LOAD changes the generated store's size.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.js';
import { cachedEventStore } from './store-fixture.js';
import type { GroupResult, LoadGroup, LoadScenario } from './load-client.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EVENTS = Number(process.env.BENCH_EVENTS_LOAD) || 1_000_000;
const SECONDS = Math.max(5, Number(process.env.BENCH_LOAD_SECONDS) || 20);

const TYPES = ['protest', 'arrest', 'arson', 'sabotage', 'statement', 'riot'];
const REGIONS = ['RU-MOW', 'RU-SPE', 'RU-DA', 'BY-HM', 'RU-SVE', 'RU-KDA', 'UA-43'];

/** Filtered lists as the UI asks them, each distinct (a type, a region or country, a half-year). */
function filteredLists(n: number, extra = ''): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2014 + (i % 12);
    const month = String(1 + (Math.floor(i / 12) % 6)).padStart(2, '0');
    const half = `from=${year}-${month}&to=${year}-${String(Number(month) + 6).padStart(2, '0')}`;
    const shape = i % 4;
    const q =
      shape === 0
        ? `type=${TYPES[i % TYPES.length]}&${half}`
        : shape === 1
          ? `admin1=${REGIONS[i % REGIONS.length]}&${half}`
          : shape === 2
            ? `country=${i % 2 ? 'BY' : 'RU'}&type=${TYPES[i % TYPES.length]}`
            : `type=${TYPES[i % TYPES.length]}&admin1=${REGIONS[i % REGIONS.length]}&sort=date`;
    out.push(`/api/events?${q}&limit=50${extra}`);
  }
  return out;
}

/** Uncached daily series: a different start date each time. */
function dailySeries(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `/api/events/timeseries?bucket=day&from=${2014 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  );
}

async function startServer(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'serve',
      '--db',
      db,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--samples',
      '',
      '--log',
      'error',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout!.setEncoding('utf8');
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${out}`)), 120_000);
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const m = /serving (http:\/\/\S+?)\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${out}`));
    });
  });
  return { child, base };
}

async function runClient(scenario: LoadScenario): Promise<GroupResult[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-client.ts'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin!.end(JSON.stringify(scenario));
  let out = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (c: string) => {
    out += c;
  });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`load client failed (${code}):\n${out}`);
  return out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as GroupResult);
}

const ms = (x: number | null) => (x === null || Number.isNaN(x) ? '–' : x.toFixed(0));

function show(r: GroupResult): void {
  const codes = Object.entries(r.status)
    .map(([c, n]) => `${c}×${n}`)
    .join(' ');
  console.log(
    `#   ${r.name.padEnd(26)} ${String(r.requests).padStart(6)} req ${r.per_s.toFixed(1).padStart(7)}/s  p50 ${ms(r.p50).padStart(5)}  p95 ${ms(r.p95).padStart(5)}  p99 ${ms(r.p99).padStart(5)}  max ${ms(r.max).padStart(6)} ms  [${codes}] errors ${r.errors} timeouts ${r.timeouts}`,
  );
}

async function main(): Promise<void> {
  const db = process.env.BENCH_API_DB ?? (await cachedEventStore(EVENTS));
  const store = await openStore(db);
  const user =
    (await store.users.getByUsername('bench-load')) ??
    (await store.users.create('bench-load', 'bench load password', 'analyst'));
  const token = (await store.users.createToken(user.id, 'load bench')).token;
  await store.close();

  const { child: server, base } = await startServer(db);
  try {
    // Warm the page cache with one pass of each kind (not measured).
    await runClient({
      base,
      seconds: 5,
      groups: [
        {
          name: 'warm-up',
          paths: [...filteredLists(48), '/api/events/counts'],
          connections: 2,
          headers: { authorization: `Bearer ${token}` },
        },
      ],
    });

    console.log(
      `# ${EVENTS} events, ${SECONDS} s per scenario, server: khronika serve (2 read workers, rate limits on)`,
    );
    console.log('# scenario 1: anonymous filtered lists while anonymous clients export and ask uncached daily series');
    const attack: LoadGroup[] = [
      {
        name: 'attacker exports (jsonl)',
        paths: ['/api/export?format=jsonl', '/api/export?format=acled-csv', '/api/export?format=geojson'],
        connections: 2,
        rate: 2,
      },
      { name: 'attacker daily series', paths: dailySeries(500), connections: 4, rate: 4 },
      { name: 'visitor filtered lists', paths: filteredLists(2000), connections: 4, rate: 40 },
    ];
    const underAttack = await runClient({ base, seconds: SECONDS, groups: attack });
    underAttack.forEach(show);
    const lists = underAttack.find((r) => r.name === 'visitor filtered lists')!;

    // Reads the attackers left queued end within two time limits (queue + run): let them drain.
    await new Promise((r) => setTimeout(r, 20_000));
    console.log('# scenario 2: signed-in analysts, filtered lists (never cached), as fast as answered');
    const [analyst] = await runClient({
      base,
      seconds: SECONDS,
      groups: [
        {
          name: 'analyst filtered lists',
          paths: [...filteredLists(1000), '/api/events?status=unreviewed&sort=-updated&limit=50'],
          connections: 16,
          headers: { authorization: `Bearer ${token}` },
        },
      ],
    });
    show(analyst);
    const analystErrors =
      analyst.errors +
      analyst.timeouts +
      Object.entries(analyst.status)
        .filter(([c]) => c !== '200')
        .reduce((s, [, n]) => s + n, 0);

    console.log(`load.list_under_attack_p95_ms: ${ms(lists.p95)} ms (target 300)`);
    console.log(
      `load.list_under_attack_non200: ${
        Object.entries(lists.status)
          .filter(([c]) => c !== '200')
          .reduce((s, [, n]) => s + n, 0) +
        lists.errors +
        lists.timeouts
      } responses`,
    );
    console.log(`load.analyst_list_per_s: ${analyst.per_s.toFixed(0)} req/s (target 300)`);
    console.log(`load.analyst_list_p99_ms: ${ms(analyst.p99)} ms (target 100)`);
    console.log(`load.analyst_list_errors: ${analystErrors} responses (target 0)`);
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}

await main();
