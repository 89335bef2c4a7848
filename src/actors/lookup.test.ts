import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/document.js';
import { canonicalActor, findActors } from './lookup.js';

const names = (s: string, lang: Lang) => findActors(s, lang).map((m) => m.name);

describe('findActors: registry aliases in running text', () => {
  it.each<[string, Lang, string[]]>([
    ['Fighters of the Russian Freedom Legion crossed the border near Belgorod.', 'en', ['Freedom of Russia Legion']],
    [
      'The Legion "Freedom of Russia" and the Free Russia Legion are one unit.',
      'en',
      ['Freedom of Russia Legion', 'Freedom of Russia Legion'],
    ],
    [
      'The LSR and the RVC claimed the raid, as did the NRA.',
      'en',
      ['Freedom of Russia Legion', 'Russian Volunteer Corps', 'National Republican Army'],
    ],
    ['Бойцы Легиона «Свобода России» вошли в село.', 'ru', ['Freedom of Russia Legion']],
    ['Бойцы РДК и ЛСР заявили о рейде.', 'ru', ['Russian Volunteer Corps', 'Freedom of Russia Legion']],
    ['Командир Русского добровольческого корпуса дал интервью.', 'ru', ['Russian Volunteer Corps']],
    ['ОВД-Инфо сообщили о задержаниях; об этом писала Медиазона.', 'ru', ['OVD-Info', 'Mediazona']],
    ['According to OVD-Info and Mediazona, the detainees were beaten.', 'en', ['OVD-Info', 'Mediazona']],
    [
      'Ilya Ponomaryov, Ilya Ponomarjov and Ponomaryev are one man.',
      'en',
      ['Ilya Ponomarev', 'Ilya Ponomarev', 'Ilya Ponomarev'],
    ],
    ['Об этом заявил Илья Пономарёв; с Пономарёвым согласились.', 'ru', ['Ilya Ponomarev', 'Ilya Ponomarev']],
    [
      'The FSB and the Investigative Committee opened a case; Rosgvardia officers searched flats.',
      'en',
      ['Federal Security Service', 'Investigative Committee of Russia', 'Rosgvardia'],
    ],
    ['Сотрудники Управления ФСБ по Башкирии задержали активиста.', 'ru', ['Federal Security Service']],
    [
      'ФСБ, СК и МВД отчитались; Росгвардией задержаны двое.',
      'ru',
      [
        'Federal Security Service',
        'Investigative Committee of Russia',
        'Ministry of Internal Affairs of Russia',
        'Rosgvardia',
      ],
    ],
    [
      "Ukraine's parliament passed the resolution; the Verkhovna Rada voted 300 to 0.",
      'en',
      ['Verkhovna Rada of Ukraine', 'Verkhovna Rada of Ukraine'],
    ],
    ['Верховна Рада ухвалила постанову.', 'uk', ['Verkhovna Rada of Ukraine']],
    [
      "Putin's decree and Lukashenka's speech were criticised by Zelenskyy.",
      'en',
      ['Vladimir Putin', 'Alexander Lukashenko', 'Volodymyr Zelensky'],
    ],
    [
      'Указ подписал Путин; Лукашенко и Зеленский ответили Путину.',
      'ru',
      ['Vladimir Putin', 'Alexander Lukashenko', 'Volodymyr Zelensky', 'Vladimir Putin'],
    ],
    [
      'The Belarusian KGB listed the Cyber Partisans, BYPOL and the Kalinouski Regiment as extremist.',
      'en',
      ['KGB of Belarus', 'Belarusian Cyber Partisans', 'BYPOL', 'Kastus Kalinouski Regiment'],
    ],
    ['Busly Lyatsyats and the Viasna Human Rights Centre reported it.', 'en', ['Busly Lyatsyats', 'Viasna']],
    ['Участники движения «Весна» вышли на пикет; Весна заявила об этом.', 'ru', ['Vesna', 'Vesna']],
    ['Activists of Za Wolną Rosję and of Za Wolna Rosje met in Warsaw.', 'en', ['Za Wolną Rosję', 'Za Wolną Rosję']],
    ['Paul Grod of the Ukrainian World Congress spoke.', 'en', ['Paul Grod', 'Ukrainian World Congress']],
    [
      'The Free Nations of PostRussia Forum met in Gdańsk; Форум свободных народов постРоссии принял декларацию.',
      'en',
      ['Free Nations of Post-Russia Forum', 'Free Nations of Post-Russia Forum'],
    ],
    [
      'Атеш и БОАК взяли на себя ответственность, как и «Останови вагоны».',
      'ru',
      ['Atesh', 'Combat Organization of Anarcho-Communists', 'Stop the Wagons'],
    ],
  ])('%s', (sentence, lang, expected) => {
    expect(names(sentence, lang)).toEqual(expected);
  });
});

