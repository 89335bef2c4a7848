// End-to-end fixtures for extract(): short reports in our own words, one table per rule of docs/event-format.md.
import { describe, it, expect } from 'vitest';
import { extract } from './index.js';
import { EventRecordSchema, type EventRecord } from '../model/event.js';

interface Doc {
  text: string;
  published?: string | null;
  title?: string;
  lang?: string;
}
const run = (d: Doc): EventRecord[] =>
  extract({
    id: 't',
    title: d.title ?? null,
    text: d.text,
    published: 'published' in d ? d.published : '2024-03-15',
    lang: d.lang ?? 'en',
  });
const pick = (r: EventRecord) => ({
  type: r.type,
  date: r.date,
  date_end: r.date_end,
  admin1: r.admin1,
  place: r.place,
  country: r.country,
});

describe('each event type (English)', () => {
  const rows: [string, Partial<EventRecord>][] = [
    [
      'On March 10, about 300 people rallied in Kazan against the mobilisation.',
      { type: 'protest', date: '2024-03-10', admin1: 'RU-TA', place: 'Kazan' },
    ],
    [
      'On March 10, protesters fought with police and threw stones at officers in Yakutsk.',
      { type: 'riot', admin1: 'RU-SA', place: 'Yakutsk' },
    ],
    [
      'On March 12, a man threw a Molotov cocktail at the military enlistment office in Nizhny Novgorod.',
      { type: 'arson', admin1: 'RU-NIZ', date: '2024-03-12' },
    ],
    ['On March 11, unknown people set fire to a relay cabinet near Gatchina.', { type: 'sabotage', admin1: 'RU-LEN' }],
    [
      'On March 9, a gunman opened fire at a police checkpoint in Nazran.',
      { type: 'armed_attack', admin1: 'RU-IN', place: 'Nazran' },
    ],
    [
      'On March 8, an explosion damaged an army truck in Belgorod.',
      { type: 'explosion', admin1: 'RU-BEL', place: 'Belgorod' },
    ],
    ['On March 7, police detained 33 people in Yekaterinburg.', { type: 'arrest', admin1: 'RU-SVE', quantity: 33 }],
    [
      'On March 6, the Freedom of Russia Legion issued a statement in Kyiv calling on soldiers to lay down arms.',
      { type: 'statement', actors: ['Freedom of Russia Legion'] },
    ],
    [
      'On March 5, activists in Ufa founded a new movement called the Bashkir National Council.',
      { type: 'organization', admin1: 'RU-BA' },
    ],
    ['On March 4, the State Duma passed a law on electronic summonses.', { type: 'policy', country: 'RU' }],
    ['On March 3, two conscripts deserted from their unit in Khabarovsk.', { type: 'desertion', admin1: 'RU-KHA' }],
    [
      'On March 2, anti-war leaflets appeared at bus stops in Perm.',
      { type: 'other', admin1: 'RU-PER', place: 'Perm' },
    ],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run({ text });
    const hit = got.find((r) => r.type === want.type);
    expect(hit, JSON.stringify(got.map(pick))).toBeDefined();
    expect(hit).toMatchObject(want);
    expect(EventRecordSchema.parse(hit)).toBeTruthy();
    expect(hit!.evidence).toBe(text);
    expect(text.slice(hit!.evidence_start, hit!.evidence_end)).toBe(hit!.evidence);
  });
});

describe('dates resolved against publication', () => {
  const rows: [string, string | null, string | null, string | null][] = [
    ['Police detained activists in Tomsk on Monday.', '2024-03-15', '2024-03-11', null],
    ['On December 28, protesters rallied in Omsk.', '2024-01-05', '2023-12-28', null],
    ['From 21 to 25 September, pickets were held daily in Tver.', '2022-09-30', '2022-09-21', '2022-09-25'],
    ['Since 24 February, police have detained 840 people across Russia.', '2022-03-06', '2022-02-24', '2022-03-06'],
    ['On September 25, demonstrators rallied in Chita.', null, null, null],
    ['On 3 May 2023 a drone exploded over an airfield near Kursk.', null, '2023-05-03', null],
  ];
  it.each(rows)('%s (published %s)', (text, published, date, dateEnd) => {
    const [r] = run({ text, published });
    expect(r, 'a record').toBeDefined();
    expect([r.date, r.date_end]).toEqual([date, dateEnd]);
  });
});

