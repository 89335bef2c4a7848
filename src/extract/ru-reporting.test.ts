// How Russian reports tell acts: table fixtures in our own words, one table per capability
// (word order, the tally form, courts' verbs, what is not a target, what is not an act).
import { describe, it, expect } from 'vitest';
import { findTriggers } from './2-triggers/index.js';
import { extract } from './index.js';
import type { EventRecord } from '../model/event.js';

const live = (s: string) =>
  findTriggers(s, 'ru')
    .filter((t) => !t.irrealis && !t.background)
    .map((t) => t.type);
const run = (text: string, title: string | null = null): EventRecord[] =>
  extract({ id: 't', title, text, published: '2024-05-20', lang: 'ru' });

describe('ru: the tally form "задержано" codes an arrest only with a count of people', () => {
  const rows: [string, string[]][] = [
    ['В субботу в Омске было задержано 14 человек.', ['arrest']],
    ['Всего задержано более сорока участников шествия.', ['arrest']],
    ['Полицией задержано трое подростков.', ['arrest']],
    ['По данным правозащитников, 25 человек было задержано у памятника.', ['arrest']],
    ['Отправление поезда задержано на два часа.', []],
    ['Из-за снегопада задержано 12 рейсов.', []],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arrest')).toEqual(types);
  });
});

describe('ru: a court that sends someone to a colony passes a sentence (arrest)', () => {
  const rows: [string, string[]][] = [
    ['Областной суд отправил 40-летнего жителя Курска на шесть лет в колонию.', ['arrest']],
    ['Суд отправила студентку в колонию общего режима.', ['arrest']],
    // what is sent to a colony without a term or a regime is post, not a person
    ['Волонтёры отправили в колонию письма поддержки.', []],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arrest')).toEqual(types);
  });
  it('keeps the act the sentence was for as its charge, not a second act', () => {
    const got = findTriggers('Районный суд за поджог машины отправил мужчину в колонию на три года.', 'ru');
    expect(got.find((t) => t.type === 'arrest' && !t.background)).toBeDefined();
    expect(got.filter((t) => t.type === 'arson').every((t) => t.background)).toBe(true);
  });
});

describe('ru: free word order puts the complement before the verb', () => {
  const rows: [string, string][] = [
    ['С весны от участия в боях отказались не менее двухсот контрактников.', 'desertion'],
    ['От службы в армии отказались ещё трое мобилизованных.', 'desertion'],
    ['Солдаты отказались от участия в штурме.', 'desertion'],
  ];
  it.each(rows)('%s', (sentence, type) => {
    expect(live(sentence)).toContain(type);
  });
});

describe('ru: railway words are whole words ("путь"), not the stem of "Путин" or "путём"', () => {
  it.each([
    ['Военкомат в Твери подожгли после того, как Путин объявил мобилизацию.', 'arson'],
    ['Его признали виновным в повреждении имущества путём поджога.', null],
    ['Неизвестные подожгли релейный шкаф у путей под Тверью.', 'sabotage'],
    ['Взрыв прогремел на перегоне между двумя станциями.', 'sabotage'],
  ] as const)('%s', (sentence, type) => {
    const got = findTriggers(sentence, 'ru')
      .filter((t) => !t.irrealis && !t.background)
      .map((t) => t.type);
    if (type === null) expect(got.filter((t) => t === 'sabotage' || t === 'arson')).toEqual([]);
    else expect(got).toContain(type);
    if (type === 'arson') expect(got).not.toContain('sabotage');
  });
});

describe('ru: end to end', () => {
  it('codes a court that sent a man to a colony as an arrest placed at its seat', () => {
    const got = run(
      'Ленинский районный суд Саратова за поджог автомобиля полиции отправил местного жителя на пять лет в колонию.',
    );
    expect(got.filter((r) => r.type === 'arrest').map((r) => r.place)).toEqual(['Saratov']);
    expect(got.filter((r) => r.type === 'arson')).toEqual([]);
  });
});

describe('ru: a target noun right after an act is its object, not a second act', () => {
  const rows: [string, string[]][] = [
    // the case the arrest is about is background, and so is what it was about
    ['Двое студентов арестованы по делу о поджоге релейного шкафа.', ['arrest']],
    ['Их подозревают в поджоге двух релейных шкафов.', []],
    // told alone, the noun still codes the act
    ['Утром у станции сгорели релейные шкафы.', ['sabotage', 'sabotage']],
    ['Подростки подожгли релейный шкаф.', ['sabotage', 'sabotage']],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).sort()).toEqual(types);
  });
});

