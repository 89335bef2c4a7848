// Who is calling: a Bearer API token, a session cookie, or nobody (anonymous viewer).
// Resolved once per request; routes then ask `requireRole`.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role, Store, User } from '../../store/index.js';
import { HttpError } from '../errors.js';
import { CSRF_HEADER, csrfTokenValid } from './csrf.js';

export const SESSION_COOKIE = 'khronika_session';
const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };
const HOW_TO_SEND = 'send "Authorization: Bearer <token>" with a token created by `khronika users token NAME`';

export interface Identity {
  user: User | null;
  via: 'token' | 'cookie' | 'none';
  sessionToken?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity;
  }
}

export function installIdentity(app: FastifyInstance, store: Store, csrfSecret: string): void {
  app.decorateRequest('identity', null as unknown as Identity);
  app.addHook('onRequest', async (req) => {
    req.identity = await identify(req, store);
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    if (
      unsafe &&
      req.identity.via === 'cookie' &&
      !csrfTokenValid(req.identity.sessionToken!, csrfSecret, req.headers[CSRF_HEADER])
    ) {
      throw new HttpError(403, 'missing or invalid CSRF token (send the X-CSRF-Token header from /api/auth/me)');
    }
  });
}

async function identify(req: FastifyRequest, store: Store): Promise<Identity> {
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S{8,200})$/i.exec(auth);
    if (!m) throw new HttpError(401, `the API token in the Authorization header is not valid: ${HOW_TO_SEND}`);
    const user = await store.users.verifyToken(m[1]);
    if (!user || user.disabled)
      throw new HttpError(
        401,
        `the API token is not valid (unknown, revoked, or its account disabled): ${HOW_TO_SEND}`,
      );
    return { user, via: 'token' };
  }
  const token = req.cookies?.[SESSION_COOKIE];
  if (token && token.length <= 200) {
    const session = await store.users.getSession(token);
    if (session && !session.user.disabled) return { user: session.user, via: 'cookie', sessionToken: token };
  }
  return { user: null, via: 'none' };
}

export function hasRole(identity: Identity, role: Role): boolean {
  return identity.user !== null && RANK[identity.user.role] >= RANK[role];
}

/** preHandler: deny by default — anonymous gets 401, too low a role 403. */
export function requireRole(role: Role) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.identity.user) throw new HttpError(401, 'log in first');
    if (!hasRole(req.identity, role)) throw new HttpError(403, `needs the ${role} role`);
  };
}

/** Anonymous callers and viewers read the public projection (verified only, coarsened, no private names). */
export const isPublic = (req: FastifyRequest) => !hasRole(req.identity, 'analyst');
