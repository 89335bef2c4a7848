import { describe, expect, it } from 'vitest';
import { isRetryable, withRetry } from './retry.js';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('withRetry', () => {
  it('runs a transaction again after a deadlock or serialization failure', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls === 1) throw pgError('40P01');
        if (calls === 2) throw pgError('40001');
        return 'stored';
      },
      4,
      1,
    );
    expect(result).toBe('stored');
    expect(calls).toBe(3);
  });

  it('gives up after the last try, and never retries other errors', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw pgError('40P01');
        },
        3,
        1,
      ),
    ).rejects.toThrow('pg 40P01');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw pgError('23505');
        },
        3,
        1,
      ),
    ).rejects.toThrow('pg 23505');
    expect(calls).toBe(1);
    expect(isRetryable(new Error('plain'))).toBe(false);
  });
});
