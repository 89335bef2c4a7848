// One unit of reading — a planned file or a URL — as plain data, so that it can be run in this
// thread or posted to the reader worker (read-worker.ts) unchanged.
import { readFileInput } from './file.js';
import type { PlannedFile } from './plan.js';
import { errItem, type ReadItem, type ReadOptions } from './types.js';

export type ReadJob =
  | { kind: 'file'; file: PlannedFile; maxBytes: number; maxChars?: number }
  | { kind: 'url'; url: string; opts: Pick<ReadOptions, 'allowPrivate' | 'maxBytes' | 'maxChars' | 'timeoutMs'> };

export const jobOrigin = (job: ReadJob): string => (job.kind === 'file' ? job.file.path : job.url);

/** The job's items; anything a reader did not foresee (an I/O error, a parser crash) becomes an error item. */
export async function* runJob(
  job: ReadJob,
  extra: Pick<ReadOptions, 'fetch' | 'signal'> = {},
): AsyncGenerator<ReadItem> {
  try {
    // (the HTTP client is loaded for URL jobs only)
    yield* job.kind === 'file'
      ? readFileInput(job.file, job.maxBytes, job.maxChars)
      : (await import('./url.js')).readUrl(job.url, { ...job.opts, ...extra });
  } catch (e) {
    if (extra.signal?.aborted) throw extra.signal.reason;
    const deep = e instanceof RangeError && /call stack/i.test(e.message);
    yield errItem(
      jobOrigin(job),
      deep ? 'the input is nested too deeply to read' : `cannot read: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
