// Migration 006 on a store that already holds events: every report starts unpublishable, and the
// public search text of the stored events is filled in (type, places, actors, targets — not notes).
// Alike on SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { combine } from '../resolve/combine.js';
import { fieldsToRow } from './event-row.js';
import { record } from './test-support.js';
import { openUnmigrated } from './migration-test-support.js';
import { reviewFor } from '../review/index.js';

describe.each(['sqlite', 'postgres'] as const)('migration 006-publishable-sources on %s', (kind) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it('fills the public search text of stored events and leaves every report unpublishable', async () => {
    const opened = await openUnmigrated(kind);
    dispose = opened.dispose;
    const { store } = opened;
    await opened.migrateTo('005-batched-upkeep');

    // An event as a build before 006 wrote it: no public_search_text column yet.
    // The report as that build stored it, in SQL: today's repository writes columns of later migrations.
    const db = store.db as unknown as Kysely<any>;
    const now = new Date().toISOString();
    await db.insertInto('sources').values({ name: 'outlet', created_at: now }).execute();
    const { id: sourceId } = await db.selectFrom('sources').select('id').executeTakeFirstOrThrow();
    const docId = 'doc-1';
    await db
      .insertInto('documents')
      .values({
        id: docId,
        source_id: sourceId,
        external_id: '1',
        url: null,
        title: 'Nikolai Zverev fined in Tomsk',
        text: 'A court in Tomsk fined Nikolai Zverev.',
        published: null,
        lang: 'en',
        content_hash: 'h1',
        origin: null,
        ingested_at: now,
      })
      .execute();
    const { public_search_text: _none, ...row } = fieldsToRow(
      combine([
        record({
          type: 'arrest',
          place: 'Tomsk',
          admin1: 'RU-TOM',
          actors: ['Vesna'],
          targets: ['activist'],
          evidence: 'A court in Tomsk fined Nikolai Zverev.',
        }),
      ]),
    );
    await db
      .insertInto('events')
      .values({
        ...row,
        status: 'verified',
        merged_into: null,
        sources_count: 1,
        edited: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const { id } = await db.selectFrom('events').select('id').executeTakeFirstOrThrow();
    await db.insertInto('event_sources').values({ event_id: id, document_id: docId }).execute();

    await store.migrate();
    const stored = await db.selectFrom('events').select('public_search_text').executeTakeFirstOrThrow();
    expect(stored.public_search_text.split(' ').sort()).toEqual(
      ['RU', 'RU-TOM', 'Tomsk', 'Vesna', 'activist', 'arrest'].sort(),
    );
    expect((await db.selectFrom('documents').select('publishable').executeTakeFirstOrThrow()).publishable).toBe(0);
    if (kind === 'sqlite')
      await sql`insert into events_public_fts(events_public_fts) values ('integrity-check')`.execute(db);

    const publicFinds = async (text: string) =>
      (await store.published.list({ text } as EventQuery)).items.map((e) => e.id);
    expect(await publicFinds('vesna tomsk')).toEqual([id]);
    expect(await publicFinds('activist')).toEqual([id]);
    expect(await publicFinds('zverev')).toEqual([]); // the notes and the report name him
    expect((await store.events.list({ text: 'zverev' } as EventQuery)).items.map((e) => e.id)).toEqual([id]);
    expect((await store.published.get(id))?.sources).toEqual([
      expect.objectContaining({ source: 'outlet', title: null, url: null, publishable: false }),
    ]);
    await reviewFor(store).setSourcePublishable(id, docId, true, { userId: null });
    expect(await publicFinds('zverev')).toEqual([id]); // now its report may be searched
  });
});
