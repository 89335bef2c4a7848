// Review commands with their audit rows, alike on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import type { Store } from '../store/index.js';
import { doc, record, seedSmallCorpus, TEST_DIALECTS, type TestStore } from '../store/test-support.js';
import { reviewFor } from './review-for.js';

const q = (over: Partial<EventQuery> = {}): EventQuery => ({ ...over }) as EventQuery;

describe.each(TEST_DIALECTS)('review on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  let ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await open();
    s = t.store;
    ids = await seedSmallCorpus(s);
  });
  afterAll(async () => t?.dispose());

  it('verify and reject write audit rows; the public projection shows verified only, without evidence', async () => {
    const user = await s.users.create('reviewer', 'correct horse', 'analyst');
    await reviewFor(s).verify(ids['arrest:Minsk'], { userId: user.id, reason: 'two sources checked' });
    await reviewFor(s).verify(ids['arrest:Minsk'], { userId: user.id }); // no-op, no second row
    await reviewFor(s).reject(ids['sabotage:RU'], { userId: user.id, reason: 'not datable' });
    const detail = await s.events.get(ids['arrest:Minsk']);
    expect(detail?.history).toMatchObject([
      {
        action: 'verify',
        username: 'reviewer',
        reason: 'two sources checked',
        detail: { from: 'unreviewed', to: 'verified' },
      },
    ]);
    const pub = await s.published.list(q());
    expect(pub.items.map((e) => e.id)).toEqual([ids['arrest:Minsk']]);
    expect(pub.items[0]).toMatchObject({ notes: null, lat: 53.9, lon: 27.57 });
    const pubDetail = await s.published.get(ids['arrest:Minsk']);
    expect(pubDetail).toMatchObject({ mentions: [], history: [] });
    expect(pubDetail?.sources).toHaveLength(1);
    expect(await s.published.get(ids['protest:Moscow'])).toBeUndefined();
    await expect(reviewFor(s).verify(999_999, { userId: null })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('edit changes fields, records before/after, and refuses bad values without writing', async () => {
    const id = ids['statement:RU-SA'];
    await reviewFor(s).edit(
      id,
      { date: '2024-04-12', actors: ['Free Yakutia Foundation', 'Vesna'] },
      { userId: null, reason: 'date in source' },
    );
    const e = await s.events.get(id);
    expect(e).toMatchObject({
      date: '2024-04-12',
      date_precision: 'day',
      actors: ['Free Yakutia Foundation', 'Vesna'],
    });
    expect(e?.history.at(-1)).toMatchObject({
      action: 'edit',
      detail: { before: { date: '2024-04' }, after: { date: '2024-04-12' } },
    });
    await expect(reviewFor(s).edit(id, { date: '12 April' } as never, { userId: null })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await s.audit.forEvent(id)).length).toBe(1);
    expect((await s.events.list(q({ actor: 'vesna' }))).items.map((x) => x.id)).toEqual([id]);
  });

  it('merge and split restore the events, ids unchanged', async () => {
    const [keep, gone] = [ids['protest:Moscow'], ids['arrest:Moscow']];
    await reviewFor(s).merge(keep, [gone], { userId: null, reason: 'same rally' });
    expect(await s.events.get(gone)).toMatchObject({ status: 'merged', merged_into: keep, sources_count: 0 });
    expect((await s.events.get(keep))?.merged_from).toEqual([gone]);
    expect((await s.events.list(q({ place: 'Moscow' }))).items.map((e) => e.id)).toEqual([keep]);
    await expect(reviewFor(s).verify(gone, { userId: null })).rejects.toMatchObject({ code: 'conflict' });

    await reviewFor(s).split(keep, { mergedId: gone }, { userId: null, reason: 'different acts' });
    const back = await s.events.get(gone);
    expect(back).toMatchObject({ status: 'unreviewed', merged_into: null, type: 'arrest', sources_count: 1 });
    expect((await s.events.get(keep))?.sources_count).toBe(3);
    expect(back?.history.map((h) => h.action)).toEqual(['merge', 'split']);
  });

  it('a write that fails part-way leaves neither its changes nor its audit rows', async () => {
    const [keep, other] = [ids['protest:Moscow'], ids['arrest:Moscow']];
    const auditBefore = (await s.audit.recent(1000)).length;
    await expect(reviewFor(s).merge(keep, [other, 987_654], { userId: null })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await s.events.get(other)).toMatchObject({ status: 'unreviewed', merged_into: null });
    expect((await s.audit.recent(1000)).length).toBe(auditBefore);
  });

  it('split moves one outlet off an automatic merge into a new event', async () => {
    const keep = ids['protest:Moscow'];
    const e = await s.events.get(keep);
    const ru = e!.sources.find((x) => x.source === 'outlet-c')!.document_id;
    const newId = await reviewFor(s).split(keep, { documentIds: [ru] }, { userId: null });
    expect(newId).toBeGreaterThan(keep);
    expect((await s.events.get(keep))?.sources_count).toBe(2);
    expect((await s.events.get(newId))?.sources.map((x) => x.source)).toEqual(['outlet-c']);
    await expect(reviewFor(s).split(keep, { mentionIds: [123456] }, { userId: null })).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('bulk verifies what a query matches, one audit row each', async () => {
    const n = await reviewFor(s).bulk(q({ country: ['RU'], status: ['unreviewed'] }), 'verify', {
      userId: null,
      reason: 'batch',
    });
    const verified = await s.events.list(q({ country: ['RU'], status: ['verified'] }));
    expect(verified.total).toBe(n);
    expect(n).toBeGreaterThan(1);
    for (const e of verified.items)
      expect((await s.audit.forEvent(e.id)).at(-1)).toMatchObject({ action: 'verify', detail: { bulk: true } });
  });

  it('publish-source marks a report publishable with an audit row; the published path then shows its title and URL', async () => {
    const id = ids['protest:Moscow'];
    if ((await s.events.get(id))?.status !== 'verified') await reviewFor(s).verify(id, { userId: null });
    const source = (await s.events.get(id))!.sources.find((x) => x.url === 'https://a.example/1')!;
    expect(source).toMatchObject({ publishable: false });
    const published = async () =>
      (await s.published.get(id))!.sources.find((x) => x.document_id === source.document_id)!;
    expect(await published()).toMatchObject({
      source: 'outlet-a',
      published: '2024-03-03',
      url: null,
      title: null,
      publishable: false,
    });

    expect(
      await reviewFor(s).setSourcePublishable(id, source.document_id, true, {
        userId: null,
        reason: 'the outlet named no one',
      }),
    ).toBe(true);
    expect(await reviewFor(s).setSourcePublishable(id, source.document_id, true, { userId: null })).toBe(false); // already so: no second row
    expect(await published()).toMatchObject({ url: 'https://a.example/1', publishable: true });
    expect(
      (await s.published.sourcesFor([id])).get(id)!.find((x) => x.document_id === source.document_id),
    ).toMatchObject({ url: 'https://a.example/1' });
    expect((await s.events.get(id))!.sources.find((x) => x.document_id === source.document_id)).toMatchObject({
      publishable: true,
    });
    // the public text filter now searches the report's text
    expect((await s.published.list(q({ text: 'pushkin square' }))).items.map((e) => e.id)).toContain(id);

    await reviewFor(s).setSourcePublishable(id, source.document_id, false, { userId: null });
    expect(await published()).toMatchObject({ url: null, title: null, publishable: false });
    expect((await s.published.list(q({ text: 'hundreds rallied' }))).items.map((e) => e.id)).not.toContain(id);
    const rows = (await s.audit.forEvent(id)).filter((r) => r.action.endsWith('publish-source'));
    expect(rows).toMatchObject([
      { action: 'publish-source', reason: 'the outlet named no one', detail: { document_id: source.document_id } },
      { action: 'unpublish-source', detail: { document_id: source.document_id } },
    ]);
    await expect(
      reviewFor(s).setSourcePublishable(id, 'no-such-document', true, { userId: null }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      reviewFor(s).setSourcePublishable(999_999, source.document_id, true, { userId: null }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('bulk reject can spare verified events, plans before it writes, and records the CLI user', async () => {
    // Two fresh unreviewed events in Kazan beside one verified there.
    for (const [n, type] of [
      ['k1', 'protest'],
      ['k2', 'arrest'],
      ['k3', 'arson'],
    ] as const) {
      await s.mentions.addDocument(doc('outlet-k', n, `Kazan report ${n}.`), [
        record({
          type,
          date: '2024-05-01',
          admin1: 'RU-TA',
          place: 'Kazan',
          lat: 55.79,
          lon: 49.12,
          evidence: `Kazan report ${n}.`,
        }),
      ]);
    }
    const kazan = (await s.events.list(q({ place: 'Kazan' }))).items;
    expect(kazan).toHaveLength(3);
    const keep = kazan.find((e) => e.type === 'arson')!.id;
    await reviewFor(s).verify(keep, { userId: null });
    const plan = await reviewFor(s).bulkPlan(q({ place: 'Kazan' }), 'reject', { spareVerified: true });
    expect(plan).toEqual({ matched: 3, changing: 2, spared: 1 });
    expect((await s.events.list(q({ place: 'Kazan', status: ['rejected'] }))).total).toBe(0); // planning wrote nothing
    const n = await reviewFor(s).bulk(
      q({ place: 'Kazan' }),
      'reject',
      { userId: null, actorName: 'ana' },
      { spareVerified: true },
    );
    expect(n).toBe(2);
    expect((await s.events.get(keep))?.status).toBe('verified');
    const changed = kazan.find((e) => e.type === 'protest')!.id;
    expect((await s.events.get(changed))?.status).toBe('rejected');
    expect((await s.audit.forEvent(changed)).at(-1)).toMatchObject({
      action: 'reject',
      user_id: null,
      username: 'ana',
      detail: { bulk: true, by: 'ana', via: 'cli' },
    });
    // Without spareVerified (the API's behaviour) the verified one is rejected too.
    expect(await reviewFor(s).bulk(q({ place: 'Kazan' }), 'reject', { userId: null })).toBe(1);
    expect((await s.events.get(keep))?.status).toBe('rejected');
  });

  it('checks access first: a viewer, a disabled analyst or an unknown account changes nothing and writes no audit row', async () => {
    const id = ids['arrest:Minsk'];
    const viewer = await s.users.create('onlooker', 'correct horse', 'viewer');
    const gone = await s.users.create('former', 'correct horse', 'analyst');
    await s.users.setDisabled(gone.id, true);
    const admin = await s.users.create('chief', 'correct horse', 'admin');
    const before = await s.events.get(id);
    const auditBefore = (await s.audit.recent(1000)).length;
    for (const userId of [viewer.id, gone.id, 999_999]) {
      await expect(reviewFor(s).reject(id, { userId })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(reviewFor(s).edit(id, { place: 'Hrodna' }, { userId })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await s.events.get(id)).toMatchObject({ status: before?.status, place: before?.place });
    expect((await s.audit.recent(1000)).length).toBe(auditBefore);
    await reviewFor(s).edit(id, { notes: 'checked by the chief' }, { userId: admin.id });
    expect((await s.audit.forEvent(id)).at(-1)).toMatchObject({ action: 'edit', username: 'chief' });
  });
});
