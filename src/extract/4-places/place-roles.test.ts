// Place roles: which place phrases can be an act's location. Fixtures in our own words.
import { describe, expect, it } from 'vitest';
import { findPlaces } from './index.js';
import { placeRoles, type PlaceRole } from './place-roles.js';
import { extract } from '../index.js';
import type { Lang } from '../types.js';

const roles = (text: string, lang: Lang) => {
  const found = findPlaces(text, lang);
  const r = placeRoles(text, found, lang);
  return Object.fromEntries(found.map((m, i) => [m.text, r[i]]));
};

describe('placeRoles', () => {
  const rows: [Lang, string, Record<string, PlaceRole>][] = [
    ['en', 'Since the war in Ukraine began, someone has burned cars in Tver.', { Ukraine: 'other', Tver: 'locative' }],
    ['en', 'Amid the invasion of Ukraine, a rally took place in Omsk.', { Ukraine: 'other', Omsk: 'locative' }],
    ['en', 'The governor of the Kursk region said a drone hit a shop.', { 'Kursk region': 'weak' }],
    ['en', 'Belgorod governor Ivanov said a shell hit a house.', { Belgorod: 'weak' }],
    ['en', 'The movement appealed to Minsk to free the prisoners.', { Minsk: 'other' }],
    ['ru', 'После вторжения в Украину в Томске прошли пикеты.', { Украину: 'other', Томске: 'locative' }],
    ['ru', 'Губернатор Курской области сообщил о взрыве.', { 'Курской области': 'weak' }],
    ['ru', 'Активисты обратились к Минску с требованием.', { Минску: 'other' }],
    ['en', 'Trains between Minsk and Chernihiv stopped after a blast.', { Minsk: 'bare', Chernihiv: 'other' }],
    // the war's setting, told as the army's whereabouts, the invaded country or the neighbour
    ['en', 'Partisans slowed the Russian troops in Ukraine by cutting cables.', { Ukraine: 'other' }],
    ['en', 'The unrest began after Russia invaded Ukraine.', { Ukraine: 'other' }],
    ['en', 'A blast hit a depot in a district bordering Belarus.', { Belarus: 'other' }],
    // a capital as the doer stands for its government; a place in a dashed aside clause is the aside's
    ['en', 'Officials said two people died when Kyiv shelled a village on Sunday.', { Kyiv: 'other' }],
    ['en', 'Moscow denies any role in the blast.', { Moscow: 'other' }],
    [
      'en',
      'Women were detained, and their sons – unless they were already in Ukraine – were drafted.',
      { Ukraine: 'other' },
    ],
    ['en', 'Kyiv saw a large rally on Sunday.', { Kyiv: 'bare' }],
    ['en', 'Police – who had come from Omsk – detained them.', { Omsk: 'other' }],
    // an army in a town is a place like any other
    ['en', 'Troops in Kherson fired on the crowd.', { Kherson: 'locative' }],
    ['ru', 'Поезда между Минском и Гомелем остановились после взрыва.', { Минском: 'bare', Гомелем: 'other' }],
    // where a raid or a shell came from is not where it struck
    ['ru', 'Диверсанты проникли в село с украинской территории.', { украинской: 'other' }],
    ['ru', 'Посёлок обстреляли с территории Украины.', { Украины: 'other' }],
    ['en', 'The village was shelled from Ukrainian territory.', { Ukrainian: 'other' }],
    // a legal label's country is where the label holds; a decision told as such keeps its place
    ['ru', 'Житель Омска переводил деньги запрещённой в России организации.', { России: 'other' }],
    ['ru', 'Его судят за участие в структуре, признанной в Белоруссии экстремистской.', { Белоруссии: 'other' }],
    ['ru', 'Он донатил фонду, деятельность которого запрещена в России.', { России: 'other' }],
    ['ru', 'В 2023 году движение было запрещено в России.', { России: 'locative' }],
  ];
  it.each(rows)('%s: %s', (lang, text, want) => {
    expect(roles(text, lang)).toMatchObject(want);
  });
});

describe('whole reports: background places and titles do not place the act', () => {
  const run = (text: string, lang: Lang) =>
    extract({ id: 't', text, published: '2024-03-15', lang }).map((r) => ({
      type: r.type,
      country: r.country,
      admin1: r.admin1,
    }));
  it('a Russian arson told "since the war in Ukraine" stays in Russia', () => {
    const got = run('Since the war in Ukraine began, a man set fire to the enlistment office in Tver on Sunday.', 'en');
    expect(got).toEqual([{ type: 'arson', country: 'RU', admin1: 'RU-TVE' }]);
  });
  it('the same in Russian', () => {
    const got = run('С начала вторжения в Украину мужчина в воскресенье поджёг военкомат в Твери.', 'ru');
    expect(got.filter((r) => r.type === 'arson')).toEqual([{ type: 'arson', country: 'RU', admin1: 'RU-TVE' }]);
  });
});