describe("ru: a sentence with no court named is placed at the convict's home (EVENTS.md)", () => {
  const rows: [string, string | null, string][] = [
    ['Жителю Курска дали девять лет лишения свободы за поджог.', 'Kursk', 'RU-KRS'],
    ['В марте к шести годам колонии приговорили жительницу Пермского края.', null, 'RU-PER'],
  ];
  it.each(rows)('%s', (text, place, admin1) => {
    const got = run(text).filter((r) => r.type === 'arrest');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ place, admin1 });
  });
  it("a legal label's country does not displace the convict's home", () => {
    const got = run(
      'Жительнице Тулы дали восемь лет колонии за пожертвования запрещённой в России организации.',
    ).filter((r) => r.type === 'arrest');
    expect(got.map((r) => r.admin1)).toEqual(['RU-TUL']);
  });
  it('but a named court without a seat leaves only the country', () => {
    const got = run('Суд приговорил жительницу Пермского края к шести годам колонии.').filter(
      (r) => r.type === 'arrest',
    );
    expect(got.map((r) => r.admin1)).toEqual([null]);
  });
});

describe('ru: one act told twice is one record', () => {
  it('a detention told at a town and at its region, with the same count', () => {
    const got = run(
      'Четверо студентов задержаны под Тверью по делу о поджоге релейного шкафа.\n\nКак сообщило следственное управление, в Тверской области задержаны четверо студентов, поджигавших релейные шкафы на перегоне.',
    ).filter((r) => r.type === 'arrest');
    expect(got.map((r) => `${r.admin1} ${r.quantity}`)).toEqual(['RU-TVE 4']);
  });
  it('but two counts in one region stay two detentions', () => {
    const got = run('В Твери задержаны четверо студентов.\n\nВ Тверской области задержаны ещё двое активистов.').filter(
      (r) => r.type === 'arrest',
    );
    expect(got).toHaveLength(2);
  });
  it('a fire at relay cabinets and the same fire told as one on the railway', () => {
    const got = run(
      'В Тверской области задержаны двое подростков, поджигавших релейные шкафы.\n\nВсё произошло в апреле: тогда подростки устроили поджог на перегоне.',
    ).filter((r) => r.type === 'sabotage');
    expect(got).toHaveLength(1);
  });
});

describe('ru: explosives or incendiaries found, seized, kept or sold are no blast and no fire', () => {
  const rows: [string, string[]][] = [
    ['При обыске у мужчины изъяли две гранаты и патроны.', []],
    ['В лесу под Курском обнаружили и обезвредили самодельное взрывное устройство.', []],
    ['Его обвиняют в хранении бутылок с зажигательной смесью.', []],
    ['Студент продал гранату знакомому.', []],
    // used, they are acts
    ['Ночью у здания суда сработало взрывное устройство.', ['explosion']],
    ['Неизвестный бросил гранату в окно отдела полиции.', ['explosion']],
    ['Подросток бросил в окно бутылку с зажигательной смесью.', ['arson']],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'explosion' || t === 'arson')).toEqual(types);
  });
});

describe('ru: a gas blast is an accident, not an explosion to code', () => {
  it.each([
    ['В жилом доме в Твери произошёл взрыв бытового газа.', []],
    ['Взрыв газа разрушил подъезд пятиэтажки.', []],
    ['У здания военкомата прогремел взрыв.', ['explosion']],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'explosion')).toEqual(types);
  });
});

describe('ru: what a court found a convict guilty of is the charge, not a second act', () => {
  it('codes the sentence only', () => {
    const got = findTriggers(
      'Суд признал его виновным в повреждении железнодорожных путей и приговорил к пяти годам.',
      'ru',
    );
    expect(got.filter((t) => !t.background && !t.irrealis).map((t) => t.type)).toEqual(['arrest']);
  });
});

describe('ru: "the suspect" as the subject is no charge cue; "suspected of" is', () => {
  const rows: [string, string[]][] = [
    ['Подозреваемый швырнул в окно полиции бутылку с зажигательной смесью.', ['arson']],
    ['Обвиняемая бросила в дверь коктейль Молотова.', ['arson']],
    ['Задержана женщина, подозреваемая в поджоге автомобиля.', []],
    ['Их подозревают сразу в трёх поджогах.', []],
    ['Студента обвиняют в поджоге релейного шкафа.', []],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arson' || t === 'sabotage')).toEqual(types);
  });
});

