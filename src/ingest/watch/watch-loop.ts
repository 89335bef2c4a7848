// The monitoring loop: poll every due source, then sleep until the next one is due. Sources on
// different hosts are polled side by side (a few at a time); one host's requests queue in the
// PoliteFetcher. A source is claimed before its poll, so two loops on one store never poll it twice.
import type { Store } from '../../store/index.js';
import { pollSource, type PollDeps, type PollOutcome } from './poll-source.js';

export interface WatchOptions extends Omit<PollDeps, 'store'> {
  /** one pass over the due sources, then return (cron, tests) */
  once?: boolean;
  /** poll every active source now, due or not */
  all?: boolean;
  /** sources polled at once (default 4) */
  concurrency?: number;
  signal?: AbortSignal;
  onPoll?: (o: PollOutcome) => void;
  /** longest sleep between passes, so new or resumed sources are picked up (default 60 s) */
  maxSleepMs?: number;
  /** after each pass (alert deliveries hook in here) */
  afterPass?: (outcomes: PollOutcome[]) => Promise<void>;
}

/** One pass: claims and polls the due sources; returns what each poll did. */
export async function pollDue(store: Store, o: WatchOptions): Promise<PollOutcome[]> {
  const now = o.now ?? (() => new Date());
  const due = o.all ? (await store.watch.list()).filter((s) => !s.paused) : await store.watch.due(now());
  const outcomes: PollOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < due.length && !o.signal?.aborted) {
      const s = due[next++];
      // --all polls a source that is not due: claim it from its own due time.
      if (
        !(await store.watch.claim(s.id, o.all ? new Date(Math.max(now().getTime(), Date.parse(s.nextDueAt))) : now()))
      )
        continue;
      const out = await pollSource(s, { ...o, store });
      outcomes.push(out);
      o.onPoll?.(out);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  return outcomes;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs passes until the signal aborts; with `once`, one pass, whose outcomes it returns. */
export async function watch(store: Store, o: WatchOptions): Promise<PollOutcome[]> {
  for (;;) {
    const outcomes = await pollDue(store, o);
    if (o.afterPass) await o.afterPass(outcomes);
    if (o.once) return outcomes;
    if (o.signal?.aborted) return [];
    const nextAt = await store.watch.nextDueAt();
    const wait = nextAt ? Date.parse(nextAt) - Date.now() : Infinity;
    await sleep(Math.max(1000, Math.min(wait, o.maxSleepMs ?? 60_000)), o.signal);
    if (o.signal?.aborted) return [];
  }
}
