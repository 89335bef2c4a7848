// Vague reports decided again when a second act of their town turns up (resolve/reclaim.ts,
// store/repos/vague-reclaim.ts), and near-identical texts published far apart, on SQLite and
// PostgreSQL. Fixtures are invented, in English and Russian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event.js';
import type { Store } from './index.js';
import { record, TEST_DIALECTS, type TestStore } from './test-support.js';

const rally = (over: Partial<EventRecord>): EventRecord =>
  record({
    type: 'protest',
    country: 'RU',
    admin1: 'RU-IVA',
    place: 'Shuya',
    targets: [],
    lat: 56.85,
    lon: 41.37,
    ...over,
  });

describe.each(TEST_DIALECTS)('vague reports decided again on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  beforeAll(async () => {
    t = await open();
    s = t.store;
  });
  afterAll(async () => t?.dispose());

  const docs = new Map<string, string>();
  const add = async (id: string, published: string, r: EventRecord, text = `Report ${id}.`) => {
    const stored = await s.mentions.addDocument({ source: 'test', externalId: id, text, published }, [r]);
    docs.set(id, stored.documentId);
    return stored.mentions[0].eventId;
  };
  const eventOfDoc = async (id: string) => (await s.mentions.forDocument(docs.get(id)!))[0].event_id;

  it("a month report that joined a town's only act moves to a second act it fits better; audited as the system's", async () => {
    const first = await add(
      'shuya-13',
      '2024-10-14',
      rally({
        date: '2024-10-13',
        evidence: 'On 13 October about thirty people in Shuya rallied for the maternity ward.',
      }),
    );
    const month = await add(
      'shuya-month',
      '2024-10-21',
      rally({
        date: '2024-10',
        aggregate: true,
        evidence: 'В октябре жители Шуи вышли на митинг против закрытия роддома.',
      }),
    );
    // the only act of its town that month: joined
    expect(month).toBe(first);
    const second = await add(
      'shuya-20',
      '2024-10-21',
      rally({ date: '2024-10-20', evidence: '20 октября в Шуе снова прошёл митинг за сохранение роддома.' }),
    );
    expect(second).not.toBe(first);
    // published the day after the second act, "in October" is that one
    expect(await eventOfDoc('shuya-month')).toBe(second);
    expect((await s.events.get(first))?.sources_count).toBe(1);
    expect((await s.events.get(second))?.sources_count).toBe(2);
    const audit = await s.db
      .selectFrom('audit_log')
      .select(['event_id', 'action', 'user_id', 'detail'])
      .where('action', '=', 'reassign')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.event_id, a.user_id])).toEqual([
      [first, null],
      [second, null],
    ]);
    expect(JSON.parse(audit[0].detail)).toMatchObject({ automatic: true, to: second });
  });

  it("a report's headline and body, both vague, move together", async () => {
    const teykovo = (over: Partial<EventRecord>) => rally({ place: 'Teykovo', lat: 56.86, lon: 40.54, ...over });
    const first = await add(
      'teykovo-5',
      '2024-09-06',
      teykovo({ date: '2024-09-05', evidence: 'On 5 September Teykovo residents rallied against the dump.' }),
    );
    const stored = await s.mentions.addDocument(
      { source: 'test', externalId: 'teykovo-month', text: 'Report teykovo-month.', published: '2024-09-22' },
      [
        teykovo({
          date: '2024-09',
          aggregate: true,
          evidence: 'В сентябре жители Тейкова протестовали против свалки.',
        }),
        teykovo({ date: null, aggregate: true, evidence: 'Тейково: митинг против свалки' }),
      ],
    );
    expect(stored.mentions.map((m) => m.eventId)).toEqual([first, first]);
    const second = await add(
      'teykovo-21',
      '2024-09-22',
      teykovo({ date: '2024-09-21', evidence: '21 сентября в Тейкове снова митинговали против свалки.' }),
    );
    const now = (await s.mentions.forDocument(stored.documentId)).map((m) => m.event_id);
    expect(now).toEqual([second, second]);
  });

  it('a region-level body with a headline naming the town is what the two say together: it stays with its act', async () => {
    const yar = (place: string | null, over: Partial<EventRecord>) =>
      rally({ admin1: 'RU-YAR', place, lat: 57.53, lon: 38.33, ...over });
    const depot = await add(
      'uglich-depot',
      '2024-07-11',
      yar('Uglich', {
        date: '2024-07-10',
        targets: ['bus depot'],
        evidence: 'On 10 July Uglich residents rallied to save the bus depot.',
      }),
    );
    const told = await s.mentions.addDocument(
      { source: 'test', externalId: 'uglich-region', text: 'Report uglich-region.', published: '2024-07-11' },
      [
        yar(null, {
          geo_precision: 2,
          date: '2024-07-10',
          evidence: '10 июля жители Ярославской области вышли на митинг в защиту автобусного парка.',
        }),
        yar('Uglich', {
          date: null,
          aggregate: true,
          targets: ['bus depot'],
          evidence: 'Углич: митинг за автобусный парк',
        }),
      ],
    );
    expect(told.mentions.map((m) => m.eventId)).toEqual([depot, depot]);
    // a second rally in Uglich that day, over something else: the body alone would fit both
    const landfill = await add(
      'uglich-landfill',
      '2024-07-11',
      yar('Uglich', {
        date: '2024-07-10',
        targets: ['landfill'],
        evidence: 'Also on 10 July, a picket against the new landfill was held in Uglich.',
      }),
    );
    expect(landfill).not.toBe(depot);
    expect((await s.mentions.forDocument(told.documentId)).map((m) => m.event_id)).toEqual([depot, depot]);
  });

  it('a report that fits both acts as well stands apart, with a suggestion for each', async () => {
    const a = await add(
      'kineshma-10',
      '2024-10-11',
      rally({
        admin1: 'RU-IVA',
        place: 'Kineshma',
        lat: 57.44,
        lon: 42.13,
        date: '2024-10-10',
        evidence: 'Residents of Kineshma picketed the town hall over bus fares on 10 October.',
      }),
    );
    const week = await add(
      'kineshma-week',
      '2024-10-12',
      rally({
        admin1: 'RU-IVA',
        place: 'Kineshma',
        lat: 57.44,
        lon: 42.13,
        date: '2024-10-08',
        date_end: '2024-10-12',
        aggregate: true,
        evidence: 'На этой неделе жители Кинешмы пикетировали мэрию из-за цен на проезд.',
      }),
    );
    expect(week).toBe(a);
    const b = await add(
      'kineshma-12',
      '2024-10-13',
      rally({
        admin1: 'RU-IVA',
        place: 'Kineshma',
        lat: 57.44,
        lon: 42.13,
        date: '2024-10-12',
        evidence: 'On 12 October another picket over bus fares was held outside the Kineshma town hall.',
      }),
    );
    const now = await eventOfDoc('kineshma-week');
    expect([a, b]).not.toContain(now);
    const open = await s.db
      .selectFrom('merge_suggestions')
      .select(['event_id', 'other_id'])
      .where('status', '=', 'open')
      .where((eb) => eb.or([eb('event_id', '=', now), eb('other_id', '=', now)]))
      .execute();
    const partners = open.map((o) => (o.event_id === now ? o.other_id : o.event_id)).sort((x, y) => x - y);
    expect(partners).toEqual([a, b].sort((x, y) => x - y));
  });

  it('an event a vague report founded keeps the day its precise reports gave it: the act of the day before stays apart', async () => {
    const kimry = (over: Partial<EventRecord>) =>
      rally({ admin1: 'RU-TVE', place: 'Kimry', lat: 56.87, lon: 37.36, ...over });
    // "in November", out on the 3rd, starts an event; the report of the act of the 3rd (out on the
    // 4th) makes it that act; its first report is then of the 3rd, though not the one stating the day
    const founded = await add(
      'kimry-month',
      '2024-11-03',
      kimry({ date: '2024-11', aggregate: true, evidence: 'В ноябре жители Кимр вышли на пикет у мэрии.' }),
    );
    const third = await add(
      'kimry-3',
      '2024-11-04',
      kimry({ date: '2024-11-03', evidence: 'On 3 November residents of Kimry picketed the town hall.' }),
    );
    expect(third).toBe(founded);
    expect((await s.events.get(third))?.date).toBe('2024-11-03');
    // a report out on the 3rd stating the 2nd: no slack of a report dated by its publication day
    const second = await add(
      'kimry-2',
      '2024-11-03',
      kimry({ date: '2024-11-02', evidence: '2 ноября в Кимрах прошёл пикет у здания администрации.' }),
    );
    expect(second).not.toBe(third);
  });

  it('the same words published two weeks apart are not copies: each report is placed by its own date', async () => {
    const body = (boiler: string) =>
      [
        'In October, residents of Vichuga held a rally against the closure of the town hospital.',
        'The organisers said the town would be left without an emergency department of its own.',
        'Police watched the gathering from a distance and the regional health ministry gave no comment.',
        boiler,
      ].join('\n\n');
    const vichuga = (over: Partial<EventRecord>) => rally({ place: 'Vichuga', lat: 57.21, lon: 41.93, ...over });
    const early = await add(
      'vichuga-6',
      '2024-10-07',
      vichuga({ date: '2024-10-06', evidence: 'On 6 October Vichuga residents rallied for their hospital.' }),
    );
    const late = await add(
      'vichuga-20',
      '2024-10-21',
      vichuga({ date: '2024-10-20', evidence: '20 октября жители Вичуги снова вышли на митинг за больницу.' }),
    );
    const month = vichuga({
      date: '2024-10',
      aggregate: true,
      evidence: 'In October, residents of Vichuga held a rally against the closure of the town hospital.',
    });
    expect(await add('vichuga-month-a', '2024-10-07', month, body('Subscribe to our newsletter.'))).toBe(early);
    expect(await add('vichuga-month-b', '2024-10-21', month, body('Photo: social media. Share this story.'))).toBe(
      late,
    );
  });
});
