import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { doc, record, seedSmallCorpus, TEST_DIALECTS, type TestStore } from './test-support.js';

describe.each(TEST_DIALECTS)('keyset pages on %s', (_name, open) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await open();
    await seedSmallCorpus(t.store);
    // ties on the sort key (same day) and more undated events, so pages break inside both
    for (let i = 0; i < 4; i++) {
      await t.store.mentions.addDocument(doc('outlet-k', `k${i}`, `Report ${i}.`), [
        record({
          type: i % 2 ? 'arson' : 'riot',
          date: i < 2 ? '2024-03-02' : null,
          place: `Town ${i}`,
          evidence: `Report ${i}.`,
        }),
      ]);
    }
  });
  afterAll(async () => {
    await t.dispose();
  });

  const all = async (q: EventQuery, pageSize: number, maxRows?: number) => {
    const ids: number[] = [];
    for await (const page of t.store.events.pages(q, { maxRows }, pageSize)) ids.push(...page.map((e) => e.id));
    return ids;
  };

  it.each(['-date', 'date', 'updated', '-updated'] as const)(
    'sort %s: pages of 2 give the list order, every event once',
    async (sort) => {
      const list = (await t.store.events.list({ sort, limit: 100 })).items.map((e) => e.id);
      expect(list.length).toBeGreaterThan(6);
      expect(await all({ sort }, 2)).toEqual(list);
      expect(await all({ sort }, 1)).toEqual(list);
    },
  );

  it('keeps the filter and stops at maxRows', async () => {
    const list = (await t.store.events.list({ type: ['arson', 'riot'], limit: 100 })).items.map((e) => e.id);
    expect(await all({ type: ['arson', 'riot'] }, 3)).toEqual(list);
    expect(await all({}, 2, 5)).toEqual((await t.store.events.list({ limit: 5 })).items.map((e) => e.id));
  });
});
