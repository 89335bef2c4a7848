// CSRF protection for cookie-authenticated writes: the token is an HMAC of the (HttpOnly, secret)
// session id, handed to the page by /api/auth/me and sent back in the X-CSRF-Token header. A foreign
// site can make the browser send the cookie but can neither read nor compute the token.
// Bearer-token requests carry no ambient credential and need no CSRF token.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

export function csrfTokenFor(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

export function csrfTokenValid(sessionId: string, secret: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length > 200) return false;
  const want = Buffer.from(csrfTokenFor(sessionId, secret));
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got);
}