describe("ru: a paragraph's place stays in force while its sentences name no other", () => {
  it('through a sentence whose act takes the place from the one before', () => {
    const got = run(
      'Вечером 12 мая в Туапсе мужчина бросил в здание военкомата бутылку с зажигательной смесью. Коктейль Молотова до окон не долетел и разбился о стену. Мужчину задержали и завели уголовное дело.',
    ).filter((r) => r.type === 'arrest');
    expect(got.map((r) => r.place)).toEqual(['Tuapse']);
  });
  it("not a place guessed from an actor's seat: the next sentence does not inherit it", () => {
    const got = extract({
      id: 't',
      title: null,
      lang: 'en',
      published: '2024-03-04',
      text: 'March 3, 2024\n\nIn the republic, offices of Duma parties and draft offices are being set on fire, and men are urged to hide. Nationalists from the region have announced that they are creating an armed resistance.',
    }).filter((r) => r.type !== 'statement');
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((r) => r.place)).not.toContain('Moscow');
  });
});

describe('ru: a fire caused by an incendiary is an arson', () => {
  it.each([
    ['Пожар в здании администрации начался из-за брошенной бутылки с зажигательной смесью.', ['arson']],
    ['Возгорание произошло от коктейля Молотова, брошенного в окно.', ['arson']],
    ['Пожар начался из-за неисправной проводки.', []],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arson')).toEqual(types);
  });
});

describe('ru: a fire that befell an enlistment office is an arson, unless an accident is its cause', () => {
  it.each([
    ['Ночью в Омске загорелось здание военного комиссариата.', ['arson']],
    ['Под утро в военкомате Читы случился пожар.', ['arson']],
    ['В здании военкомата на первом этаже вспыхнул пожар.', ['arson']],
    ['Пожар в военкомате возник из-за короткого замыкания в щитовой.', []],
    ['Ночью в Омске загорелся склад стройматериалов.', []],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arson')).toEqual(types);
  });
  it('told first as a fire and then by its cause, it is one arson dated by the fire', () => {
    const got = run(
      'В ночь на 3 мая в Кинешме загорелось здание военкомата. Пожар, как выяснилось, начался из-за бутылки с зажигательной смесью.',
    ).filter((r) => r.type === 'arson');
    expect(got.map((r) => `${r.date} ${r.place}`)).toEqual(['2024-05-03 Kineshma']);
  });
});

describe('ru: "осудил" is a court\'s sentence with a court or a term, else a condemnation', () => {
  const rows: [string, string][] = [
    ['Областной суд осудил студента на шесть лет колонии.', 'arrest'],
    ['Верховный суд Чувашии осудил активистку.', 'arrest'],
    ['Её осудили к четырём годам лишения свободы.', 'arrest'],
    ['Комитет солдатских матерей осудил мобилизацию.', 'statement'],
  ];
  it.each(rows)('%s', (sentence, type) => {
    const got = findTriggers(sentence, 'ru').find((t) => /осуд/i.test(t.text));
    expect(got?.type).toBe(type);
  });
});

describe('ru: habitual statements tell no single act', () => {
  it.each([
    ['Активистов время от времени задерживают у памятника.', []],
    ['Нередко полиция задерживает пикетчиков прямо у входа.', []],
    ['Вчера полиция задержала пикетчика у входа.', ['arrest']],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arrest')).toEqual(types);
  });
});

describe('ru: a stem ends where another word begins (a pointer is no decree, a conscript no call)', () => {
  const rows: [string, string[]][] = [
    // "указ" the decree, not "указка" (an instruction) or "указал" (pointed out)
    ['Он признался, что действовал по указке неизвестного куратора.', []],
    ['Как указал суд, вина подсудимого доказана.', []],
    ['Президент подписал указ о мобилизации.', ['policy']],
    // a label on a name is no decision taken now; the short passive is
    ['Он переводил деньги запрещённой в России организации.', []],
    ['Его задержали за пост о структуре, признанной экстремистской.', []],
    ['В марте движение было признано экстремистским.', ['policy']],
    ['Пикет у мэрии был запрещён властями.', ['policy']],
    ['Согласованный митинг прошёл без санкционированных шествий.', []],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'policy')).toEqual(types);
  });
  it.each([
    ['На сборный пункт привезли новых призывников.', []],
    ['Весенний призыв начнётся в апреле.', []],
    ['Движение выступило с призывом к бойкоту.', ['statement']],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'statement')).toEqual(types);
  });
});

