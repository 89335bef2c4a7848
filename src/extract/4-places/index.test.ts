import { describe, expect, it } from 'vitest';
import { countryByIso, documentPlaceHints, findPlaces, PlaceScans, regionByIso, seatOf } from './index.js';
import type { Lang, PlaceHints } from '../types.js';

interface Expect {
  text: string;
  name?: string;
  admin1?: string | null;
  country?: string;
  kind?: 'settlement' | 'region' | 'country';
  near?: boolean;
  adjective?: boolean;
}
type Row = [sentence: string, lang: Lang, expected: Expect[], hints?: PlaceHints];

const brief = (s: string, lang: Lang, hints?: PlaceHints) =>
  findPlaces(s, lang, hints).map((m) => ({
    text: m.text,
    name: m.place.name,
    admin1: m.place.admin1,
    country: m.place.country,
    kind: m.place.kind,
    near: m.near,
    adjective: m.adjective,
  }));

const cases: Array<[string, Row[]]> = [
  [
    'English settlements',
    [
      [
        'Riot police dispersed a rally in Makhachkala on Sunday.',
        'en',
        [{ text: 'Makhachkala', name: 'Makhachkala', admin1: 'RU-DA', kind: 'settlement' }],
      ],
      [
        'Volunteers from St. Petersburg and St Petersburg joined.',
        'en',
        [
          { text: 'St. Petersburg', name: 'Saint Petersburg', admin1: 'RU-SPE' },
          { text: 'St Petersburg', name: 'Saint Petersburg', admin1: 'RU-SPE' },
        ],
      ],
      [
        'Leaflets appeared in Petersburg overnight.',
        'en',
        [{ text: 'Petersburg', name: 'Saint Petersburg', admin1: 'RU-SPE' }],
      ],
      [
        'A court in Nizhniy Novgorod fined the teacher.',
        'en',
        [{ text: 'Nizhniy Novgorod', name: 'Nizhny Novgorod', admin1: 'RU-NIZ' }],
      ],
      [
        'Two rail cars burned outside Ust-Ilimsk, and later in Ust Ilimsk itself.',
        'en',
        [
          { text: 'Ust-Ilimsk', name: 'Ust-Ilimsk', admin1: 'RU-IRK', near: true },
          { text: 'Ust Ilimsk', name: 'Ust-Ilimsk', near: false },
        ],
      ],
      [
        'Drones struck Kiev and then Kyiv’s suburbs.',
        'en',
        [
          { text: 'Kiev', name: 'Kyiv', admin1: 'UA-30' },
          { text: 'Kyiv', name: 'Kyiv', admin1: 'UA-30' },
        ],
      ],
      [
        'Exiles met in Washington and Warsaw, then in Tallinn, Riga, Vilnius and Bucharest.',
        'en',
        [
          { text: 'Washington', name: 'Washington', admin1: 'US-DC' },
          { text: 'Warsaw', name: 'Warsaw', admin1: 'PL-14' },
          { text: 'Tallinn', name: 'Tallinn', admin1: 'EE-37' },
          { text: 'Riga', name: 'Riga', admin1: 'LV-RIX' },
          { text: 'Vilnius', name: 'Vilnius', admin1: 'LT-VL' },
          { text: 'Bucharest', name: 'Bucharest', admin1: 'RO-B' },
        ],
      ],
      ['Crowds gathered in Bobruysk.', 'en', [{ text: 'Bobruysk', name: 'Babruysk', admin1: 'BY-MA' }]],
    ],
  ],
  [
    'regions and region variants',
    [
      [
        'Nineteen derailments were recorded in the Amur region.',
        'en',
        [{ text: 'Amur region', name: 'Amur Oblast', admin1: 'RU-AMU', kind: 'region' }],
      ],
      [
        'Activists in Yakutia, Bashkiria and Yugra were fined.',
        'en',
        [
          { text: 'Yakutia', admin1: 'RU-SA', name: 'Sakha Republic' },
          { text: 'Bashkiria', admin1: 'RU-BA', name: 'Republic of Bashkortostan' },
          { text: 'Yugra', admin1: 'RU-KHM', name: 'Khanty-Mansi Autonomous Okrug' },
        ],
      ],
      [
        'Arson in the Saint Petersburg region and in the Leningrad region.',
        'en',
        [
          { text: 'Saint Petersburg region', admin1: 'RU-LEN', name: 'Leningrad Oblast' },
          { text: 'Leningrad region', admin1: 'RU-LEN', name: 'Leningrad Oblast' },
        ],
      ],
      [
        'Rallies in Moscow and the Moscow region.',
        'en',
        [
          { text: 'Moscow', admin1: 'RU-MOW', kind: 'settlement', name: 'Moscow' },
          { text: 'Moscow region', admin1: 'RU-MOS', kind: 'region', name: 'Moscow Oblast' },
        ],
      ],
      [
        'Cossacks from the Kuban and Primorye volunteered.',
        'en',
        [
          { text: 'Kuban', admin1: 'RU-KDA' },
          { text: 'Primorye', admin1: 'RU-PRI' },
        ],
      ],
      [
        'Posters appeared in Chechnya, Ingushetia and North Ossetia.',
        'en',
        [
          { text: 'Chechnya', admin1: 'RU-CE', name: 'Chechen Republic' },
          { text: 'Ingushetia', admin1: 'RU-IN', name: 'Republic of Ingushetia' },
          { text: 'North Ossetia', admin1: 'RU-SE', name: 'Republic of North Ossetia–Alania' },
        ],
      ],
      [
        'Occupation authorities in Crimea and Sevastopol arrested three men.',
        'en',
        [
          { text: 'Crimea', admin1: 'UA-43', country: 'UA', kind: 'region', name: 'Autonomous Republic of Crimea' },
          { text: 'Sevastopol', admin1: 'UA-40', country: 'UA', kind: 'settlement', name: 'Sevastopol' },
        ],
      ],
      [
        'Partisans in the Minsk region and in Minsk, then in the Homel region.',
        'en',
        [
          { text: 'Minsk region', admin1: 'BY-MI', kind: 'region', name: 'Minsk Region' },
          { text: 'Minsk', admin1: 'BY-HM', kind: 'settlement', name: 'Minsk' },
          { text: 'Homel region', admin1: 'BY-HO', name: 'Gomel Region' },
        ],
      ],
    ],
  ],
  [
    'regions sharing a plural head',
    [
      [
        'Shelling was reported in the Belgorod and Kursk regions.',
        'en',
        [
          { text: 'Belgorod', admin1: 'RU-BEL', kind: 'region' },
          { text: 'Kursk regions', admin1: 'RU-KRS', kind: 'region' },
        ],
      ],
      [
        'Обыски прошли в Белгородской, Брянской и Курской областях.',
        'ru',
        [
          { text: 'Белгородской', admin1: 'RU-BEL' },
          { text: 'Брянской', admin1: 'RU-BRY' },
          { text: 'Курской областях', admin1: 'RU-KRS' },
        ],
      ],
    ],
  ],
  [
    'adjectives and countries',
    [
      [
        'Dagestani and Chechen mothers protested against Russian mobilisation.',
        'en',
        [
          { text: 'Dagestani', admin1: 'RU-DA', adjective: true },
          { text: 'Chechen', admin1: 'RU-CE', adjective: true },
          { text: 'Russian', country: 'RU', kind: 'country', adjective: true },
        ],
      ],
      [
        'Belarusian volunteers crossed into Ukraine from Poland.',
        'en',
        [
          { text: 'Belarusian', country: 'BY', adjective: true, kind: 'country' },
          { text: 'Ukraine', country: 'UA', kind: 'country', adjective: false, name: 'Ukraine' },
          { text: 'Poland', country: 'PL', kind: 'country' },
        ],
      ],
      [
        'The US and the UK condemned it; it affects us all.',
        'en',
        [
          { text: 'US', country: 'US', kind: 'country' },
          { text: 'UK', country: 'GB', kind: 'country' },
        ],
      ],
      [
        'Rail sabotage spread across Siberia; in the Donbas, fighting went on.',
        'en',
        [
          { text: 'Siberia', country: 'RU', kind: 'country', admin1: null },
          { text: 'Donbas', country: 'UA', kind: 'country' },
        ],
      ],
      [
        'Россия и Беларусь подписали договор.',
        'ru',
        [
          { text: 'Россия', country: 'RU', kind: 'country' },
          { text: 'Беларусь', country: 'BY', kind: 'country' },
        ],
      ],
    ],
  ],
  [
    'Russian case forms',
    [
      [
        'В Махачкале задержали двенадцать человек.',
        'ru',
        [{ text: 'Махачкале', name: 'Makhachkala', admin1: 'RU-DA' }],
      ],
      ['Пикет в Якутске закончился штрафами.', 'ru', [{ text: 'Якутске', name: 'Yakutsk', admin1: 'RU-SA' }]],
      [
        'Под Гатчиной сгорел релейный шкаф.',
        'ru',
        [{ text: 'Гатчиной', name: 'Gatchina', admin1: 'RU-LEN', near: true }],
      ],
      [
        'Возле Твери и недалеко от Пскова загорелись вагоны.',
        'ru',
        [
          { text: 'Твери', name: 'Tver', near: true },
          { text: 'Пскова', name: 'Pskov', near: true },
        ],
      ],
      [
        'В Башкирии и в Ленинградской области прошли обыски.',
        'ru',
        [
          { text: 'Башкирии', admin1: 'RU-BA', kind: 'region' },
          { text: 'Ленинградской области', admin1: 'RU-LEN', kind: 'region' },
        ],
      ],
      [
        'В Республике Саха (Якутия) суд арестовал активиста.',
        'ru',
        [
          { text: 'Республике Саха', admin1: 'RU-SA' },
          { text: 'Якутия', admin1: 'RU-SA' },
        ],
      ],
      [
        'На Кубани и в Москве задержали студентов, приехавших из Петербурга.',
        'ru',
        [
          { text: 'Кубани', admin1: 'RU-KDA' },
          { text: 'Москве', admin1: 'RU-MOW', name: 'Moscow' },
          { text: 'Петербурга', admin1: 'RU-SPE', name: 'Saint Petersburg' },
        ],
      ],
      [
        'В Нижнем Новгороде и Ростове-на-Дону прошли акции.',
        'ru',
        [
          { text: 'Нижнем Новгороде', name: 'Nizhny Novgorod' },
          { text: 'Ростове-на-Дону', name: 'Rostov-on-Don', admin1: 'RU-ROS' },
        ],
      ],
      [
        'Чеченские силовики задержали дагестанских активистов в Московской области.',
        'ru',
        [
          { text: 'Чеченские', admin1: 'RU-CE', adjective: true },
          { text: 'дагестанских', admin1: 'RU-DA', adjective: true },
          { text: 'Московской области', admin1: 'RU-MOS', adjective: false },
        ],
      ],
      [
        'В Крыму и Севастополе задержали трёх человек.',
        'ru',
        [
          { text: 'Крыму', admin1: 'UA-43' },
          { text: 'Севастополе', admin1: 'UA-40' },
        ],
      ],
      ['Суд оштрафовал жительницу Уфы.', 'ru', [{ text: 'Уфы', name: 'Ufa', admin1: 'RU-BA' }]],
      [
        'Жители поселка Мирный Архангельской области вышли на сход.',
        'ru',
        [
          { text: 'Мирный', name: 'Mirny', admin1: 'RU-ARK' },
          { text: 'Архангельской области', admin1: 'RU-ARK', kind: 'region' },
        ],
      ],
      [
        'Под Белгородом упал беспилотник, сообщили в Минобороны РФ.',
        'ru',
        [
          { text: 'Белгородом', name: 'Belgorod', near: true },
          { text: 'РФ', country: 'RU', kind: 'country' },
        ],
      ],
    ],
  ],
  [
    'Ukrainian case forms',
    [
      [
        'У Києві та Харкові пролунали вибухи, у Львові теж.',
        'uk',
        [
          { text: 'Києві', name: 'Kyiv', admin1: 'UA-30' },
          { text: 'Харкові', name: 'Kharkiv', admin1: 'UA-63' },
          { text: 'Львові', name: 'Lviv', admin1: 'UA-46' },
        ],
      ],
      [
        'На Київщині та в Одеській області затримали агентів.',
        'uk',
        [
          { text: 'Київщині', admin1: 'UA-32' },
          { text: 'Одеській області', admin1: 'UA-51' },
        ],
      ],
      ['Під Запоріжжям знищено склад.', 'uk', [{ text: 'Запоріжжям', name: 'Zaporizhzhia', near: true }]],
    ],
  ],
  [
    'ambiguous names resolved by context',
    [
      [
        'A relay cabinet burned in Kirovsk, Murmansk region.',
        'en',
        [
          { text: 'Kirovsk', admin1: 'RU-MUR' },
          { text: 'Murmansk region', admin1: 'RU-MUR' },
        ],
      ],
      [
        'A relay cabinet burned in Kirovsk, Leningrad region.',
        'en',
        [
          { text: 'Kirovsk', admin1: 'RU-LEN' },
          { text: 'Leningrad region', admin1: 'RU-LEN' },
        ],
      ],
      [
        'A relay cabinet burned in Kirovsk.',
        'en',
        [{ text: 'Kirovsk', admin1: 'RU-LEN' }],
        { admin1: ['RU-LEN'], countries: ['RU'] },
      ],
      [
        'A relay cabinet burned in Kirovsk.',
        'en',
        [{ text: 'Kirovsk', admin1: 'RU-MUR' }],
        { admin1: ['RU-MUR'], countries: ['RU'] },
      ],
      [
        'The school in Mirny was searched.',
        'en',
        [{ text: 'Mirny', admin1: 'RU-ARK' }],
        { admin1: ['RU-ARK'], countries: ['RU'] },
      ],
    ],
  ],
  [
    'common words and names that are not places',
    [
      ['Police said Bor residents complained.', 'en', []],
      ['Vladimir Putin spoke; Alexander Pushkin was quoted.', 'en', []],
      ['Мир осудил это, а Победа была далеко.', 'ru', []],
      ['Владимир Путин выступил на улице Кирова.', 'ru', []],
      ['Protesters Marched Through The Centre Of Town Despite A Ban', 'en', []],
      ['Radio Svoboda reported it.', 'en', []],
      ['Marina Ovsyannikova held up a poster.', 'en', []],
      ['The statement by Sofia was read out; Anna and Artem signed it.', 'en', []],
      ['Как заявил Медведев, решение принято; Суровикин и Мария промолчали.', 'ru', []],
      ['Exiles met in Sofia.', 'en', [{ text: 'Sofia', country: 'BG' }]],
      ['Военкомат подожгли в Медведево.', 'ru', [{ text: 'Медведево', name: 'Medvedevo', admin1: 'RU-ME' }]],
      ['Part of the column turned back.', 'en', []],
      ['Мировой суд Октябрьского района оштрафовал активиста.', 'ru', []],
      // a town in -ск named by its adjective before an institution it has; not an adjective elsewhere
      [
        'Бутылку бросили в окно подольского военкомата.',
        'ru',
        [{ text: 'подольского', name: 'Podolsk', adjective: true }],
      ],
      ['Его дело рассмотрит курский суд.', 'ru', [{ text: 'курский', name: 'Kursk', adjective: true }]],
      ['Здание осталось с советского времени.', 'ru', []],
      // a region's popular name ("Белгородщина", "на Брянщине")
      ['Отряды вошли в районы Белгородщины.', 'ru', [{ text: 'Белгородщины', admin1: 'RU-BEL', kind: 'region' }]],
      ['На Брянщине задержали активиста.', 'ru', [{ text: 'Брянщине', admin1: 'RU-BRY', kind: 'region' }]],
      // a district is its centre, near it; after a village it only locates the village
      [
        'В Хасавюртовском районе прошёл сход.',
        'ru',
        [{ name: 'Khasavyurt', admin1: 'RU-DA', near: true }].map((e) => ({ text: 'Хасавюртовском районе', ...e })),
      ],
      ['В селе Эндирей Хасавюртовского района прошёл сход.', 'ru', [{ text: 'Эндирей', name: 'Endirey' }]],
      // a point of the compass names a court's or a district's area, not a town of that name
      ['Теперь его дело рассматривает Южный окружной военный суд.', 'ru', []],
      ['Приговор вынес Центральный окружной военный суд.', 'ru', []],
      // with a settlement word, a town named like a common word is a town
      ['Пикет прошёл в посёлке Мирный.', 'ru', [{ text: 'Мирный', name: 'Mirny' }]],
      ['Lenin Street was blocked; Union leaders went on strike in May.', 'en', []],
      ['Rail Sabotage Spreads As Partisans Target Trains And Police Posts', 'en', []],
      ['Rail Sabotage Spreads Across Siberia As Partisans Target Trains', 'en', [{ text: 'Siberia', country: 'RU' }]],
    ],
  ],
];

