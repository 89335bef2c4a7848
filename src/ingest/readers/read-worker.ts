// Reader worker thread (started by isolated.ts): runs one read job at a time and hands its items
// back in batches, one batch per "pull", so a large file is never read far ahead of the consumer.
// A batch is sent when it holds BATCH_ITEMS items or has been filling for BATCH_MS: the parent's
// clock then measures how long the reader took to produce the next items, not the consumer's pace.
import { parentPort } from 'node:worker_threads';
import { runJob, type ReadJob } from './read-job.js';
import type { ReadItem } from './types.js';

export type ToWorker = { type: 'start'; id: number; job: ReadJob } | { type: 'pull'; id: number };
/** A batch of a job's items, or (id -1, once) the signal that the worker has loaded and is ready. */
export interface FromWorker {
  id: number;
  items: ReadItem[];
  done: boolean;
}

const BATCH_ITEMS = 256;
const BATCH_MS = 50;

if (!parentPort) throw new Error('read-worker.ts runs as a worker thread (see isolated.ts)');
const port = parentPort;
let current: { id: number; items: AsyncGenerator<ReadItem> } | null = null;
// Loading the readers takes a moment; the parent starts a job's clock only after this.
port.postMessage({ id: -1, items: [], done: true } satisfies FromWorker);

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'start') current = { id: msg.id, items: runJob(msg.job) };
  else if (current?.id === msg.id) void pull(current);
});

async function pull(job: { id: number; items: AsyncGenerator<ReadItem> }): Promise<void> {
  const batch: ReadItem[] = [];
  const started = Date.now();
  let done = false;
  while (batch.length < BATCH_ITEMS && Date.now() - started < BATCH_MS) {
    const next = await job.items.next();
    if (next.done) {
      done = true;
      break;
    }
    batch.push(next.value);
  }
  if (done && current === job) current = null;
  port.postMessage({ id: job.id, items: batch, done } satisfies FromWorker);
}
