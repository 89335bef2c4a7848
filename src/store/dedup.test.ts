// De-duplication across reports, on SQLite and PostgreSQL: same text under other names, syndicated
// copies, reports at different precision and in two languages, merge suggestions with their audit
// rows, and joins onto an event with many sources. Fixtures are invented, in English and Russian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { EventRecord } from '../model/event.js';
import type { Store } from './index.js';
import { record, TEST_DIALECTS, type TestStore } from './test-support.js';
import { reviewFor } from '../review/index.js';

const ARTICLE = [
  'A bottle of petrol was thrown at the door of the enlistment office in Murom late on Friday, 5 April, the regional emergency service said.',
  'The fire was put out by a guard within minutes and nobody was hurt, according to the service.',
  'Police are looking for a man in a dark jacket who was seen running towards the river embankment.',
  'It is the third attack on a military office in the region since the start of the year, local reporters have counted.',
  'The office stands on a quiet street near the railway station and was closed for the night.',
].join('\n\n');

const arson = (over: Partial<EventRecord> = {}): EventRecord =>
  record({
    type: 'arson',
    date: '2024-04-05',
    country: 'RU',
    admin1: 'RU-VLA',
    place: 'Murom',
    lat: 55.57,
    lon: 42.05,
    targets: ['enlistment office'],
    evidence: 'A bottle of petrol was thrown at the door of the enlistment office in Murom late on Friday.',
    ...over,
  });

async function eventOf(s: Store, docId: string, seq = 0): Promise<number> {
  const [m] = (await s.mentions.forDocument(docId)).filter((x) => x.seq === seq);
  return m.event_id;
}

