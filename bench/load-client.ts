// The load benchmark's client (bench/load.bench.ts starts it in its own process, so the load it makes
// does not share an event loop with the server). Runs the scenario given as JSON on stdin:
// several autocannon groups at once, each cycling through its URLs; prints one JSON line of results
// per group, with latency percentiles computed from every response.
import autocannon from 'autocannon';

export interface LoadGroup {
  name: string;
  paths: string[];
  connections: number;
  /** requests per second over all connections (unset: as fast as answered) */
  rate?: number;
  headers?: Record<string, string>;
}
export interface LoadScenario {
  base: string;
  seconds: number;
  groups: LoadGroup[];
}
export interface GroupResult {
  name: string;
  requests: number;
  per_s: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  status: Record<string, number>;
  errors: number;
  timeouts: number;
}

const percentile = (xs: number[], p: number) =>
  xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN;

function runGroup(base: string, seconds: number, g: LoadGroup): Promise<GroupResult> {
  let next = 0;
  const times: number[] = [];
  const status: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: g.connections,
        duration: seconds,
        timeout: 30,
        headers: g.headers,
        ...(g.rate ? { overallRate: g.rate } : {}),
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: g.paths[next++ % g.paths.length] }) }],
      },
      (err, r) => {
        if (err) {
          reject(err);
          return;
        }
        times.sort((a, b) => a - b);
        resolve({
          name: g.name,
          requests: times.length,
          per_s: times.length / seconds,
          p50: percentile(times, 0.5),
          p95: percentile(times, 0.95),
          p99: percentile(times, 0.99),
          max: times.at(-1) ?? NaN,
          status,
          errors: r.errors,
          timeouts: r.timeouts,
        });
      },
    );
    instance.on('response', (_client, code, _bytes, ms) => {
      times.push(ms);
      status[code] = (status[code] ?? 0) + 1;
    });
  });
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const scenario = JSON.parse(input) as LoadScenario;
const results = await Promise.all(scenario.groups.map((g) => runGroup(scenario.base, scenario.seconds, g)));
for (const r of results) console.log(JSON.stringify(r));
