// Reading each file (or URL) in a worker thread with a time limit. A reader that runs past the
// limit — hostile markup, a pathological pattern not yet found — is stopped by terminating its
// worker; the file gets an error item naming the limit and the batch goes on with a fresh worker.
// The clock runs while the worker produces items (per batch of items it hands back), so a large
// JSONL file or feed of many documents is bounded per document, not cut off as a whole. The worker
// also has its own heap limit, so a file that would exhaust memory fails alone too.
import type { Worker } from 'node:worker_threads';
import { startWorkerScript } from '../worker-script.js';
import { jobOrigin, type ReadJob } from './read-job.js';
import type { FromWorker, ToWorker } from './read-worker.js';
import { errItem, type ReadItem } from './types.js';

/** The reader's heap, far above what any accepted file needs (20 MB of HTML parses in ~0.5 GB). */
const WORKER_HEAP_MB = 2048;

export interface IsolatedReader {
  /** The job's items; past `timeLimitMs` without its next batch, the worker is ended and the job reported. */
  read(job: ReadJob, timeLimitMs: number, signal?: AbortSignal): AsyncGenerator<ReadItem>;
  close(): Promise<void>;
}

type Reply =
  | { kind: 'batch'; batch: FromWorker }
  | { kind: 'timeout' }
  | { kind: 'crash'; error: string }
  | { kind: 'abort' };

export function startIsolatedReader(): IsolatedReader {
  let worker: Worker | null = null;
  let ready: Promise<Reply> | null = null;
  let nextId = 0;
  // The one waiter for the worker's next message or its end (jobs run one at a time).
  let waiter: ((r: Reply) => void) | null = null;

  const spawn = (): Worker => {
    const w = startWorkerScript(import.meta.url, 'read-worker', {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    w.on('message', (m: FromWorker) => waiter?.({ kind: 'batch', batch: m }));
    w.on('error', (e) => waiter?.({ kind: 'crash', error: crashMessage(e) }));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      waiter?.({ kind: 'crash', error: `reader stopped unexpectedly (exit code ${code})` });
    });
    ready = new Promise<Reply>((resolve) => {
      const started = setTimeout(() => resolve({ kind: 'crash', error: 'reader did not start within 60 s' }), 60_000);
      waiter = (r) => {
        clearTimeout(started);
        waiter = null;
        resolve(r);
      };
    });
    w.unref(); // an idle reader never keeps the process alive; it is ref'ed while a job waits on it
    return w;
  };

  const stop = async () => {
    const w = worker;
    worker = null;
    await w?.terminate();
  };

  return {
    async *read(job, timeLimitMs, signal) {
      signal?.throwIfAborted();
      const w = (worker ??= spawn());
      // The clock measures reading, not the worker's start-up (loading parsers and the DOM).
      w.ref();
      const boot = await ready!;
      if (boot.kind !== 'batch') {
        await stop();
        yield errItem(jobOrigin(job), boot.kind === 'crash' ? boot.error : 'interrupted');
        return;
      }
      const id = nextId++;
      w.postMessage({ type: 'start', id, job } satisfies ToWorker);
      for (;;) {
        w.ref();
        const reply = await new Promise<Reply>((resolve) => {
          let settled = false;
          const finish = (r: Reply) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            waiter = null;
            resolve(r);
          };
          const onAbort = () => finish({ kind: 'abort' });
          const timer = setTimeout(() => finish({ kind: 'timeout' }), timeLimitMs);
          signal?.addEventListener('abort', onAbort, { once: true });
          waiter = (r) => (r.kind !== 'batch' || r.batch.id === id ? finish(r) : undefined);
          w.postMessage({ type: 'pull', id } satisfies ToWorker);
        });
        w.unref();
        if (reply.kind === 'abort') {
          await stop();
          throw signal?.reason;
        }
        if (reply.kind === 'timeout') {
          await stop();
          yield errItem(
            jobOrigin(job),
            `stopped after ${formatSeconds(timeLimitMs)}: reading took longer than the time limit (raise it with --file-timeout)`,
          );
          return;
        }
        if (reply.kind === 'crash') {
          await stop();
          yield errItem(jobOrigin(job), reply.error);
          return;
        }
        yield* reply.batch.items;
        if (reply.batch.done) return;
      }
    },
    close: stop,
  };
}

function crashMessage(e: Error): string {
  if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `stopped: reading needed more than ${WORKER_HEAP_MB} MB of memory`;
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return 'stopped: the input is nested too deeply to read';
  return `reader failed: ${e.message}`;
}

const formatSeconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;
