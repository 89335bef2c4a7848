import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { TOTAL_CAP } from './repos/events.js';
import { record, sqliteTestStore, type TestStore } from './test-support.js';

describe('events.list total', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await sqliteTestStore();
    await t.store.mentions.addDocuments(
      Array.from({ length: TOTAL_CAP + 5 }, (_, i) => ({
        doc: { source: 's', externalId: String(i), text: `report ${i}` },
        // The first 20 name two actors that one search matches: counted once each.
        records: [
          record({
            place: `Town ${i}`,
            type: i < 10 ? 'riot' : 'protest',
            actors: i < 20 ? ['Vesna', 'Vesna Youth'] : [],
            evidence: `report ${i}`,
          }),
        ],
      })),
    );
  }, 60_000);
  afterAll(async () => t?.dispose());

  it.each<[Partial<EventQuery>, number, boolean]>([
    [{}, TOTAL_CAP, false],
    [{ type: ['riot'] }, 10, true],
    [{ type: ['protest'] }, TOTAL_CAP - 5, true],
    [{ actor: 'vesna' }, 20, true],
    [{ actor: 'vesna', type: ['riot'] }, 10, true],
    [{ actor: 'nobody' }, 0, true],
    [{ type: ['riot'], offset: 4 }, 10, true], // the last page: known without counting
    [{ type: ['riot'], offset: 50 }, 10, true], // past the end: counted
    [{ type: ['protest'], offset: 990, limit: 10 }, TOTAL_CAP - 5, true], // a full page: counted
    [{ offset: TOTAL_CAP - 10 }, TOTAL_CAP, false],
  ])('%j → total %i, exact %s', async (q, total, exact) => {
    const r = await t.store.events.list(q as EventQuery);
    expect(r.total).toBe(total);
    expect(r.total_exact).toBe(exact);
  });

  it('counts() stays exact beyond the cap', async () => {
    expect((await t.store.events.counts({} as EventQuery)).total).toBe(TOTAL_CAP + 5);
  });
});