describe('places: city, region, adjective, near, lists', () => {
  it('splits one record per location', () => {
    const got = run({ text: 'On March 9, protests were held in Moscow, St. Petersburg and Novosibirsk.' });
    expect(
      got
        .filter((r) => r.type === 'protest')
        .map((r) => r.admin1)
        .sort(),
    ).toEqual(['RU-MOW', 'RU-NVS', 'RU-SPE']);
  });
  it('a region alone gives admin1 and no place', () => {
    const [r] = run({ text: 'On March 9, a relay cabinet was set on fire in the Amur region.' });
    expect(r).toMatchObject({ type: 'sabotage', admin1: 'RU-AMU', place: null, geo_precision: 2 });
  });
  it('"near X" is X at precision 2', () => {
    const [r] = run({ text: 'On March 9, saboteurs derailed a train near Kovrov.' });
    expect(r).toMatchObject({ type: 'sabotage', place: 'Kovrov', geo_precision: 2 });
  });
  it('a country alone gives only the country', () => {
    const [r] = run({ text: 'On March 9, the railways in Belarus were sabotaged again.' });
    expect(r).toMatchObject({ country: 'BY', admin1: null, geo_precision: 3 });
  });
  it("Crimea takes Ukraine's code", () => {
    const [r] = run({ text: 'On March 9, an explosion hit a fuel depot in Crimea.' });
    expect(r).toMatchObject({ country: 'UA', admin1: 'UA-43' });
  });
});

describe('tallies and number words', () => {
  it('a tally is one aggregate record with its quantity', () => {
    const got = run({
      text: 'At least twelve enlistment offices have been set on fire across Russia since the war began.',
    });
    const r = got.find((x) => x.type === 'arson');
    expect(r).toMatchObject({ aggregate: true, quantity: 12, country: 'RU' });
  });
  it('a dated count in one place is one event, not a tally', () => {
    const [r] = run({ text: 'On March 10, police detained nineteen people at a rally in Irkutsk.' });
    expect(r).toMatchObject({ type: 'arrest', quantity: 19, aggregate: false });
  });
  it('vague amounts give no quantity', () => {
    const got = run({ text: 'On March 10, several dozen women protested in Grozny.' });
    expect(got.find((x) => x.type === 'protest')).toMatchObject({ quantity: null });
  });
});

describe('negatives: nothing to code', () => {
  const rows = [
    'Opposition groups plan to protest in Moscow next Saturday.',
    'Analysts expect more sabotage on the railways this winter.',
    'The city has a long history of strikes dating back to 1905.',
    'In our view, the regime cannot survive another wave of arrests.',
    'If the authorities announce a new mobilisation, people will take to the streets.',
  ];
  it.each(rows)('%s', (text) => {
    expect(run({ text })).toEqual([]);
  });
});

describe('the title counts, and one event is coded once', () => {
  it('codes an event told only in the headline', () => {
    const got = run({
      title: 'Enlistment office set on fire in Kstovo',
      text: 'Local residents shared photos of the burnt entrance.',
    });
    expect(got.find((r) => r.type === 'arson')).toMatchObject({ place: 'Kstovo', evidence_field: 'title' });
  });
  it('merges the headline and body mentions into the most precise one', () => {
    const got = run({
      title: 'Enlistment office set on fire in Kstovo',
      text: 'On March 12, a man set fire to the door of the enlistment office in Kstovo.',
    });
    const arsons = got.filter((r) => r.type === 'arson');
    expect(arsons).toHaveLength(1);
    expect(arsons[0]).toMatchObject({ date: '2024-03-12', evidence_field: 'text' });
  });
});

describe('private individuals are never actors', () => {
  it('names the group but not the detained person', () => {
    const got = run({
      text: 'On March 10, police in Samara detained Ivan Petrov, a local teacher, for an anti-war picket.',
    });
    const r = got.find((x) => x.type === 'arrest');
    expect(r).toBeDefined();
    expect(r!.actors.join(' ')).not.toMatch(/Petrov/);
  });
});

describe('Russian reports', () => {
  const rows: [string, Partial<EventRecord>][] = [
    [
      'В понедельник в Махачкале задержали более 100 участников акции против мобилизации.',
      { type: 'arrest', admin1: 'RU-DA', place: 'Makhachkala', date: '2024-03-11', quantity: 100 },
    ],
    [
      'В ночь на 24 июня под Гатчиной неизвестные подожгли релейный шкаф.',
      { type: 'sabotage', admin1: 'RU-LEN', date: '2023-06-24' },
    ],
    [
      '25 сентября в Якутске прошёл митинг против мобилизации.',
      { type: 'protest', admin1: 'RU-SA', date: '2023-09-25' },
    ],
  ];
  it.each(rows)('%s', (text, want) => {
    const got = run({ text, lang: 'ru' });
    const hit = got.find((r) => r.type === want.type);
    expect(hit, JSON.stringify(got.map(pick))).toBeDefined();
    expect(hit).toMatchObject(want);
  });
});