describe('ru: "Главное управление разведки" is Ukraine\'s military intelligence, not the Russian ministry', () => {
  it('a statement by its spokesman is placed at its seat in Kyiv', () => {
    const got = run(
      'Об операции в приграничье заявил представитель Главного управления разведки Минобороны Павел Сидоренко.',
    ).filter((r) => r.type === 'statement');
    expect(got.map((r) => `${r.country} ${r.actors.join(',')}`)).toEqual([
      'UA Main Intelligence Directorate of Ukraine',
    ]);
  });
});

describe('ru: fighting told as battles, an assault, or villages taken is an armed attack', () => {
  const rows: [string, string[]][] = [
    ['Утром стало известно о боях в трёх сёлах приграничного района.', ['armed_attack']],
    ['В посёлке второй день идут бои.', ['armed_attack']],
    ['Отряд сообщил, что сейчас идёт штурм районного центра.', ['armed_attack']],
    ['Добровольцами заняты два села у границы.', ['armed_attack']],
    // fighting as a soldier's background or what he refuses is no act here
    ['Её муж погиб в боях под Бахмутом.', []],
    ['От участия в боях отказались ещё трое.', []],
    // police who free hostages or a court that frees a man take no village
    ['Полицейские освободили заложников.', []],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'armed_attack')).toEqual(types);
  });
  it('a raid "from Ukrainian territory" stays in the region told before, and an assault "now" is dated', () => {
    const got = run(
      'Утром стало известно о боях в двух сёлах Курской области. Сообщалось, что в сёла с украинской территории проникли диверсионно-разведывательные группы. Сейчас идёт штурм посёлка.',
    ).filter((r) => r.type === 'armed_attack');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((r) => r.admin1 === 'RU-KRS')).toBe(true);
    expect(got.map((r) => r.date)).toContain('2024-05-20');
  });
});

describe('ru: an arrest of one person told in the singular counts one person', () => {
  const count = (text: string) =>
    run(text)
      .filter((r) => r.type === 'arrest')
      .map((r) => r.quantity);
  const rows: [string, (number | null)[]][] = [
    ['В Омске задержан мужчина, поджёгший дверь военкомата.', [1]],
    ['Вечером в Омске полицейские задержали подозреваемую.', [1]],
    ['Жительницу Твери приговорили к шести годам колонии.', [1]],
    ['Суд отправил 24-летнего местного жителя в колонию на три года.', [1]],
    // a count the text gives wins; two people are not one; "ещё одна" ends a list of several
    ['В Омске задержаны трое студентов.', [3]],
    ['В Омске задержали мужчину и женщину.', [null]],
    ['В Омске задержали двух активистов и ещё одну девушку.', [2]],
    ['В Омске задержали участников пикета.', [null]],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(count(text)).toEqual(want);
  });
  it('one act told in the singular and with a count keeps the count', () => {
    expect(count('В Омске задержаны двое подростков. Позже задержанного подростка отпустили.')).toEqual([2]);
  });
});

describe('ru: a collective numeral counts people, whatever noun follows; "двоих других" are the rest of a group', () => {
  const count = (text: string) =>
    run(text)
      .filter((r) => r.type === 'arrest')
      .map((r) => r.quantity);
  it.each([
    ['Вечером в Москве троих анархистов задержали у входа в метро.', [3]],
    ['В Москве задержаны трое нацболов.', [3]],
  ] as const)('%s', (text, want) => {
    expect(count(text)).toEqual(want);
  });
  it('the rest of a group counted before is no new detention', () => {
    expect(
      count(
        'В Томске задержаны четверо студентов. Одного из них арестовали, троих других отправили под домашний арест.',
      ),
    ).toEqual([4]);
  });
});