describe('findActors: case guards against common words', () => {
  it.each<[string, Lang, string[]]>([
    // abbreviations only in capitals
    ['the fsb and the rdk are written in lower case here', 'en', []],
    ['Они встретились весной у мемориала.', 'ru', []],
    // a common-word alias opening a sentence is not enough
    ['Memorial services were held in the town.', 'en', []],
    ['Весна в этом году ранняя.', 'ru', []],
    ['Its offices were raided, Memorial said.', 'en', ['Memorial']],
    ['The Committee said nothing and the committee met again.', 'en', []],
    ['Police detained Ivan Petrov and Anna Smirnova at the rally.', 'en', []],
  ])('%s', (sentence, lang, expected) => {
    expect(names(sentence, lang)).toEqual(expected);
  });
});

describe('findActors: organisations by naming pattern', () => {
  it.each<[string, Lang, string, string]>([
    ['Members of the Tatar Liberation Front signed it.', 'en', 'Tatar Liberation Front', 'armed_group'],
    ['The Karelian National Movement joined.', 'en', 'Karelian National Movement', 'movement'],
    [
      'A statement by the Committee of the Erzya Resistance followed.',
      'en',
      'Committee of the Erzya Resistance',
      'movement',
    ],
    ['The Circassian Council of Elders met.', 'en', 'Circassian Council of Elders', 'movement'],
    ['The Government of Tatarstan denied it.', 'en', 'Government of Tatarstan', 'state_body'],
    ['The Kuban Cossack Battalion and the Volga Legion fought there.', 'en', 'Kuban Cossack Battalion', 'armed_group'],
    ['THE URAL INDEPENDENCE COMMITTEE said so.', 'en', 'Ural Independence Committee', 'movement'],
    ['Члены Комитета карельского сопротивления собрались.', 'ru', 'Комитет карельского сопротивления', 'movement'],
    ['Сторонники Движения «Свободная Карелия» провели акцию.', 'ru', 'Движение «Свободная Карелия»', 'movement'],
    ['Заявление опубликовал Совет народов Поволжья.', 'ru', 'Совет народов Поволжья', 'movement'],
    ['Участники движения «Свободная Карелия» вышли на акцию.', 'ru', 'Движение «Свободная Карелия»', 'movement'],
    ['В Вильнюсе Антивоенный комитет России провёл встречу.', 'ru', 'Антивоенный комитет России', 'movement'],
    ['Антивоенный комитет России провёл встречу.', 'ru', 'Антивоенный комитет России', 'movement'],
    ["The Congress of People's Deputies met in Warsaw.", 'en', "Congress of People's Deputies", 'movement'],
    ['The Federal Penitentiary Service moved him.', 'en', 'Federal Penitentiary Service', 'state_body'],
    ['Заявление распространил комитет «Вольный Урал».', 'ru', 'Комитет «Вольный Урал»', 'movement'],
  ])('%s', (sentence, lang, name, kind) => {
    const hit = findActors(sentence, lang)[0];
    expect(hit).toMatchObject({ name, kind, pattern: true });
    expect(sentence.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it.each<[string, Lang]>([
    ['The Committee met on Monday.', 'en'],
    ['Members of the committee of experts spoke.', 'en'],
    ['The District Court adjourned.', 'en'],
    ['Yesterday the Council decided nothing.', 'en'],
    ['Opposition Movement leaders gathered.', 'en'],
    ['The Security Council met.', 'en'],
    ['Fighting continued on the Southern Front.', 'en'],
    ['Комитет заявил о новых мерах.', 'ru'],
    ['Совет решил перенести заседание.', 'ru'],
    ['совет директоров собрался', 'ru'],
    ['Новый комитет создан вчера.', 'ru'],
  ])('no organisation in: %s', (sentence, lang) => {
    expect(findActors(sentence, lang)).toEqual([]);
  });
});

describe('findActors: a pattern never swallows a registry name', () => {
  it.each<[string, Lang, string[]]>([
    ['The Government of Tatarstan Vladimir Putin visited.', 'en', ['Government of Tatarstan', 'Vladimir Putin']],
    ['Заявил Совет народов Поволжья Пономарёву.', 'ru', ['Совет народов Поволжья', 'Ilya Ponomarev']],
    ['Верховный суд Башкирии отклонил жалобу.', 'ru', ['Верховный суд Башкирии']],
    ['Суд в Уфе отклонил жалобу.', 'ru', ['суд в Уфе']],
  ])('%s', (sentence, lang, expected) => {
    expect(names(sentence, lang)).toEqual(expected);
  });
});

describe('findActors: courts', () => {
  it.each<[string, Lang, string]>([
    ['The Basmanny District Court remanded him in custody.', 'en', 'Basmanny District Court'],
    ['The Southern District Military Court in Rostov-on-Don sentenced them.', 'en', 'Southern District Military Court'],
    ['A court in Ufa fined the activist.', 'en', 'Ufa court'],
    ['On Friday a Moscow court jailed him.', 'en', 'Moscow court'],
    ['A military court in Rostov-on-Don heard the case.', 'en', 'Rostov-on-Don military court'],
    ['Басманный районный суд арестовал его.', 'ru', 'Basmanny District Court'],
    ['Решение Басманного районного суда обжаловано.', 'ru', 'Basmanny District Court'],
    ['Дело рассмотрит Южный окружной военный суд.', 'ru', 'Southern District Military Court'],
    ['Второй западный окружной военный суд приговорил его.', 'ru', '2nd Western District Military Court'],
    ['Кировский районный суд Екатеринбурга арестовал студента.', 'ru', 'Kirovsky District Court'],
    ['Московский городской суд оставил приговор в силе.', 'ru', 'Moscow City Court'],
    ['Приговор вынес Мосгорсуд.', 'ru', 'Moscow City Court'],
    ['Ленинский районный суд Уфы назначил штраф.', 'ru', 'Leninsky District Court'],
    ['Активиста оштрафовал суд в Уфе.', 'ru', 'суд в Уфе'],
    ['Верховный суд отклонил жалобу.', 'ru', 'Supreme Court of Russia'],
  ])('%s', (sentence, lang, name) => {
    const courts = findActors(sentence, lang).filter((m) => m.kind === 'court');
    expect(courts.map((c) => c.name)).toEqual([name]);
  });

  it.each<[string, Lang]>([
    ['The court adjourned until Monday.', 'en'],
    ['Суд отложил заседание.', 'ru'],
    ['районный суд отказал', 'ru'],
  ])('no named court in: %s', (sentence, lang) => {
    expect(findActors(sentence, lang).filter((m) => m.kind === 'court')).toEqual([]);
  });
});

describe('canonicalActor', () => {
  it.each<[string, string | undefined]>([
    ['RDK', 'Russian Volunteer Corps'],
    ['Русского добровольческого корпуса', 'Russian Volunteer Corps'],
    ['Free Russia Legion', 'Freedom of Russia Legion'],
    ['Ponomarjov', 'Ilya Ponomarev'],
    ['  fsb  ', 'Federal Security Service'],
    ['Legion', undefined],
    ['Ivan Petrov', undefined],
    ['', undefined],
  ])('%s → %s', (alias, name) => {
    expect(canonicalActor(alias)).toBe(name);
  });
});

describe('findActors: offsets and order', () => {
  it('returns non-overlapping mentions in text order whose text is the slice they point to', () => {
    const s =
      'The RDK, the Freedom of Russia Legion and Ilya Ponomarev; Бойцы РДК и Легиона «Свобода России», Мосгорсуд.';
    const found = findActors(s, 'en');
    expect(found.length).toBe(6);
    for (let i = 0; i < found.length; i++) {
      expect(s.slice(found[i].start, found[i].end)).toBe(found[i].text);
      if (i > 0) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    }
  });

  it('copes with an over-long string without throwing', () => {
    const s = 'word '.repeat(10_000) + 'FSB';
    expect(() => findActors(s, 'en')).not.toThrow();
  });
});

describe('Russian case forms of registry names', () => {
  const forms: Array<[string, string[]]> = [
    [
      'Freedom of Russia Legion',
      ['Легион «Свобода России»', 'Легиона «Свобода России»', 'Легионом «Свобода России»', 'Легиону "Свобода России"'],
    ],
    [
      'Russian Volunteer Corps',
      ['Русский добровольческий корпус', 'Русского добровольческого корпуса', 'Русским добровольческим корпусом'],
    ],
    [
      'National Republican Army',
      [
        'Национальная республиканская армия',
        'Национальной республиканской армии',
        'Национальную республиканскую армию',
      ],
    ],
    [
      'Free Nations of Post-Russia Forum',
      [
        'Форум свободных народов постРоссии',
        'Форума свободных народов постРоссии',
        'Форуме свободных народов пост-России',
      ],
    ],
    [
      'Committee of the Bashkir Resistance',
      [
        'Комитет башкирского сопротивления',
        'Комитета башкирского сопротивления',
        'Комитетом башкирского сопротивления',
      ],
    ],
    ['Rosgvardia', ['Росгвардия', 'Росгвардии', 'Росгвардией', 'Росгвардию']],
    ['Investigative Committee of Russia', ['Следственный комитет', 'Следственного комитета', 'Следственным комитетом']],
    ["Prosecutor General's Office of Russia", ['Генпрокуратура', 'Генпрокуратуры', 'Генпрокуратурой']],
    ['Federation Council', ['Совет Федерации', 'Совета Федерации', 'Совете Федерации']],
    ['Verkhovna Rada of Ukraine', ['Верховная рада', 'Верховной рады', 'Верховную раду']],
    ['Novaya Gazeta', ['Новая газета', 'Новой газеты', 'Новую газету']],
    [
      'Anti-Corruption Foundation',
      ['Фонд борьбы с коррупцией', 'Фонда борьбы с коррупцией', 'Фондом борьбы с коррупцией'],
    ],
    ['Free Ingria Movement', ['Свободная Ингрия', 'Свободной Ингрии', 'Свободную Ингрию']],
    ['Ilya Ponomarev', ['Пономарёв', 'Пономарёва', 'Пономарёвым', 'Пономареву']],
    ['Vladimir Putin', ['Путин', 'Путина', 'Путиным', 'Путину']],
    ['Ruslan Gabbasov', ['Руслан Габбасов', 'Руслана Габбасова', 'Русланом Габбасовым']],
    ['Volodymyr Zelensky', ['Зеленский', 'Зеленского', 'Зеленскому']],
  ];
  it.each(forms.flatMap(([name, list]) => list.map((form) => [form, name] as const)))('%s → %s', (form, name) => {
    expect(names(`Об этом сообщили ${form} и другие.`, 'ru')).toEqual([name]);
  });
});

describe('Latin spellings the registry does not list verbatim', () => {
  it.each<[string, string]>([
    ['Aleksey Navalny', 'Alexei Navalny'],
    ['Mikhail Khodorkovskiy', 'Mikhail Khodorkovsky'],
    ['Dmitriy Peskov', 'Dmitry Peskov'],
    ['Sergey Shoigu', 'Sergei Shoigu'],
    ['Rosgvardija', 'Rosgvardia'],
    ['Zelenskyi', 'Volodymyr Zelensky'],
    ['Ruslan Gabasov', 'Ruslan Gabbasov'],
    ['Kastus Kalinouski Regiment', 'Kastus Kalinouski Regiment'],
  ])('%s → %s', (spelling, name) => {
    expect(names(`On Monday ${spelling} spoke.`, 'en')).toEqual([name]);
  });
});