describe('stories told over several sentences', () => {
  it('"the next day" and "on the same day" count from the last dated event', () => {
    const got = run({
      published: '2023-03-05',
      text: 'On 1 March two gunmen opened fire on a police post in Derbent.\n\nThe next day a group calling itself the "Mountain Front" claimed responsibility for the attack.\n\nOn the same day police detained a suspect in Derbent.',
    });
    expect(got.find((r) => r.type === 'statement')).toMatchObject({ date: '2023-03-02', actors: ['Mountain Front'] });
    expect(got.find((r) => r.type === 'arrest')).toMatchObject({ date: '2023-03-02', place: 'Derbent' });
  });
  it('a sentence that only sets the scene passes on its day and place', () => {
    const got = run({
      published: '2022-09-28',
      text: 'On Tuesday several hundred residents gathered outside the enlistment office in Nalchik. When police tried to push them back, stones and bottles were thrown at the officers.',
    });
    expect(got.find((r) => r.type === 'riot')).toMatchObject({ date: '2022-09-27', place: 'Nalchik' });
  });
  it('a tally over places it does not all name is coded for the country', () => {
    const got = run({
      published: '2024-02-17',
      text: 'By Saturday morning at least 101 people had been detained in 10 cities, most of them in St Petersburg.',
    });
    expect(got.find((r) => r.type === 'arrest')).toMatchObject({ country: 'RU', admin1: null, quantity: 101 });
  });
  it('a tally that names its parts gives the whole and each part', () => {
    const got = run({
      published: '2022-03-06',
      text: 'Since 24 February at least 840 people have been detained: 399 in Moscow, 143 in St Petersburg and 58 in Yekaterinburg.',
    });
    const arrests = got.filter((r) => r.type === 'arrest').map((r) => [r.admin1 ?? r.country, r.quantity]);
    expect(arrests).toEqual(
      expect.arrayContaining([
        ['RU', 840],
        ['RU-MOW', 399],
        ['RU-SPE', 143],
        ['RU-SVE', 58],
      ]),
    );
  });
  it("the charges of a sentence are background; the court's town is the event's place", () => {
    const got = run({
      published: '2023-11-16',
      text: 'A court in Irkutsk on Wednesday sentenced a student to 12 years in a colony. He was found guilty of setting fire to the door of the enlistment office in Angarsk.',
    });
    expect(got.map((r) => [r.type, r.place])).toEqual([['arrest', 'Irkutsk']]);
  });
  it('a place that only locates another is not a second place', () => {
    const got = run({
      published: '2023-03-02',
      text: 'On Sunday saboteurs damaged an aircraft at the Machulishchy airfield near Minsk with explosives.',
    });
    expect(got.filter((r) => r.type !== 'statement').map((r) => r.place)).toEqual(['Machulishchy']);
  });
});

describe('Ukrainian reports', () => {
  it('codes acts with the Ukrainian lexicon, dates and places', () => {
    const got = run({
      lang: 'uk',
      published: '2023-06-25',
      text: 'У ніч на 24 червня невідомі підпалили релейну шафу поблизу Гомеля. Раніше, 20 червня, в Мінську затримали трьох залізничників.',
    });
    expect(got.map((r) => [r.type, r.date, r.admin1, r.quantity])).toEqual([
      ['sabotage', '2023-06-24', 'BY-HO', null],
      ['arrest', '2023-06-20', 'BY-HM', null],
    ]);
  });
});

describe('names and origins', () => {
  it("members' home towns are not where a movement's statement was made", () => {
    const got = run({
      published: '2024-10-02',
      text: 'On 1 October the Free Volga Committee, an exiled movement of activists from Samara, Saratov and Ulyanovsk, published a statement calling on men to avoid the draft.',
    });
    expect(
      got
        .filter((r) => r.type === 'statement')
        .map((r) => r.place)
        .filter(Boolean),
    ).toEqual([]);
  });
  it('a longer name is not the registry group it contains', () => {
    const got = run({
      published: '2024-05-22',
      text: 'On 21 May a group calling itself Siberian Cyber Partisans claimed responsibility for the attack in Tomsk.',
    });
    expect(got.find((r) => r.type === 'statement')?.actors).toEqual(['Siberian Cyber Partisans']);
  });
});

describe('a tally continued in the next sentence', () => {
  it('codes each named part of the count', () => {
    const got = run({
      lang: 'ru',
      published: '2025-02-25',
      text: 'В понедельник на акциях задержали не менее 60 человек. В Новосибирске — 9, в Екатеринбурге — 7, в Казани — 5.',
    });
    const parts = got.filter((r) => r.type === 'arrest').map((r) => [r.admin1 ?? r.country, r.quantity]);
    expect(parts).toEqual(
      expect.arrayContaining([
        ['RU-NVS', 9],
        ['RU-SVE', 7],
        ['RU-TA', 5],
      ]),
    );
  });
});

describe("a headline beside its dated act is that act's headline, not news of the publication day", () => {
  // (an undated headline beside its dated verdict: the Gomel verdict in test/e2e/samples-dedup.test.ts)
  it('a national tally in the lead with another count is still the news of its day', () => {
    const out = run({
      title: 'Memorial rallies end in detentions',
      text: 'More than 120 people have been detained in 20 Russian cities at memorial rallies, a monitoring group said.\n\nIn Kazan, police detained 14 people on Sunday, 10 March.',
      published: '2024-03-11',
    });
    const tally = out.find((r) => r.type === 'arrest' && r.quantity === 120);
    expect(tally?.date).toBe('2024-03-11');
  });
});
