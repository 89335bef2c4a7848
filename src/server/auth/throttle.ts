// Login throttling, two budgets of failures inside `windowMs`: per client IP + username (after
// `maxFailures` the pair is locked out until the window passes), and per IP across all usernames
// (after `maxIpFailures`, so one address cannot try name after name, each paying a full scrypt).
// Memory-only on purpose: a restart forgets, a flood cannot grow it past `maxKeys` per budget (oldest
// entries go first).
export interface ThrottleOptions {
  maxFailures?: number;
  maxIpFailures?: number;
  windowMs?: number;
  maxKeys?: number;
  now?: () => number;
}

/** Failure times per key inside a sliding window, in a bounded map (insertion order = LRU order). */
class FailureLog {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
    private readonly now: () => number,
  ) {}

  recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds until fewer than `max` failures remain in the window; 0 when already so. */
  wait(key: string, max: number): number {
    const times = this.recent(key);
    if (times.length < max) return 0;
    return Math.max(1, Math.ceil((times[times.length - max] + this.windowMs - this.now()) / 1000));
  }

  add(key: string): void {
    const times = this.recent(key);
    times.push(this.now());
    this.failures.delete(key); // re-insert: Map order doubles as LRU order
    this.failures.set(key, times);
    while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value as string);
  }

  forget(key: string): void {
    this.failures.delete(key);
  }
}

export class LoginThrottle {
  private readonly byName: FailureLog;
  private readonly byIp: FailureLog;
  private readonly maxFailures: number;
  private readonly maxIpFailures: number;

  constructor(opts: ThrottleOptions = {}) {
    const windowMs = opts.windowMs ?? 15 * 60_000;
    const maxKeys = opts.maxKeys ?? 10_000;
    const now = opts.now ?? Date.now;
    this.maxFailures = opts.maxFailures ?? 5;
    this.maxIpFailures = opts.maxIpFailures ?? 20;
    this.byName = new FailureLog(windowMs, maxKeys, now);
    this.byIp = new FailureLog(windowMs, maxKeys, now);
  }

  private key(ip: string, username: string) {
    return `${ip}\u0000${username.toLowerCase()}`;
  }

  /** Seconds until another attempt is allowed; 0 when allowed now. */
  retryAfter(ip: string, username: string): number {
    return Math.max(this.byName.wait(this.key(ip, username), this.maxFailures), this.byIp.wait(ip, this.maxIpFailures));
  }

  fail(ip: string, username: string): void {
    this.byName.add(this.key(ip, username));
    this.byIp.add(ip);
  }

  /** Clears the pair's failures; the IP's budget stays (one known password must not reset it). */
  succeed(ip: string, username: string): void {
    this.byName.forget(this.key(ip, username));
  }
}
