// Ingest on SQLite indexes and counts its new events once per transaction (batched-upkeep.ts): the
// full-text index and tallies must end exactly as the per-row triggers would leave them — also when
// an event inserted earlier in the same transaction is changed by a later report, when the
// transaction fails, and for writers that run outside a batch.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { doc, record, sqliteTestStore, type TestStore } from './test-support.js';
import { reviewFor } from '../review/index.js';

describe('batched index and tally upkeep on SQLite', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await sqliteTestStore();
  });
  afterEach(async () => t.dispose());

  const mark = async () =>
    (await sql<{ fresh_from: number | null }>`select fresh_from from write_batch`.execute(t.store.db)).rows[0]
      .fresh_from;
  const ftsOk = async () => {
    await sql`insert into events_fts(events_fts) values ('integrity-check')`.execute(t.store.db);
    await sql`insert into events_public_fts(events_public_fts) values ('integrity-check')`.execute(t.store.db);
  };
  const found = async (text: string) => (await t.store.events.list({ text } as EventQuery)).items.map((e) => e.place);
  const foundPublic = async (text: string) =>
    (await t.store.published.list({ text } as EventQuery)).items.map((e) => e.place);
  const countsAgree = async () => {
    for (const q of [{}, { type: ['protest'] }, { country: ['BY'] }]) {
      expect(await t.store.events.counts(q as EventQuery)).toEqual(
        await t.store.events.counts(q as EventQuery, { scan: true }),
      );
      expect(await t.store.events.timeSeries(q as EventQuery, 'month')).toEqual(
        await t.store.events.timeSeries(q as EventQuery, 'month', { scan: true }),
      );
    }
  };

  it('indexes and counts a batch, including an event a later report in it changed', async () => {
    await t.store.mentions.addDocuments([
      {
        doc: doc('a', '1', 'x'),
        records: [
          record({ place: 'Tomsk', admin1: 'RU-TOM', evidence: 'a rally in Tomsk' }),
          record({ type: 'arrest', country: 'BY', admin1: 'BY-HM', place: 'Minsk', evidence: 'arrests in Minsk' }),
        ],
      },
      // joins the Tomsk rally inserted above, in the same transaction, and adds an actor to its text
      {
        doc: doc('b', '2', 'y'),
        records: [
          record({ place: 'Tomsk', admin1: 'RU-TOM', actors: ['Vesna'], evidence: 'Vesna members rallied in Tomsk' }),
        ],
      },
    ]);
    expect(await mark()).toBeNull();
    await ftsOk();
    expect(await found('tomsk')).toEqual(['Tomsk']);
    expect(await found('vesna')).toEqual(['Tomsk']);
    expect(await found('minsk')).toEqual(['Minsk']);
    // the public index, batched alike: the actor added by the joining report is found once verified
    await reviewFor(t.store).bulk({} as EventQuery, 'verify', { userId: null });
    expect(await foundPublic('vesna')).toEqual(['Tomsk']);
    expect(await foundPublic('minsk arrest')).toEqual(['Minsk']);
    await countsAgree();
    expect((await t.store.events.counts({} as EventQuery)).total).toBe(2);
  });

  it('leaves nothing half-done when the transaction fails', async () => {
    const bad = record({ type: 'not-a-type' as never });
    await expect(
      t.store.mentions.addDocuments([
        { doc: doc('a', '1', 'x'), records: [record({ place: 'Tomsk', evidence: 'a rally in Tomsk' }), bad] },
      ]),
    ).rejects.toThrow();
    expect(await mark()).toBeNull();
    expect((await t.store.events.counts({} as EventQuery)).total).toBe(0);
    await ftsOk();
    // the next batch and a reviewer's edit (per-row triggers) are both kept in step
    await t.store.mentions.addDocument(doc('a', '2', 'y'), [record({ place: 'Omsk', evidence: 'a rally in Omsk' })]);
    expect(await found('irkutsk')).toEqual([]);
    const [ev] = (await t.store.events.list({} as EventQuery)).items;
    await reviewFor(t.store).edit(
      ev.id,
      { place: 'Irkutsk', admin1: 'RU-IRK', lat: 52.3, lon: 104.3 },
      { userId: null },
    );
    await ftsOk();
    expect(await found('irkutsk')).toEqual(['Irkutsk']);
    await reviewFor(t.store).verify(ev.id, { userId: null });
    expect(await foundPublic('irkutsk')).toEqual(['Irkutsk']);
    expect(await foundPublic('omsk')).toEqual([]);
    await countsAgree();
  });
});
