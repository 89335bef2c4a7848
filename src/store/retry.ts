// PostgreSQL may abort one of two transactions that wait on each other (ingest workers updating the
// same tally rows: deadlock_detected) or that conflict under stricter isolation
// (serialization_failure). Both mean "run it again": the aborted transaction wrote nothing.
const RETRYABLE = new Set(['40P01', '40001']);

export function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && RETRYABLE.has(String((err as { code?: unknown }).code));
}

/** Runs `attempt` (a whole transaction) again when the database aborted it as retryable. */
export async function withRetry<T>(attempt: () => Promise<T>, tries = 4, baseDelayMs = 20): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= tries || !isRetryable(err)) throw err;
      // back off a little, with jitter, so the two writers do not collide again in step
      await new Promise((r) => setTimeout(r, baseDelayMs * i * (1 + Math.random())));
    }
  }
}
