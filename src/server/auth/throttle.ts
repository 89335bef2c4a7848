// Login throttling per client IP + username: after `maxFailures` failures inside `windowMs` the pair is
// locked out until the window passes. Memory-only on purpose: a restart forgets, a flood cannot grow it
// past `maxKeys` (oldest entries go first).
export interface ThrottleOptions { maxFailures?: number; windowMs?: number; maxKeys?: number; now?: () => number }

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(opts: ThrottleOptions = {}) {
    this.maxFailures = opts.maxFailures ?? 5;
    this.windowMs = opts.windowMs ?? 15 * 60_000;
    this.maxKeys = opts.maxKeys ?? 10_000;
    this.now = opts.now ?? Date.now;
  }

  private key(ip: string, username: string) { return `${ip}\u0000${username.toLowerCase()}`; }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times); else this.failures.delete(key);
    return times;
  }

  /** Seconds until another attempt is allowed; 0 when allowed now. */
  retryAfter(ip: string, username: string): number {
    const times = this.recent(this.key(ip, username));
    if (times.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((times[0] + this.windowMs - this.now()) / 1000));
  }

  fail(ip: string, username: string): void {
    const key = this.key(ip, username);
    const times = this.recent(key);
    times.push(this.now());
    this.failures.delete(key); // re-insert: Map order doubles as LRU order
    this.failures.set(key, times);
    while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value as string);
  }

  succeed(ip: string, username: string): void { this.failures.delete(this.key(ip, username)); }
}
