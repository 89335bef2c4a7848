import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle.js';

describe('LoginThrottle', () => {
  const make = () => {
    let now = 1_000_000;
    const t = new LoginThrottle({ maxFailures: 3, windowMs: 60_000, maxKeys: 2, now: () => now });
    return {
      t,
      advance: (ms: number) => {
        now += ms;
      },
    };
  };

  it.each([
    [2, 0],
    [3, 60],
  ])('after %i failures asks to wait %i s', (fails, wait) => {
    const { t } = make();
    for (let i = 0; i < fails; i++) t.fail('1.2.3.4', 'ana');
    expect(t.retryAfter('1.2.3.4', 'ana')).toBe(wait);
  });

  it('keys on IP and username together (case-insensitive username)', () => {
    const { t } = make();
    for (let i = 0; i < 3; i++) t.fail('1.2.3.4', 'Ana');
    expect(t.retryAfter('1.2.3.4', 'ana')).toBeGreaterThan(0);
    expect(t.retryAfter('5.6.7.8', 'ana')).toBe(0);
    expect(t.retryAfter('1.2.3.4', 'bob')).toBe(0);
  });

  it('forgets failures once the window has passed, and on success', () => {
    const { t, advance } = make();
    for (let i = 0; i < 3; i++) t.fail('ip', 'ana');
    advance(30_000);
    expect(t.retryAfter('ip', 'ana')).toBe(30);
    advance(30_001);
    expect(t.retryAfter('ip', 'ana')).toBe(0);
    t.fail('ip', 'ana');
    t.fail('ip', 'ana');
    t.succeed('ip', 'ana');
    t.fail('ip', 'ana');
    expect(t.retryAfter('ip', 'ana')).toBe(0);
  });

  it('bounds its memory by evicting the oldest keys', () => {
    const { t } = make();
    for (const u of ['a', 'b', 'c']) for (let i = 0; i < 3; i++) t.fail('ip', u);
    expect(t.retryAfter('ip', 'a')).toBe(0); // evicted
    expect(t.retryAfter('ip', 'c')).toBeGreaterThan(0);
  });
});

describe('LoginThrottle per-IP budget', () => {
  it('locks an IP out after maxIpFailures failures across different usernames, other IPs unaffected', () => {
    let now = 1_000_000;
    const t = new LoginThrottle({ maxFailures: 5, maxIpFailures: 10, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 10; i++) {
      expect(t.retryAfter('6.6.6.6', `user${i}`)).toBe(0);
      t.fail('6.6.6.6', `user${i}`);
    }
    expect(t.retryAfter('6.6.6.6', 'someone-new')).toBe(60);
    expect(t.retryAfter('7.7.7.7', 'someone-new')).toBe(0);
    t.succeed('6.6.6.6', 'user0'); // a success on one name does not reset the address's budget
    expect(t.retryAfter('6.6.6.6', 'someone-new')).toBeGreaterThan(0);
    now += 60_001;
    expect(t.retryAfter('6.6.6.6', 'someone-new')).toBe(0);
  });
});
