import { describe, expect, it } from 'vitest';
import { prf } from './prf.js';

describe('prf', () => {
  it.each([
    [{ tp: 3, fp: 1, fn: 2, optional: 0 }, 0.75, 0.6, 2 / 3],
    [{ tp: 0, fp: 2, fn: 0, optional: 0 }, 0, null, 0],
    [{ tp: 0, fp: 0, fn: 4, optional: 0 }, null, 0, 0],
    [{ tp: 0, fp: 0, fn: 0, optional: 2 }, null, null, null],
    [{ tp: 5, fp: 0, fn: 0, optional: 1 }, 1, 1, 1],
  ])('%o → P %s R %s F1 %s', (counts, p, r, f1) => {
    const out = prf(counts);
    expect(out.precision).toBe(p);
    expect(out.recall).toBe(r);
    if (f1 === null) expect(out.f1).toBeNull();
    else expect(out.f1).toBeCloseTo(f1, 10);
  });
});
