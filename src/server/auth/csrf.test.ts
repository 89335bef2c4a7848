import { describe, expect, it } from 'vitest';
import { csrfTokenFor, csrfTokenValid } from './csrf.js';

describe('CSRF tokens', () => {
  const token = csrfTokenFor('session-1', 'secret');
  it.each([
    ['the token of this session', 'session-1', 'secret', token, true],
    ['another session', 'session-2', 'secret', token, false],
    ['another server secret', 'session-1', 'other', token, false],
    ['a truncated token', 'session-1', 'secret', token.slice(1), false],
    ['no token', 'session-1', 'secret', undefined, false],
    ['a header repeated (array)', 'session-1', 'secret', [token, token], false],
    ['an oversized value', 'session-1', 'secret', 'x'.repeat(10_000), false],
  ])('%s → %s', (_what, session, secret, given, ok) => {
    expect(csrfTokenValid(session, secret, given)).toBe(ok);
  });
});