describe('findPlaces', () => {
  for (const [group, rows] of cases) {
    describe(group, () => {
      it.each(rows)('%s', (sentence, lang, expected, hints) => {
        const got = brief(sentence, lang, hints);
        expect(got.map((g) => g.text)).toEqual(expected.map((e) => e.text));
        for (const [k, e] of expected.entries()) expect(got[k]).toMatchObject(e);
      });
    });
  }

  it('reports offsets that point at the name', () => {
    const s = 'Arrests in Kazan and Ufa.';
    for (const m of findPlaces(s, 'en')) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it('copes with empty, huge and odd input', () => {
    expect(findPlaces('', 'en')).toEqual([]);
    expect(findPlaces('x'.repeat(50_000) + ' in Kazan', 'en')).toEqual([]);
    expect(findPlaces('in Kazan', 'en', { admin1: undefined as unknown as string[], countries: [] })).toHaveLength(1);
  });
});

describe('documentPlaceHints', () => {
  it('ranks the regions a document names, most-mentioned first', () => {
    const hints = documentPlaceHints(
      [
        'Sabotage on the railway in the Leningrad region.',
        'Investigators in the Leningrad region and in Murmansk opened a case.',
        'Russian officials declined to comment.',
      ],
      'en',
    );
    expect(hints.admin1[0]).toBe('RU-LEN');
    expect(hints.admin1).toContain('RU-MUR');
    expect(hints.countries[0]).toBe('RU');
  });
  it('lets document hints decide an ambiguous town', () => {
    const doc = ['Fires were set in Murmansk Oblast this week.', 'One was in Kirovsk.'];
    const hints = documentPlaceHints(doc, 'en');
    expect(findPlaces(doc[1], 'en', hints)[0].place.admin1).toBe('RU-MUR');
  });
  it("reuses a document's scans for its second pass, with the same places as scanning afresh", () => {
    const doc = ['Fires were set in Murmansk Oblast this week.', 'One was in Kirovsk, another near Apatity.'];
    const scans = new PlaceScans();
    const hints = documentPlaceHints(doc, 'en', scans);
    expect(hints).toEqual(documentPlaceHints(doc, 'en'));
    for (const s of doc) expect(findPlaces(s, 'en', hints, scans)).toEqual(findPlaces(s, 'en', hints));
    // (a scan is the document's: asked again, the same object answers)
    expect(scans.of(doc[1])).toBe(scans.of(doc[1]));
    expect(new PlaceScans().of(doc[1])).not.toBe(scans.of(doc[1]));
  });
});

describe('records by code', () => {
  it.each([
    ['RU-DA', 'Republic of Dagestan', 'Makhachkala'],
    ['UA-43', 'Autonomous Republic of Crimea', 'Simferopol'],
    ['RU-MOS', 'Moscow Oblast', 'Krasnogorsk'],
    ['BY-HO', 'Gomel Region', 'Gomel'],
  ])('regionByIso(%s)', (code, name) => {
    const r = regionByIso(code);
    expect(r).toMatchObject({ name, kind: 'region', admin1: code, country: code.slice(0, 2) });
    expect(r!.lat).toBeTypeOf('number');
  });
  it('countryByIso and unknown codes', () => {
    expect(countryByIso('by')).toMatchObject({ name: 'Belarus', kind: 'country', country: 'BY', lat: null });
    expect(countryByIso('XX')).toBeUndefined();
    expect(regionByIso('RU-XXX')).toBeUndefined();
  });
  it.each([
    ['UA', 'Kyiv', 'UA-30'],
    ['RU', 'Moscow', 'RU-MOW'],
    ['BY', 'Minsk', 'BY-HM'],
    ['US', 'Washington', 'US-DC'],
  ])('seatOf(%s)', (cc, name, admin1) => {
    expect(seatOf(cc)).toMatchObject({ name, admin1, kind: 'settlement', country: cc });
  });
});

describe('ru: the district after a village picks which village of that name', () => {
  it.each([
    ['Протест прошёл в селе Аксай Хасавюртовского района.', 'Aksay', 'RU-DA'],
    ['В селе Эндирей Хасавюртовского района прошёл сход.', 'Endirey', 'RU-DA'],
  ])('%s', (sentence, name, admin1) => {
    expect(findPlaces(sentence, 'ru').map((p) => [p.place.name, p.place.admin1])).toEqual([[name, admin1]]);
  });
});
