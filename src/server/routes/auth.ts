// Login/logout and "who am I". Passwords are checked by the store (scrypt); a session lives in an
// HttpOnly, SameSite=Lax cookie; the CSRF token for writes comes back in the body of /me and /login.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { UserSchema, type Store } from '../../store/index.js';
import { SESSION_COOKIE } from '../auth/identity.js';
import { csrfTokenFor } from '../auth/csrf.js';
import type { LoginThrottle } from '../auth/throttle.js';
import { HttpError } from '../errors.js';
import { Ok } from './schemas.js';

const LoginBody = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(1_000),
  })
  .strict();

const PublicUser = UserSchema.pick({ id: true, username: true, role: true }).meta({
  id: 'SignedInUser',
  description: 'Who is signed in.',
});
const Session = z
  .object({
    user: PublicUser.nullable().describe('null: not signed in'),
    csrfToken: z.string().nullable().describe('send it as x-csrf-token with every write'),
  })
  .meta({ id: 'Session', description: 'The current user and the CSRF token for writes.' });
const SignedIn = Session.extend({ user: PublicUser, csrfToken: z.string() }).meta({ id: 'SignedIn' });

export interface AuthRouteOptions {
  throttle: LoginThrottle;
  csrfSecret: string;
  secureCookies: boolean;
  sessionTtlHours: number;
}

export function authRoutes(app: FastifyInstance, store: Store, opts: AuthRouteOptions): void {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the session cookie',
        body: LoginBody,
        response: { 200: SignedIn },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body as z.infer<typeof LoginBody>;
      const wait = opts.throttle.retryAfter(req.ip, username);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, `too many failed logins; try again in ${wait} s`);
      }
      const user = await store.users.verify(username, password);
      if (!user || user.disabled) {
        opts.throttle.fail(req.ip, username);
        throw new HttpError(401, 'wrong username or password');
      }
      opts.throttle.succeed(req.ip, username);
      const session = await store.users.createSession(user.id, opts.sessionTtlHours * 3_600_000);
      setSessionCookie(reply, session.token, opts);
      return { user: publicUser(user), csrfToken: csrfTokenFor(session.token, opts.csrfSecret) };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session', response: { 200: Ok } } },
    async (req, reply) => {
      if (req.identity.sessionToken) await store.users.deleteSession(req.identity.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The current user and CSRF token', response: { 200: Session } } },
    async (req) => {
      const { user, sessionToken } = req.identity;
      return {
        user: user ? publicUser(user) : null,
        csrfToken: sessionToken ? csrfTokenFor(sessionToken, opts.csrfSecret) : null,
      };
    },
  );
}

function publicUser(u: { id: number; username: string; role: string }) {
  return { id: u.id, username: u.username, role: u.role };
}

function setSessionCookie(reply: FastifyReply, id: string, opts: AuthRouteOptions): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: opts.secureCookies,
    maxAge: Math.round(opts.sessionTtlHours * 3600),
  });
}
