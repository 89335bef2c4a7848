import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore, type TestStore } from './test-support.js';

describe('API token use', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await sqliteTestStore();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('records last use at most once a minute per token (a busy script does not write per request)', async () => {
    const user = await t.store.users.create('script-user', 'a long enough password', 'analyst');
    const { token } = await t.store.users.createToken(user.id, 'script');
    const lastUsed = async () => (await t.store.users.listTokens(user.id))[0].last_used_at;
    expect(await t.store.users.verifyToken(token)).toMatchObject({ username: 'script-user' });
    expect(await lastUsed()).not.toBeNull();
    await t.store.db.updateTable('api_tokens').set({ last_used_at: null }).execute();
    for (let i = 0; i < 5; i++)
      expect(await t.store.users.verifyToken(token)).toMatchObject({ username: 'script-user' });
    expect(await lastUsed()).toBeNull();
  });
});
