// A wrong API token gets a 401 that says the token is not valid and how to send a good one.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openTempStore } from '../test-support.js';

let app: FastifyInstance;
let dispose: () => Promise<void>;
let token: string;
let revoked: string;

beforeAll(async () => {
  const t = await openTempStore();
  dispose = t.dispose;
  const ana = await t.store.users.create('ana', 'correct horse battery', 'analyst');
  token = (await t.store.users.createToken(ana.id, 'script')).token;
  const old = await t.store.users.createToken(ana.id, 'old script');
  await t.store.users.revokeToken(old.id);
  revoked = old.token;
  app = await buildApp({ store: t.store });
});
afterAll(async () => {
  await app.close();
  await dispose();
});

describe('API tokens', () => {
  it.each([
    ['a token without "Bearer"', () => token],
    ['another scheme', () => `Token ${token}`],
    ['a token too short to be one', () => 'Bearer abc'],
    ['an unknown token', () => `Bearer ${'x'.repeat(43)}`],
    ['a revoked token', () => `Bearer ${revoked}`],
  ])('%s: 401, the token is not valid, and how to send one', async (_what, header) => {
    const res = await app.inject({ url: '/api/events', headers: { authorization: header() } });
    expect(res.statusCode).toBe(401);
    const { message } = res.json() as { message: string };
    expect(message).toMatch(/^the API token .*is not valid/);
    expect(message).toContain('Authorization: Bearer <token>');
    expect(message).toContain('khronika users token');
  });

  it('a good token works', async () => {
    expect((await app.inject({ url: '/api/events', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(
      200,
    );
  });
});
