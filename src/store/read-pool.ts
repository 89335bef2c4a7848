// A pool of worker threads, each with its own read-only better-sqlite3 connection to the store file,
// so that a slow read (a full export, a daily series over a million events) runs beside the event
// loop instead of on it. WAL lets these readers run while the main connection writes.
//
// Each statement is bounded in time: past `timeoutMs` its promise rejects with ReadTimeoutError and
// the worker running it is ended and replaced. better-sqlite3 cannot interrupt a statement, so an
// ended worker only stops when SQLite hands control back (the statement's end: every read is bounded
// by the store's size, seconds at worst); until then it counts against the heavy lane's share, so
// timed-out reads cannot pile up threads. Jobs are in two lanes: "heavy" reads (exports, counts, time
// series) may hold at most `size - 1` workers, so one worker is always left for the light ones (a
// list page, an event), which go first.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type ReadLane = 'light' | 'heavy';

/** A read ran past its time limit (answered 503 by the server). */
export class ReadTimeoutError extends Error {
  readonly code = 'read_timeout';
  constructor(readonly timeoutMs: number) {
    super(
      `the query took longer than ${timeoutMs / 1000} s and was stopped; narrow the filter (dates, type, region) and try again`,
    );
  }
}

/** More reads are waiting than the pool accepts (answered 503 by the server). */
export class ReadPoolBusyError extends Error {
  readonly code = 'read_busy';
  constructor() {
    super('the server is busy answering other queries; try again in a few seconds');
  }
}

export interface ReadPoolOptions {
  /** worker threads (default 2) */
  size?: number;
  /** per statement once on a worker, and as long again at most waiting for one (default 10 s) */
  timeoutMs?: number;
  /** jobs waiting beyond this many are refused at once (default 500) */
  maxQueue?: number;
}

interface Job {
  sql: string;
  params: readonly unknown[];
  lane: ReadLane;
  resolve(rows: unknown[]): void;
  reject(err: Error): void;
  timer?: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  job?: Job;
  retired?: boolean;
}

const laneContext = new AsyncLocalStorage<ReadLane>();

/** Runs `fn` with its pooled reads in the given lane (no effect on PostgreSQL or in-thread stores). */
export function inReadLane<T>(lane: ReadLane, fn: () => T): T {
  return laneContext.run(lane, fn);
}

// Plain JavaScript, evaluated in the worker: no TypeScript loader needed, the same from src/ and dist/.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -32768');
const cache = new Map();
parentPort.on('message', ({ sql, params }) => {
  try {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (cache.size >= 200) cache.delete(cache.keys().next().value);
      cache.set(sql, stmt);
    }
    parentPort.postMessage({ rows: stmt.reader ? stmt.all(params) : (stmt.run(params), []) });
  } catch (err) {
    parentPort.postMessage({ error: { message: String(err && err.message || err), code: err && err.code } });
  }
});
`;

const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly queues: Record<ReadLane, Job[]> = { light: [], heavy: [] };
  readonly size: number;
  readonly timeoutMs: number;
  private readonly maxQueue: number;
  private closed = false;
  /** ended workers still finishing their statement */
  private retiring = 0;

  constructor(
    private readonly path: string,
    opts: ReadPoolOptions = {},
  ) {
    this.size = Math.max(1, opts.size ?? 2);
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.maxQueue = opts.maxQueue ?? 500;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Rows of one statement, run on a worker. The lane comes from inReadLane() (default light). */
  run(sql: string, params: readonly unknown[], lane: ReadLane = laneContext.getStore() ?? 'light'): Promise<unknown[]> {
    if (this.closed) return Promise.reject(new Error('the read pool is closed'));
    if (this.queues.light.length + this.queues.heavy.length >= this.maxQueue)
      return Promise.reject(new ReadPoolBusyError());
    return new Promise((resolve, reject) => {
      const job: Job = { sql, params, lane, resolve, reject };
      job.timer = setTimeout(() => this.expire(job), this.timeoutMs);
      this.queues[lane].push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.queues.light, ...this.queues.heavy])
      this.settle(job, new Error('the read pool is closed'));
    this.queues.light.length = 0;
    this.queues.heavy.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [],
      workerData: { driver: driverPath, path: this.path },
    });
    const slot: Slot = { worker };
    worker.on('message', (msg: { rows?: unknown[]; error?: { message: string; code?: string } }) => {
      const job = slot.job;
      slot.job = undefined;
      if (job) {
        if (msg.error) this.settle(job, Object.assign(new Error(msg.error.message), { code: msg.error.code }));
        else this.settle(job, null, msg.rows);
      }
      this.dispatch();
    });
    // A worker that dies (bad file, out of memory) fails its job and is replaced.
    worker.on('error', (err) => this.replace(slot, err));
    worker.on('exit', () => {
      if (slot.retired) {
        this.retiring--;
        this.dispatch();
      } else this.replace(slot, new Error('read worker exited'));
    });
    worker.unref();
    return slot;
  }

  private replace(slot: Slot, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (slot.job) this.settle(slot.job, err);
    slot.job = undefined;
    if (this.closed) return;
    this.slots[i] = this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    const heavyBusy = () => this.slots.filter((s) => s.job?.lane === 'heavy').length + this.retiring;
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job =
        this.queues.light.shift() ?? (heavyBusy() < Math.max(1, this.size - 1) ? this.queues.heavy.shift() : undefined);
      if (!job) return;
      slot.job = job;
      job.slot = slot;
      clearTimeout(job.timer);
      job.timer = setTimeout(() => this.expire(job), this.timeoutMs);
      slot.worker.postMessage({ sql: job.sql, params: job.params });
    }
  }

  private expire(job: Job): void {
    const queue = this.queues[job.lane];
    const waiting = queue.indexOf(job);
    if (waiting >= 0) queue.splice(waiting, 1);
    this.settle(job, new ReadTimeoutError(this.timeoutMs));
    const slot = job.slot;
    if (slot && slot.job === job) {
      // The statement cannot be interrupted: end its worker (it stops once SQLite hands back control)
      // and put a fresh one in its place.
      const i = this.slots.indexOf(slot);
      slot.job = undefined;
      slot.retired = true;
      this.retiring++;
      if (i >= 0) this.slots[i] = this.spawn();
      void slot.worker.terminate();
      this.dispatch();
    }
  }

  private settle(job: Job, err: Error | null, rows?: unknown[]): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = undefined;
    const { resolve, reject } = job;
    job.resolve = () => {};
    job.reject = () => {};
    if (err) reject(err);
    else resolve(rows ?? []);
  }
}
