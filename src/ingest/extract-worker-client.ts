// Extraction off the main thread: worker threads (src/ingest/extract-worker.ts) extract batches of
// documents while the main thread reads and stores, so ingest runs on two cores instead of one.
// extract() is pure, so a worker needs nothing but the documents; results come back in the order
// sent, one outcome per document, so one bad document fails alone.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ExtractableDocument } from '../model/document.js';
import type { EventRecord } from '../model/event.js';
import { startWorkerScript } from './worker-script.js';

export type ExtractOutcome = { ok: true; records: EventRecord[] } | { ok: false; error: string };
/** Extracts each document of a batch; resolves to one outcome per document, in order. */
export type BatchExtractor = (docs: readonly ExtractableDocument[]) => Promise<ExtractOutcome[]>;

export interface ExtractRequest {
  id: number;
  docs: readonly ExtractableDocument[];
}
export interface ExtractResponse {
  id: number;
  outcomes: ExtractOutcome[];
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs `extract` on each document, catching per document (shared by the worker and inline use). */
export function extractEach(
  docs: readonly ExtractableDocument[],
  extract: (d: ExtractableDocument) => EventRecord[],
): ExtractOutcome[] {
  return docs.map((d) => {
    try {
      return { ok: true, records: extract(d) };
    } catch (err) {
      return { ok: false, error: message(err) };
    }
  });
}

/** One worker per core the main thread leaves free (it reads, resolves and writes meanwhile). */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism() - 1);

export interface ExtractWorkers {
  extractBatch: BatchExtractor;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (o: ExtractOutcome[]) => void; reject: (e: Error) => void }>;
}

/** The worker script beside this module (extract-worker.js when built, .ts from source). */
const newWorker = (): Worker => startWorkerScript(import.meta.url, 'extract-worker');

export function startExtractWorkers(count = defaultWorkerCount()): ExtractWorkers {
  const slots: (Slot | null)[] = Array.from({ length: Math.max(1, count) }, () => null);
  let nextId = 0;
  let turn = 0;
  let closed = false;

  const start = (i: number): Slot => {
    const worker = newWorker();
    const slot: Slot = { worker, pending: new Map() };
    worker.unref(); // idle workers never keep the process alive; busy ones are ref'ed below
    const failAll = (err: Error) => {
      if (slots[i] === slot) slots[i] = null; // the next batch starts a fresh worker
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
    };
    worker.on('message', (res: ExtractResponse) => {
      const p = slot.pending.get(res.id);
      if (!p) return;
      slot.pending.delete(res.id);
      if (slot.pending.size === 0) worker.unref();
      p.resolve(res.outcomes);
    });
    worker.on('error', (err) => failAll(new Error(`extraction worker failed: ${message(err)}`)));
    worker.on('exit', (code) => failAll(new Error(`extraction worker exited (code ${code})`)));
    return slot;
  };

  return {
    extractBatch(docs) {
      if (closed) return Promise.reject(new Error('extraction workers are closed'));
      const i = turn++ % slots.length;
      const slot = slots[i] ?? (slots[i] = start(i));
      const id = nextId++;
      return new Promise<ExtractOutcome[]>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref();
        slot.worker.postMessage({ id, docs } satisfies ExtractRequest);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}
