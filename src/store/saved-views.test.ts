import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestStore } from './test-support.js';
import { SavedViewExistsError } from './index.js';
import { migrations } from './migrations/index.js';
import { canonicalQueryString, parseQueryString } from '../model/query-string.js';

describe('canonical query strings', () => {
  it('orders keys, sorts lists and drops paging', () => {
    expect(
      canonicalQueryString(parseQueryString('?status=verified&type=riot,protest&limit=5&offset=10&country=ru')),
    ).toBe('type=protest%2Criot&country=RU&status=verified');
    expect(canonicalQueryString(parseQueryString(''))).toBe('');
  });
  it('refuses what the EventQuery refuses', () => {
    expect(() => parseQueryString('type=picnic')).toThrow();
  });
});

describe('migrations are registered in name order', () => {
  it('lists 008-saved-views among them, in order (Kysely applies them by name)', () => {
    const names = Object.keys(migrations('sqlite'));
    expect(names).toContain('008-saved-views');
    expect([...names].sort()).toEqual(names);
  });
});

describe.each(TEST_DIALECTS)('saved views (%s)', (_name, open) => {
  let t: TestStore;
  let ana: number, bob: number;
  beforeAll(async () => {
    t = await open();
    ana = (await t.store.users.create('ana', 'analyst password 1', 'analyst')).id;
    bob = (await t.store.users.create('bob', 'viewer password 1', 'viewer')).id;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('keeps views per user, shows shared ones to others, and refuses a second view of the same name', async () => {
    const mine = await t.store.savedViews.create(ana, 'Ufa protests', 'type=protest&admin1=RU-BA');
    expect(mine).toMatchObject({
      owner_id: ana,
      owner: 'ana',
      name: 'Ufa protests',
      query: 'type=protest&admin1=RU-BA',
      shared: false,
    });
    await t.store.savedViews.create(ana, 'Arrests', 'type=arrest', true);
    await t.store.savedViews.create(bob, 'Belarus', 'country=BY');
    expect((await t.store.savedViews.visibleTo(ana)).map((v) => v.name)).toEqual(['Arrests', 'Ufa protests']);
    expect((await t.store.savedViews.visibleTo(bob)).map((v) => `${v.owner}:${v.name}`)).toEqual([
      'bob:Belarus',
      'ana:Arrests',
    ]);
    await expect(t.store.savedViews.create(ana, 'Arrests', 'type=arrest')).rejects.toBeInstanceOf(SavedViewExistsError);
    expect(await t.store.savedViews.delete(mine.id)).toBe(true);
    expect(await t.store.savedViews.get(mine.id)).toBeUndefined();
    expect(await t.store.savedViews.delete(mine.id)).toBe(false);
  });
});