describe('ru: bottles and stones are the means of an act, not its count', () => {
  it.each([
    ['Ночью в Твери в окно военкомата бросили две бутылки с зажигательной смесью.'],
    ['В Туле в дверь отдела полиции полетели три коктейля Молотова.'],
  ])('%s', (text) => {
    expect(
      run(text)
        .filter((r) => r.type === 'arson')
        .map((r) => r.quantity),
    ).toEqual([null]);
  });
});

describe('ru: the words on a placard are what a protester held, not graffiti of their own', () => {
  it.each([
    ['Плакаты у пикетчиков были с надписями «Миру мир».', []],
    ['Она стояла с транспарантом с надписью против войны.', []],
    ['На заборе части появилась надпись «Нет войне».', ['other']],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'other')).toEqual(types);
  });
});

describe('ru: a detention and the criminal case opened over it are one record, told by the detention', () => {
  it('keeps the detention as the evidence', () => {
    const got = run(
      'В воскресенье в Туле подожгли релейный шкаф. По этому факту завели уголовное дело. Вскоре подозреваемых нашли и задержали.',
    ).filter((r) => r.type === 'arrest');
    expect(got.map((r) => r.evidence)).toEqual(['Вскоре подозреваемых нашли и задержали.']);
  });
});

describe('ru: detention tallies by city give each city its own count', () => {
  const arrests = (text: string) =>
    run(text)
      .filter((r) => r.type === 'arrest')
      .map((r) => `${r.place} ${r.quantity}`);
  const rows: [string, string[]][] = [
    // the first city's count follows its verb, the others' follow a dash
    ['В субботу в Омске задержаны 25 человек, в Томске — 9.', ['Omsk 25', 'Tomsk 9']],
    ['В субботу в Омске на пикетах задержали 25 человек, в Томске — 9.', ['Omsk 25', 'Tomsk 9']],
    // a count and the next city's place in one stretch between dashes
    ['В субботу в Омске задержали 25 человек, в Томске — 9, в Барнауле — 4.', ['Omsk 25', 'Tomsk 9', 'Barnaul 4']],
    // an act "of memory" ("акции памяти") is no background to the detentions at it
    ['В субботу в Омске на акциях памяти задержаны 25 человек.', ['Omsk 25']],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(arrests(text)).toEqual(want);
  });
  it("the rallies take none of the detainees' counts", () => {
    const got = run('В субботу на акциях в Омске задержали 25 человек, в Томске — 9.').filter(
      (r) => r.type === 'protest',
    );
    expect(got.map((r) => r.quantity)).toEqual([null, null]);
  });
});

describe('ru: a trial or a sentence is an arrest record of its own, apart from the detention before it', () => {
  it.each([
    ['В четверг в Уфе начался суд над активистом.', ['arrest']],
    ['Теперь его судят за теракт.', ['arrest']],
    ['Дело студентки рассматривает областной суд.', ['arrest']],
    ['Суд рассмотрел ходатайство защиты.', []],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arrest')).toEqual(types);
  });
  it('a detention and a later trial of the same man are two records', () => {
    const got = run(
      'В ночь на 3 мая в Омске подожгли военкомат. Подозреваемого задержали в тот же день. Сейчас его дело рассматривает военный суд.',
    ).filter((r) => r.type === 'arrest');
    expect(got).toHaveLength(2);
  });
  it('but a court that sends the detainees into custody is part of their detention', () => {
    const got = run(
      'В Омске задержаны трое студентов. Суд отправил одного из них под стражу, двоих — под домашний арест.',
    ).filter((r) => r.type === 'arrest');
    expect(got.map((r) => r.quantity)).toEqual([3]);
  });
});

describe('ru: "накануне" is the day before the last day told, or before publication when none is', () => {
  const dates = (text: string) => run(text).map((r) => `${r.type} ${r.date}`);
  it.each([
    ['Накануне в Омске задержали активиста.', ['arrest 2024-05-19']],
    [
      'В ночь на 12 мая в Твери подожгли военкомат. Накануне там задержали активиста.',
      ['arson 2024-05-12', 'arrest 2024-05-11'],
    ],
  ] as const)('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
});

describe('ru: acts named as a kind ("поджоги стали формой протеста") and "в знак протеста" tell no act', () => {
  const rows: [string, string[]][] = [
    ['Поджоги военкоматов стали привычной формой протеста.', []],
    ['Поджоги релейных шкафов остаются популярным способом борьбы с войной.', []],
    // the kind's word is no protest, but the act it tells the motive of stands
    ['В знак протеста студент поджёг дверь военкомата.', ['arson']],
    ['Ночью подожгли военкомат, и это стало символом протеста.', ['arson']],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t !== 'policy')).toEqual(types);
  });
});