describe.each(TEST_DIALECTS)('de-duplication on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  beforeAll(async () => {
    t = await open();
    s = t.store;
  });
  afterAll(async () => t?.dispose());

  it('the same text under another path, URL and feed is the same document', async () => {
    const a = await s.mentions.addDocument(
      { source: 'files', externalId: 'reports/murom.txt', text: ARTICLE, title: 'Murom office attacked' },
      [arson()],
    );
    const b = await s.mentions.addDocument(
      { source: 'files', externalId: 'copies/murom-copy.txt', text: `${ARTICLE}\n`, title: 'murom-copy' },
      [arson()],
    );
    const c = await s.mentions.addDocument(
      { source: 'feed:regional', externalId: 'guid-77', url: 'https://news.example/77', text: ARTICLE },
      [arson()],
    );
    expect(a.created).toBe(true);
    expect([b, c].map((r) => [r.documentId, r.created])).toEqual([
      [a.documentId, false],
      [a.documentId, false],
    ]);
    expect(await s.documents.count()).toBe(1);
    const ev = await s.events.get(await eventOf(s, a.documentId));
    expect(ev?.sources).toHaveLength(1);
  });

  it('a syndicated copy (other headline, boilerplate, one paragraph changed) is linked and its mention joins even when read less precisely', async () => {
    const original = (
      await s.mentions.forDocument(
        (
          await s.mentions.addDocument({ source: 'files', externalId: 'reports/murom.txt', text: ARTICLE }, [arson()])
        ).documentId,
      )
    )[0];
    const copy = `Read also: our newsletter\n\n${ARTICLE.replace('within minutes', 'after about ten minutes')}\n\nShare this article. © Regional Wire`;
    const r = await s.mentions.addDocument(
      { source: 'wire', externalId: 'w-1', text: copy, title: 'Petrol bomb hits Murom draft office' },
      [arson({ place: null, admin1: null, geo_precision: 3, targets: [] })],
    );
    expect(r.created).toBe(true);
    expect((await s.documents.nearDuplicates(r.documentId)).map((d) => d.id)).toContain(original.document_id);
    expect(r.mentions[0]).toMatchObject({ eventId: original.event_id, merged: true });
    const ev = await s.events.get(original.event_id);
    expect(ev).toMatchObject({ place: 'Murom', sources_count: 2 });
  });

  it('a month-precise report in Russian joins the day-precise one; the event keeps the day', async () => {
    const day = await s.mentions.addDocument({ source: 'en', externalId: 'kstovo-1', text: 'Rally in Kstovo.' }, [
      record({
        type: 'protest',
        date: '2024-05-18',
        admin1: 'RU-NIZ',
        place: 'Kstovo',
        targets: [],
        evidence: 'Residents of Kstovo rallied against a landfill on Saturday, 18 May.',
      }),
    ]);
    const month = await s.mentions.addDocument({ source: 'ru', externalId: 'kstovo-2', text: 'Митинг в Кстове.' }, [
      record({
        type: 'protest',
        date: '2024-05',
        admin1: 'RU-NIZ',
        place: 'Kstovo',
        targets: [],
        evidence: 'В мае жители Кстова вышли на митинг против свалки.',
      }),
    ]);
    expect(month.mentions[0]).toMatchObject({ eventId: day.mentions[0].eventId, merged: true });
    expect(await s.events.get(day.mentions[0].eventId)).toMatchObject({ date: '2024-05-18', sources_count: 2 });
  });

  it('a region-level report joins the settlement-level event in that region, and the town wins the place', async () => {
    const region = await s.mentions.addDocument({ source: 'tg', externalId: 'p-1', text: 'Relay cabinet burnt.' }, [
      record({
        type: 'sabotage',
        date: '2024-06-02',
        admin1: 'RU-IRK',
        place: null,
        lat: null,
        lon: null,
        geo_precision: 2,
        targets: ['relay cabinet'],
        evidence: 'В Иркутской области ночью сожгли релейный шкаф.',
      }),
    ]);
    const town = await s.mentions.addDocument(
      { source: 'en', externalId: 'p-2', text: 'Relay cabinet burnt near Tulun.' },
      [
        record({
          type: 'sabotage',
          date: '2024-06-02',
          admin1: 'RU-IRK',
          place: 'Tulun',
          lat: 54.56,
          lon: 100.58,
          targets: ['relay cabinet'],
          evidence: 'A relay cabinet was set on fire in Tulun overnight on 2 June.',
        }),
      ],
    );
    expect(town.mentions[0]).toMatchObject({ eventId: region.mentions[0].eventId, merged: true });
    expect(await s.events.get(region.mentions[0].eventId)).toMatchObject({ place: 'Tulun', geo_precision: 1 });
  });

  it('"N km from X" is near X, not in it: the report joins the town it happened in', async () => {
    const near = await s.mentions.addDocument({ source: 'en', externalId: 'km-1', text: 'x' }, [
      record({
        type: 'arson',
        date: '2024-07-09',
        admin1: 'RU-YAR',
        place: 'Yaroslavl',
        geo_precision: 1,
        targets: [],
        evidence: 'A police car was set alight in Tutayev, some 35 km north-west of Yaroslavl, on 9 July.',
      }),
    ]);
    const town = await s.mentions.addDocument({ source: 'ru', externalId: 'km-2', text: 'y' }, [
      record({
        type: 'arson',
        date: '2024-07-09',
        admin1: 'RU-YAR',
        place: 'Tutayev',
        targets: [],
        evidence: 'В Тутаеве 9 июля подожгли полицейскую машину.',
      }),
    ]);
    expect(town.mentions[0]).toMatchObject({ eventId: near.mentions[0].eventId, merged: true });
    expect(await s.events.get(near.mentions[0].eventId)).toMatchObject({ place: 'Tutayev' });
  });

  it('a statement reported in English and in Russian is one event, joined by its declaring group', async () => {
    const en = await s.mentions.addDocument({ source: 'en', externalId: 'st-1', text: 'x', published: '2024-08-02' }, [
      record({
        type: 'statement',
        date: '2024-08-01',
        admin1: null,
        place: null,
        geo_precision: 3,
        actors: ['Free Kama Council'],
        targets: [],
        evidence: 'The Free Kama Council called on residents to boycott the vote.',
      }),
    ]);
    const ru = await s.mentions.addDocument({ source: 'ru', externalId: 'st-2', text: 'y', published: '2024-08-03' }, [
      record({
        type: 'statement',
        date: null,
        country: null,
        admin1: null,
        place: null,
        geo_precision: null,
        actors: ['Совет «Свободная Кама»'],
        targets: [],
        evidence: 'Совет «Свободная Кама» призвал жителей бойкотировать выборы.',
      }),
    ]);
    expect(ru.mentions[0]).toMatchObject({ eventId: en.mentions[0].eventId, merged: true });
  });

  it('two different acts of one type at one place and day stay two (at most a suggestion)', async () => {
    const a = await s.mentions.addDocument({ source: 'en', externalId: 'two-1', text: 'x' }, [
      record({
        type: 'arson',
        date: '2024-09-14',
        admin1: 'RU-KDA',
        place: 'Armavir',
        targets: ['enlistment office'],
        evidence: 'Someone set fire to the enlistment office in Armavir on 14 September.',
      }),
    ]);
    const b = await s.mentions.addDocument({ source: 'ru', externalId: 'two-2', text: 'y' }, [
      record({
        type: 'arson',
        date: '2024-09-14',
        admin1: 'RU-KDA',
        place: 'Armavir',
        targets: ['locomotive'],
        evidence: 'В Армавире 14 сентября подожгли тепловоз.',
      }),
    ]);
    expect(b.mentions[0].merged).toBe(false);
    expect(b.mentions[0].eventId).not.toBe(a.mentions[0].eventId);
  });

  it('suggestions: one accepted (a merge, with audit rows, undone by split) and one dismissed (with audit rows)', async () => {
    const put = (id: string, place: string | null, admin1: string, evidence: string) =>
      s.mentions.addDocument({ source: 'sg', externalId: id, text: id }, [
        record({
          type: 'protest',
          date: '2024-10-05',
          admin1,
          place,
          geo_precision: place ? 1 : 2,
          targets: [],
          evidence,
        }),
      ]);
    const penza = await put('sg-1', 'Penza', 'RU-PNZ', 'Mothers of conscripts gathered in Penza on 5 October.');
    const kuznetsk = await put('sg-2', 'Kuznetsk', 'RU-PNZ', 'A picket took place in Kuznetsk on 5 October.');
    // Region-level: could be either town, so it is kept apart and suggested for both.
    const region = await put(
      'sg-3',
      null,
      'RU-PNZ',
      'В Пензенской области 5 октября прошёл пикет матерей призывников.',
    );
    expect(region.mentions[0]).toMatchObject({ merged: false, suggestions: 2 });
    const regionId = region.mentions[0].eventId;
    const { items } = await s.suggestions.list({ eventId: regionId });
    expect(items.map((x) => [x.event.id, x.other.id]).sort()).toEqual(
      [
        [penza.mentions[0].eventId, regionId],
        [kuznetsk.mentions[0].eventId, regionId],
      ].sort(),
    );
    const toPenza = items.find((x) => x.event.id === penza.mentions[0].eventId)!;
    const toKuznetsk = items.find((x) => x.event.id === kuznetsk.mentions[0].eventId)!;

    await reviewFor(s).dismissSuggestion(toKuznetsk.id, { userId: null, reason: 'another town' });
    const accepted = await reviewFor(s).acceptSuggestion(toPenza.id, { userId: null, reason: 'same picket' });
    expect(accepted).toEqual({ survivor: penza.mentions[0].eventId, merged: regionId });
    await expect(reviewFor(s).dismissSuggestion(toPenza.id, { userId: null })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await s.suggestions.list({ eventId: regionId })).items).toEqual([]);
    expect((await s.suggestions.list({ status: 'dismissed', eventId: regionId })).items.map((x) => x.id)).toEqual([
      toKuznetsk.id,
    ]);

    const history = async (id: number) => (await s.audit.forEvent(id)).map((a) => [a.action, a.reason]);
    expect(await history(kuznetsk.mentions[0].eventId)).toEqual([['suggestion_dismiss', 'another town']]);
    expect(await history(regionId)).toEqual([
      ['suggestion_dismiss', 'another town'],
      ['merge', 'same picket'],
      ['suggestion_accept', 'same picket'],
    ]);
    const merged = await s.events.get(penza.mentions[0].eventId);
    expect(merged?.sources_count).toBe(2);

    // Split after merge: the region-level event comes back with its id and its report.
    const back = await reviewFor(s).split(
      penza.mentions[0].eventId,
      { mergedId: regionId },
      { userId: null, reason: 'not sure' },
    );
    expect(back).toBe(regionId);
    expect(await s.events.get(regionId)).toMatchObject({ status: 'unreviewed', sources_count: 1 });
    expect(await s.events.get(penza.mentions[0].eventId)).toMatchObject({ sources_count: 1 });
  });

  it('a report published before an act began does not join it; the event keeps its earliest report day, also after a split', async () => {
    const mk = (id: string, published: string, over: Partial<EventRecord>) =>
      s.mentions.addDocument({ source: 'pub', externalId: id, text: `Report ${id} on Kineshma.`, published }, [
        record({
          type: 'protest',
          admin1: 'RU-IVA',
          place: 'Kineshma',
          targets: [],
          evidence: `Residents of Kineshma rallied (${id}).`,
          ...over,
        }),
      ]);
    const late = await mk('kin-late', '2024-08-22T09:00:00Z', { date: '2024-08-21' });
    // "In August", published on the 6th: it cannot be about the rally of the 21st.
    const early = await mk('kin-early', '2024-08-06T09:00:00Z', {
      date: '2024-08',
      evidence: 'В августе жители Кинешмы вышли на митинг.',
    });
    expect(early.mentions[0].eventId).not.toBe(late.mentions[0].eventId);
    const row = (id: number) =>
      s.db.selectFrom('events').select(['first_reported']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(await row(late.mentions[0].eventId)).toEqual({ first_reported: '2024-08-22' });
    // An earlier report of the 21st (published that evening) moves the event's first report day back.
    const same = await mk('kin-same', '2024-08-21T20:00:00Z', { date: '2024-08-21' });
    expect(same.mentions[0].eventId).toBe(late.mentions[0].eventId);
    expect(await row(late.mentions[0].eventId)).toEqual({ first_reported: '2024-08-21' });
    const review = reviewFor(s);
    const mention = (await s.mentions.forDocument(same.documentId))[0];
    const split = await review.split(
      late.mentions[0].eventId,
      { mentionIds: [mention.id] },
      { userId: null, reason: 'two rallies' },
    );
    expect(await row(late.mentions[0].eventId)).toEqual({ first_reported: '2024-08-22' });
    expect(await row(split)).toEqual({ first_reported: '2024-08-21' });
  });

  it('a report naming no region, only "N km from" the town a region is named after, joins the event in that region', async () => {
    const town = await s.mentions.addDocument({ source: 'en', externalId: 'off-1', text: 'Rally in Kineshma.' }, [
      record({
        type: 'protest',
        date: '2024-11-02',
        admin1: 'RU-IVA',
        place: 'Kineshma',
        targets: [],
        evidence: 'Some fifty people rallied in Kineshma on 2 November.',
      }),
    ]);
    const off = await s.mentions.addDocument({ source: 'ru', externalId: 'off-2', text: 'Митинг.' }, [
      record({
        type: 'protest',
        date: '2024-11-02',
        country: null,
        admin1: null,
        place: null,
        lat: null,
        lon: null,
        geo_precision: null,
        targets: [],
        evidence: '2 ноября в 90 км от Иванова около пятидесяти человек вышли на митинг.',
      }),
    ]);
    expect(off.mentions[0]).toMatchObject({ eventId: town.mentions[0].eventId, merged: true });
    expect(await s.events.get(town.mentions[0].eventId)).toMatchObject({ place: 'Kineshma', admin1: 'RU-IVA' });
  });

  it('a report joins an event with 17,000 sources, and review rebuilds it, without running out of SQL variables', async () => {
    const first = await s.mentions.addDocument({ source: 'big', externalId: 'big-0', text: 'big 0' }, [
      record({
        type: 'protest',
        date: '2024-11-30',
        admin1: 'RU-TVE',
        place: 'Tver',
        targets: [],
        evidence: 'A rally took place in Tver on 30 November.',
      }),
    ]);
    const eventId = first.mentions[0].eventId;
    const [m] = await s.mentions.forDocument(first.documentId);
    const { id: sourceId } = await s.db
      .selectFrom('sources')
      .select('id')
      .where('name', '=', 'big')
      .executeTakeFirstOrThrow();
    const N = 17_000;
    const rec = JSON.stringify(m.record);
    // Set-based: the documents, mentions and source rows of 17,000 reports of the event.
    await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${N})
      INSERT INTO documents (id, source_id, external_id, text, content_hash, ingested_at)
      SELECT 'bulk-' || CAST(i AS TEXT), ${sourceId}, 'bulk-' || CAST(i AS TEXT), 'bulk', 'h' || CAST(i AS TEXT), '2024-12-01' FROM n`.execute(
      s.db,
    );
    await sql`INSERT INTO mentions (document_id, seq, event_id, origin_event_id, type, evidence, record)
      SELECT id, 0, ${eventId}, ${eventId}, 'protest', 'A rally took place in Tver.', ${rec} FROM documents WHERE id LIKE 'bulk-%'`.execute(
      s.db,
    );
    await sql`INSERT INTO event_sources (event_id, document_id) SELECT ${eventId}, id FROM documents WHERE id LIKE 'bulk-%'`.execute(
      s.db,
    );
    await s.db
      .updateTable('events')
      .set({ sources_count: N + 1 })
      .where('id', '=', eventId)
      .execute();

    const next = await s.mentions.addDocument({ source: 'big', externalId: 'big-last', text: 'big last' }, [
      record({
        type: 'protest',
        date: '2024-11-30',
        admin1: 'RU-TVE',
        place: 'Tver',
        targets: [],
        evidence: 'В Твери 30 ноября прошёл митинг.',
      }),
    ]);
    expect(next.mentions[0]).toMatchObject({ eventId, merged: true });
    expect((await s.events.get(eventId))?.sources_count).toBe(N + 2);

    // A merge rebuilds the survivor's sources from all its mentions, set-based.
    const other = await s.mentions.addDocument({ source: 'big', externalId: 'big-other', text: 'other' }, [
      record({
        type: 'protest',
        date: '2024-11-30',
        admin1: 'RU-TVE',
        place: 'Torzhok',
        targets: [],
        evidence: 'A rally in Torzhok.',
      }),
    ]);
    await reviewFor(s).merge(eventId, [other.mentions[0].eventId], { userId: null });
    const n = await s.db
      .selectFrom('event_sources')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(N + 3);
  }, 120_000);
});
