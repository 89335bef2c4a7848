// Automatic re-joining of vague events (resolve/rejoin.ts, store/repos/vague-rejoin.ts), on SQLite
// and PostgreSQL: vague reports stored before the precise one are merged into its event when they
// fit only it; one that fits two acts stays apart with its suggestions; the merge is audited as the
// system's and split undoes it. Fixtures are invented, in English and Russian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event.js';
import { reviewFor } from '../review/index.js';
import type { Store } from './index.js';
import { record, TEST_DIALECTS, type TestStore } from './test-support.js';

const rally = (over: Partial<EventRecord>): EventRecord =>
  record({ type: 'protest', country: 'RU', admin1: 'RU-NIZ', targets: [], lat: 56.15, lon: 44.2, ...over });

describe.each(TEST_DIALECTS)('re-joining vague events on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  beforeAll(async () => {
    t = await open();
    s = t.store;
  });
  afterAll(async () => t?.dispose());

  const add = async (id: string, published: string, r: EventRecord) =>
    (await s.mentions.addDocument({ source: 'test', externalId: id, text: `Report ${id}.`, published }, [r]))
      .mentions[0].eventId;

  it('month-level and region-level reports stored first join the precise event when it comes; audited, and split undoes it', async () => {
    const month = await add(
      'kstovo-month',
      '2024-05-20',
      rally({
        date: '2024-05',
        aggregate: true,
        place: 'Kstovo',
        evidence: 'Kstovo saw a protest over the dump sometime in May.',
      }),
    );
    const region = await add(
      'kstovo-region',
      '2024-05-19',
      rally({
        date: '2024-05-18',
        place: null,
        geo_precision: 2,
        evidence: '18 мая жители Нижегородской области вышли на митинг против свалки.',
      }),
    );
    // two vague reports of one act that cannot tell each other apart: two events, one suggestion
    expect(region).not.toBe(month);
    const precise = await add(
      'kstovo-day',
      '2024-05-19',
      rally({
        date: '2024-05-18',
        place: 'Kstovo',
        evidence: 'Residents of Kstovo rallied against a landfill on Saturday, 18 May.',
      }),
    );
    expect([month, region]).not.toContain(precise);
    for (const id of [month, region])
      expect(await s.events.get(id)).toMatchObject({ status: 'merged', merged_into: precise, sources_count: 0 });
    expect(await s.events.get(precise)).toMatchObject({
      status: 'unreviewed',
      place: 'Kstovo',
      date: '2024-05-18',
      sources_count: 3,
    });
    const audit = await s.audit.forEvent(month);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'merge', user_id: null, username: 'system' });
    expect(audit[0].detail).toMatchObject({ into: precise, automatic: true, previous_status: 'unreviewed' });
    expect((await s.audit.forEvent(precise)).map((a) => [a.action, a.detail.automatic, a.username])).toEqual([
      ['merge', true, 'system'],
      ['merge', true, 'system'],
    ]);

    // Split after the automatic merge: the month-level event comes back with its id and its report.
    const back = await reviewFor(s).split(precise, { mergedId: month }, { userId: null, reason: 'another rally' });
    expect(back).toBe(month);
    expect(await s.events.get(month)).toMatchObject({ status: 'unreviewed', merged_into: null, sources_count: 1 });
    expect(await s.events.get(precise)).toMatchObject({ sources_count: 2 });
  });

  it('a month-level report that fits two acts of that month stays apart, with suggestions to both', async () => {
    const bor = (date: string, words: string) => rally({ date, place: 'Bor', evidence: words });
    const early = await add('bor-4', '2024-05-05', bor('2024-05-04', 'People in Bor picketed the town hall on 4 May.'));
    const late = await add('bor-18', '2024-05-19', bor('2024-05-18', 'On 18 May a rally took place in Bor.'));
    const month = (id: string, words: string) =>
      add(id, '2024-05-31', rally({ date: '2024-05', aggregate: true, place: 'Bor', evidence: words }));
    const vague = await month('bor-month-ru', 'В мае жители Бора протестовали против застройки.');
    const vague2 = await month('bor-month-en', 'Bor has seen protests over building plans this May.');
    // a third act that month, a new precise event: the vague reports fit it too, so nothing moves
    const third = await add('bor-25', '2024-05-26', bor('2024-05-25', 'Bor residents gathered again on 25 May.'));
    // the two month-level reports came out the same day: one piece of news, one unresolved event,
    // which the third act does not take for its own either
    expect(vague2).toBe(vague);
    const holder = async (id: string) => {
      const m = await s.db
        .selectFrom('mentions')
        .innerJoin('documents', 'documents.id', 'mentions.document_id')
        .select('mentions.event_id')
        .where('documents.external_id', '=', id)
        .executeTakeFirstOrThrow();
      return Number(m.event_id);
    };
    const now = await holder('bor-month-ru');
    expect(await holder('bor-month-en')).toBe(now);
    expect([early, late, third]).not.toContain(now);
    expect(await s.events.get(now)).toMatchObject({ status: 'unreviewed', sources_count: 2 });
    const suggested = (await s.suggestions.list({ eventId: now })).items.map((x) =>
      x.event.id === now ? x.other.id : x.event.id,
    );
    expect(suggested).toEqual(expect.arrayContaining([early, late]));
  });
});