describe('ru: trends and habits ("поджоги участились", "почти каждую неделю") tell no act', () => {
  const rows: [string, string[]][] = [
    ['Диверсии на железных дорогах участились с весны.', []],
    ['Число поджогов военкоматов заметно выросло за год.', []],
    ['Атаки беспилотников на приграничные сёла стали регулярными.', []],
    ['Задержания за антивоенные посты случаются почти каждую неделю.', []],
    // a tally that rose to a number is a count of one act, and stays
    ['Число задержанных в Омске выросло до 40 человек.', ['arrest']],
    ['В пятницу в Омске задержали двух активистов.', ['arrest']],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t !== 'policy' && t !== 'statement')).toEqual(types);
  });
});

describe('ru: "по состоянию на вечер воскресенья" is when a count was taken, not when the detentions were', () => {
  it('the detentions keep the day of the rallies', () => {
    const got = run(
      'В субботу, 18 мая, в Омске прошли акции памяти. По состоянию на вечер воскресенья в Омске задержаны 12 человек.',
    ).filter((r) => r.type === 'arrest');
    expect(got.map((r) => r.date)).toEqual(['2024-05-18']);
  });
});

describe('ru: requests, warnings and appeals tell no act; a term "до 12 июня" is no act date', () => {
  const rows: [string, string[]][] = [
    ['Прокурор запросил для студента шесть лет колонии.', []],
    ['МВД предупредило, что участники шествия будут задержаны.', []],
    ['Защита обжаловала приговор в областном суде.', []],
    ['Суд приговорил студента к шести годам колонии.', ['arrest']],
  ];
  it.each(rows)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arrest' || t === 'protest')).toEqual(types);
  });
  it('a custody extended "до 12 июня" is not dated 12 June', () => {
    const got = run('Суд в Омске продлил арест обвиняемому до 12 июня.').filter((r) => r.type === 'arrest');
    expect(got.map((r) => r.date)).toEqual([null]);
  });
});

describe('ru: a report of refusal ("рапорт об отказе") is a refusal to fight', () => {
  it.each([
    ['Мобилизованный подал рапорт об отказе участвовать в боевых действиях.', ['desertion']],
    ['Контрактник написал рапорт о том, что больше не хочет воевать.', ['desertion']],
    ['Полицейский подал рапорт об увольнении.', []],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'desertion')).toEqual(types);
  });
});

describe('ru: a case opened against someone ("возбудили дело", "завели дело") is an arrest record', () => {
  it.each([
    ['Против блогера возбудили дело о фейках об армии.', ['arrest']],
    ['На активистку завели дело о дискредитации армии.', ['arrest']],
    ['Возбуждено дело о поджоге военкомата.', ['arrest']],
    ['Он завёл дневник и делал записи.', []],
  ] as const)('%s', (sentence, types) => {
    expect(live(sentence).filter((t) => t === 'arrest')).toEqual(types);
  });
});

describe('ru: a fire "стало известно" on one day and told again by the day it happened is one act', () => {
  it('one sabotage, dated by the act, not by the news or by the paragraph before', () => {
    const got = run(
      'В среду в Казани задержали двух активистов.\n\nВ пятницу стало известно о поджоге релейного шкафа под Тулой. По данным канала, поджог произошёл в ночь на четверг.',
    ).filter((r) => r.type === 'sabotage' || r.type === 'arson');
    expect(got.map((r) => `${r.type} ${r.date}`)).toEqual(['sabotage 2024-05-16']);
  });
  it('but a car set on fire beside a relay cabinet on the same day stays an arson', () => {
    const got = run('В четверг под Тулой подожгли релейный шкаф. В тот же день там сожгли автомобиль чиновника.').map(
      (r) => r.type,
    );
    expect(got).toContain('arson');
  });
});

describe("ru: a court's town told before its act is where the act was, not the town of the rally it concerns", () => {
  it("one arrest, in the court's town", () => {
    const got = run('Суд в Уфе арестовал троих участников акции в Баймаке.').filter((r) => r.type === 'arrest');
    expect(got.map((r) => `${r.place} ${r.quantity}`)).toEqual(['Ufa 3']);
  });
});
