// Users, sessions and API tokens. Passwords are scrypt-hashed (node:crypto); session and API
// tokens are random and only their SHA-256 is stored, so a leaked database grants no access.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema.js';
import { nowIso, sha256 } from '../util.js';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const UsernameSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'username: 1–64 letters, digits, _ . -');
export const PasswordSchema = z.string().min(8, 'password: at least 8 characters').max(1024);
export const RoleSchema = z.enum(ROLES);

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    created_at: z.string(),
  })
  .meta({ id: 'User', description: 'An account.' });
export type User = z.infer<typeof UserSchema>;

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };
const DEFAULT_SESSION_MS = 7 * 24 * 3600 * 1000;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const got = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(got, expected);
}

type UserRow = { id: number; username: string; role: string; disabled: number; created_at: string };
const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  role: r.role as Role,
  disabled: Boolean(r.disabled),
  created_at: r.created_at,
});
const USER_COLS = ['users.id', 'users.username', 'users.role', 'users.disabled', 'users.created_at'] as const;

export class UserRepository {
  /** token id → when its last_used_at was last written (ms) */
  private readonly tokenUseWritten = new Map<number, number>();
  constructor(private readonly db: Kysely<Database>) {}

  async create(username: string, password: string, role: Role): Promise<User> {
    const u = UsernameSchema.parse(username);
    const hash = await hashPassword(PasswordSchema.parse(password));
    if (await this.getByUsername(u)) throw new Error(`user '${u}' already exists`);
    const row = await this.db
      .insertInto('users')
      .values({ username: u, password_hash: hash, role: RoleSchema.parse(role), disabled: 0, created_at: nowIso() })
      .returning(USER_COLS)
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  /** The user when the password is right and the account enabled; undefined otherwise. */
  async verify(username: string, password: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select([...USER_COLS, 'password_hash'])
      .where('username', '=', username)
      .executeTakeFirst();
    if (!row || row.disabled) {
      await hashPassword(password); // spend the same time whether or not the user exists
      return undefined;
    }
    return (await checkPassword(password, row.password_hash)) ? toUser(row) : undefined;
  }

  async get(id: number): Promise<User | undefined> {
    const r = await this.db.selectFrom('users').select(USER_COLS).where('id', '=', id).executeTakeFirst();
    return r && toUser(r);
  }

  async getByUsername(username: string): Promise<User | undefined> {
    const r = await this.db.selectFrom('users').select(USER_COLS).where('username', '=', username).executeTakeFirst();
    return r && toUser(r);
  }

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('users').select(USER_COLS).orderBy('id').execute()).map(toUser);
  }

  async setRole(id: number, role: Role): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ role: RoleSchema.parse(role) })
      .where('id', '=', id)
      .execute();
  }

  async setPassword(id: number, password: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(PasswordSchema.parse(password)) })
      .where('id', '=', id)
      .execute();
  }

  /** Disabling also ends the user's sessions and revokes their tokens. */
  async setDisabled(id: number, disabled: boolean): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        .set({ disabled: disabled ? 1 : 0 })
        .where('id', '=', id)
        .execute();
      if (disabled) {
        await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await tx
          .updateTable('api_tokens')
          .set({ revoked_at: nowIso() })
          .where('user_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
      }
    });
  }

  // --- sessions

  async createSession(userId: number, ttlMs = DEFAULT_SESSION_MS): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlMs).toISOString();
    await this.db
      .insertInto('sessions')
      .values({ id: sha256(token), user_id: userId, created_at: nowIso(), expires_at: expiresAt })
      .execute();
    return { token, expiresAt };
  }

  async getSession(token: string): Promise<{ user: User; expiresAt: string } | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([...USER_COLS, 'sessions.expires_at'])
      .where('sessions.id', '=', sha256(token))
      .executeTakeFirst();
    if (!r || r.disabled || r.expires_at <= nowIso()) return undefined;
    return { user: toUser(r), expiresAt: r.expires_at };
  }

  async deleteSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
  }

  async deleteExpiredSessions(): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  // --- API tokens

  async createToken(userId: number, name: string): Promise<{ id: number; token: string }> {
    const token = `kh_${randomBytes(32).toString('base64url')}`;
    const row = await this.db
      .insertInto('api_tokens')
      .values({
        user_id: userId,
        name: z.string().min(1).max(100).parse(name),
        token_hash: sha256(token),
        created_at: nowIso(),
        last_used_at: null,
        revoked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, token };
  }

  async verifyToken(token: string): Promise<User | undefined> {
    const r = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([...USER_COLS, 'api_tokens.id as token_id'])
      .where('api_tokens.token_hash', '=', sha256(token))
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!r || r.disabled) return undefined;
    // last_used_at to the minute: a script making hundreds of requests a second must not make as many writes.
    const now = Date.now();
    if ((this.tokenUseWritten.get(r.token_id) ?? -Infinity) <= now - 60_000) {
      this.tokenUseWritten.delete(r.token_id);
      this.tokenUseWritten.set(r.token_id, now);
      if (this.tokenUseWritten.size > 10_000)
        this.tokenUseWritten.delete(this.tokenUseWritten.keys().next().value as number);
      await this.db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', r.token_id).execute();
    }
    return toUser(r);
  }

  async revokeToken(id: number): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async listTokens(
    userId: number,
  ): Promise<
    { id: number; name: string; created_at: string; last_used_at: string | null; revoked_at: string | null }[]
  > {
    return this.db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
  }
}