describe("the document's country is where its acts are, not the war's setting", () => {
  it('an undated arrest with no place of its own is coded in the country the report is about', () => {
    const text =
      'Activists in Belarus keep damaging the railways that carry Russian troops into Ukraine. Supplies sent to Ukraine were delayed, and the war in Ukraine goes on. Rail workers in Belarus say the trains are slower. At least forty saboteurs have been arrested so far.';
    const arrests = extract({ id: 't', text, published: '2024-03-15', lang: 'en' }).filter((r) => r.type === 'arrest');
    expect(arrests.map((r) => r.country)).toEqual(['BY']);
  });
});

describe('institutions are at their seat, not in a town of the same stem', () => {
  const rows: [Lang, string][] = [
    ['ru', 'Верховная Рада приняла закон о мобилизации.'],
    ['ru', 'Депутаты Рады проголосовали за обращение.'],
  ];
  it.each(rows)('%s: %s', (lang, text) => {
    const found = findPlaces(text, lang);
    expect(found.map((m) => m.place.name)).not.toContain('Radom');
    expect(found.map((m) => [m.place.name, m.adjective])).toContainEqual(['Kyiv', true]);
  });
});

describe('several nationalities in one sentence give one country, not one record each', () => {
  it('a court of one country, a citizen of two, a charity of a third', () => {
    const got = extract({
      id: 't',
      text: 'On Tuesday a Russian court sentenced a Russian-American woman to 12 years in prison for a gift to a Ukrainian charity.',
      published: '2024-03-15',
      lang: 'en',
    });
    const arrests = got.filter((r) => r.type === 'arrest');
    expect(arrests.map((r) => r.country)).toEqual(['RU']);
  });
});

describe('ru: a street named after a town, and what a memorial or an anniversary remembers, are not where', () => {
  const roleOf = (s: string, name: string) => {
    const found = findPlaces(s, 'ru');
    const roles = placeRoles(s, found, 'ru');
    return roles[found.findIndex((p) => p.text === name)];
  };
  it.each([
    ['Он бросил бутылку в здание военкомата на улице Московской в Новочеркасске.', 'Московской', 'other'],
    ['Пикет прошёл на Московском проспекте в Твери.', 'Московском', 'other'],
    ['Люди несли цветы в центре Москвы в память о погибших при ударе по дому в Днепре.', 'Днепре', 'other'],
    ['Сотни человек прошли маршем в Тбилиси в годовщину вторжения России в Украину.', 'Украину', 'other'],
    ['Сотни человек прошли маршем в Тбилиси в годовщину вторжения России в Украину.', 'России', 'other'],
    // a memorial phrase with no place told before it keeps its place
    ['Акция в память о Навальном прошла в Москве.', 'Москве', 'locative'],
  ] as [string, string, PlaceRole][])('%s (%s)', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('ru: a railway stretch named by its two ends is told by the first', () => {
  it('на перегоне Осиповичи — Бобруйск', () => {
    const s = 'В ночь на 1 марта на перегоне Осиповичи — Бобруйск неизвестные подожгли релейный шкаф.';
    const found = findPlaces(s, 'ru');
    expect(found.map((p) => p.text)).toEqual(['Осиповичи', 'Бобруйск']);
    expect(placeRoles(s, found, 'ru')).toEqual(['locative', 'other']);
  });
});

describe("ru: 'с начала войны в России' counts acts in Russia; the war in Ukraine stays its setting", () => {
  it.each([
    ['С начала войны в России зафиксировано более 200 поджогов военкоматов.', 'России', 'locative'],
    ['После начала войны в Украине в Москве прошли пикеты.', 'Украине', 'other'],
  ] as [string, string, PlaceRole][])('%s', (s, name, role) => {
    const found = findPlaces(s, 'ru');
    expect(placeRoles(s, found, 'ru')[found.findIndex((p) => p.text === name)]).toBe(role);
  });
});

describe('ru: a line named by its ends beside the place it was hit is only its name', () => {
  it('под Тверью … на линии Москва — Петербург', () => {
    const s = 'Той же ночью под Тверью повреждён кабель связи на линии Москва — Петербург.';
    const found = findPlaces(s, 'ru');
    expect(found.map((p) => p.text)).toEqual(['Тверью', 'Москва', 'Петербург']);
    expect(placeRoles(s, found, 'ru')).toEqual(['locative', 'other', 'other']);
  });
});
