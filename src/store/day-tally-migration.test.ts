// Migration 012-day-tally on a store that already holds events: the day tally is filled from them,
// and from then on the triggers keep it (a review edit moves an event to another day). Alike on
// SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { combine } from '../resolve/combine.js';
import { reviewFor } from '../review/index.js';
import { fieldsToRow } from './event-row.js';
import { record } from './test-support.js';
import { openUnmigrated } from './migration-test-support.js';

describe.each(['sqlite', 'postgres'] as const)('migration 012-day-tally on %s', (kind) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it('counts the stored events into the day tally, which the triggers then keep', async () => {
    const opened = await openUnmigrated(kind);
    dispose = opened.dispose;
    const { store } = opened;
    await opened.migrateTo('011-list-indexes');

    const db = store.db as unknown as Kysely<any>;
    const now = new Date().toISOString();
    const rows = [
      { type: 'protest', date: '2024-03-02' },
      { type: 'protest', date: '2024-03-02' },
      { type: 'arrest', date: '2024-03-09' },
      { type: 'arrest', date: '2024-03' },
      { type: 'riot', date: null },
    ].map((r, i) => ({
      ...fieldsToRow(combine([record({ ...r, type: r.type as 'protest', place: `Town ${i}` })])),
      status: i === 0 ? 'verified' : 'unreviewed',
      merged_into: null,
      sources_count: 1,
      edited: 0,
      created_at: now,
      updated_at: now,
    }));
    await db.insertInto('events').values(rows).execute();

    await store.migrate();
    const march = { from: '2024-03-01', to: '2024-03-31' } as EventQuery;
    const series = await store.events.timeSeries(march, 'day');
    expect(series).toEqual({
      bucket: 'day',
      series: [
        { t: '2024-03-02', count: 2 },
        { t: '2024-03-09', count: 1 },
      ],
      imprecise: 1,
      undated: 0,
    });
    expect(series).toEqual(await store.events.timeSeries(march, 'day', { scan: true }));
    expect((await store.published.timeSeries(march, 'day')).series).toEqual([{ t: '2024-03-02', count: 1 }]);

    const arrest = (await store.events.list({ type: ['arrest'], from: '2024-03-09', to: '2024-03-09' } as EventQuery))
      .items[0];
    await reviewFor(store).edit(arrest.id, { date: '2024-03-02' }, { userId: null });
    expect((await store.events.timeSeries(march, 'day')).series).toEqual([{ t: '2024-03-02', count: 3 }]);
    expect(await store.events.timeSeries({ undated: 'include' } as EventQuery, 'week')).toEqual(
      await store.events.timeSeries({ undated: 'include' } as EventQuery, 'week', { scan: true }),
    );
  });
});
