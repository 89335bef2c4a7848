import { describe, expect, it } from 'vitest';
import type { Lang } from '../../model/document.js';
import { documentDates, findDates } from './index.js';

/** [text, date, date_end, precision, relative] of each mention, in order. */
type Expected = Array<[string, string | null, string | null, 'day' | 'month' | 'year' | 'range', boolean]>;
type Case = [Lang, string, string | null, Expected];

const PUB = '2022-10-05'; // a Wednesday

function run([lang, sentence, published]: Case) {
  return findDates(sentence, { lang, published }).map((m) => {
    expect(sentence.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.date, m.date_end, m.precision, m.relative];
  });
}

const english: Case[] = [
  ['en', 'On Monday riot police dispersed the picket.', PUB, [['Monday', '2022-10-03', null, 'day', true]]],
  ['en', 'The strike was held on Wednesday.', PUB, [['Wednesday', '2022-10-05', null, 'day', true]]],
  ['en', 'On Thursday the court ruled.', PUB, [['Thursday', '2022-09-29', null, 'day', true]]],
  [
    'en',
    'Workers walked out from 21 to 25 September.',
    PUB,
    [['from 21 to 25 September', '2022-09-21', '2022-09-25', 'range', false]],
  ],
  [
    'en',
    'Pickets continued between 3 and 7 August 2021.',
    PUB,
    [['between 3 and 7 August 2021', '2021-08-03', '2021-08-07', 'range', false]],
  ],
  [
    'en',
    'The camp stood from 28 February to 3 March.',
    PUB,
    [['from 28 February to 3 March', '2022-02-28', '2022-03-03', 'range', false]],
  ],
  ['en', 'The camp stood from March 3 to 9.', PUB, [['from March 3 to 9', '2022-03-03', '2022-03-09', 'range', false]]],
  [
    'en',
    'Since 24 February, about 16,000 people have been detained.',
    PUB,
    [['Since 24 February', '2022-02-24', PUB, 'range', true]],
  ],
  [
    'en',
    'Since February 24, 2022 the group has counted arrests.',
    PUB,
    [['Since February 24, 2022', '2022-02-24', PUB, 'range', true]],
  ],
  ['en', 'The rallies started in September 2022.', null, [['September 2022', '2022-09', null, 'month', false]]],
  ['en', 'The law was passed in 2021.', null, [['in 2021', '2021', null, 'year', false]]],
  ['en', 'He was arrested on August 31, 2022 in Tver.', null, [['August 31, 2022', '2022-08-31', null, 'day', false]]],
  ['en', 'The verdict came on April 18,2024.', null, [['April 18,2024', '2024-04-18', null, 'day', false]]],
  ['en', 'September 25 brought new detentions.', PUB, [['September 25', '2022-09-25', null, 'day', false]]],
  ['en', 'September 25 brought new detentions.', null, [['September 25', null, null, 'day', false]]],
  ['en', 'Arson attacks peaked in mid-March.', PUB, [['in mid-March', '2022-03', null, 'month', false]]],
  ['en', 'In early September students protested.', PUB, [['In early September', '2022-09', null, 'month', false]]],
  [
    'en',
    'The office was searched at the end of May 2021.',
    PUB,
    [['at the end of May 2021', '2021-05', null, 'month', false]],
  ],
  ['en', 'The blogger was detained yesterday.', PUB, [['yesterday', '2022-10-04', null, 'day', true]]],
  ['en', 'The blogger was detained yesterday.', null, [['yesterday', null, null, 'day', true]]],
  ['en', 'Three activists were fined last week.', PUB, [['last week', '2022-09-26', '2022-10-02', 'range', true]]],
  ['en', 'Three activists were fined this week.', PUB, [['this week', '2022-10-03', PUB, 'range', true]]],
  // a Tuesday: the weekend's news is still this week's
  [
    'en',
    'Three activists were fined this week.',
    '2022-10-04',
    [['this week', '2022-10-01', '2022-10-04', 'range', true]],
  ],
  [
    'en',
    'A rail relay box burned on the night of 23 to 24 June.',
    PUB,
    [['on the night of 23 to 24 June', '2022-06-24', null, 'day', false]],
  ],
  ['en', 'A depot burned overnight into June 24.', PUB, [['overnight into June 24', '2022-06-24', null, 'day', false]]],
  ['en', 'Police detained 24 people on Feb. 24, 2023.', null, [['Feb. 24, 2023', '2023-02-24', null, 'day', false]]],
  ['en', 'Today the court extended his arrest.', PUB, [['Today', PUB, null, 'day', true]]],
  ['en', 'Two years ago he left the country.', PUB, [['Two years ago', '2020', null, 'year', true]]],
  ['en', 'Protesters may gather in May.', PUB, [['May', '2022-05', null, 'month', false]]],
  ['en', 'The date was 24.06.2022.', null, [['24.06.2022', '2022-06-24', null, 'day', false]]],
];

const russian: Case[] = [
  ['ru', 'Суд вынес приговор 25 сентября.', PUB, [['25 сентября', '2022-09-25', null, 'day', false]]],
  ['ru', 'В ночь на 24 июня сгорел релейный шкаф.', PUB, [['В ночь на 24 июня', '2022-06-24', null, 'day', false]]],
  [
    'ru',
    'В ночь с 23 на 24 июня неизвестные подожгли военкомат.',
    PUB,
    [['В ночь с 23 на 24 июня', '2022-06-24', null, 'day', false]],
  ],
  ['ru', 'В понедельник полиция задержала пикетчицу.', PUB, [['понедельник', '2022-10-03', null, 'day', true]]],
  [
    'ru',
    'Забастовка шла с 21 по 25 сентября.',
    PUB,
    [['с 21 по 25 сентября', '2022-09-21', '2022-09-25', 'range', false]],
  ],
  ['ru', 'В начале сентября прошли обыски.', PUB, [['В начале сентября', '2022-09', null, 'month', false]]],
  ['ru', 'Его задержали 24.06.2022 в Туле.', null, [['24.06.2022', '2022-06-24', null, 'day', false]]],
  ['ru', 'С 24 февраля задержаны более 16 тысяч человек.', PUB, [['С 24 февраля', '2022-02-24', PUB, 'range', true]]],
  ['ru', 'Вчера в Перми прошёл пикет.', PUB, [['Вчера', '2022-10-04', null, 'day', true]]],
  ['ru', 'Позавчера в Перми прошёл пикет.', PUB, [['Позавчера', '2022-10-03', null, 'day', true]]],
  [
    'ru',
    'На прошлой неделе суд арестовал двоих.',
    PUB,
    [['На прошлой неделе', '2022-09-26', '2022-10-02', 'range', true]],
  ],
  // this week: the week so far; early in a week with the weekend before it, never a single day
  ['ru', 'На этой неделе суд арестовал двоих.', PUB, [['На этой неделе', '2022-10-03', PUB, 'range', true]]],
  [
    'ru',
    'На этой неделе суд арестовал двоих.',
    '2022-10-03', // a Monday
    [['На этой неделе', '2022-10-01', '2022-10-03', 'range', true]],
  ],
  ['ru', 'Закон приняли в 2021 году.', null, [['в 2021 году', '2021', null, 'year', false]]],
  ['ru', 'Акции начались в сентябре 2022 года.', null, [['сентябре 2022 года', '2022-09', null, 'month', false]]],
  ['ru', 'Приговор вынесли 3 марта 2022 г. в Казани.', null, [['3 марта 2022 г.', '2022-03-03', null, 'day', false]]],
  ['ru', 'Сегодня суд продлил арест.', PUB, [['Сегодня', PUB, null, 'day', true]]],
  ['ru', 'В субботу в Москве задержали 33 человека.', null, [['субботу', null, null, 'day', true]]],
  ['ru', 'Пикеты прошли в конце мая.', PUB, [['в конце мая', '2022-05', null, 'month', false]]],
];

const ukrainian: Case[] = [
  ['uk', 'Вибух стався 24 червня.', PUB, [['24 червня', '2022-06-24', null, 'day', false]]],
  ['uk', 'З 24 лютого затримано сотні людей.', PUB, [['З 24 лютого', '2022-02-24', PUB, 'range', true]]],
  ['uk', 'Вчора поліція затримала двох.', PUB, [['Вчора', '2022-10-04', null, 'day', true]]],
  ['uk', 'У понеділок суд виніс вирок.', PUB, [['понеділок', '2022-10-03', null, 'day', true]]],
  ['uk', 'В ніч на 24 червня згорів склад.', PUB, [['В ніч на 24 червня', '2022-06-24', null, 'day', false]]],
  ['uk', 'Це сталося 5 березня 2023 року.', null, [['5 березня 2023 року', '2023-03-05', null, 'day', false]]],
  ['uk', 'Минулого тижня пройшли обшуки.', PUB, [['Минулого тижня', '2022-09-26', '2022-10-02', 'range', true]]],
];

const periods: Case[] = [
  ['en', 'Last month the group recorded 40 arrests.', PUB, [['Last month', '2022-09', null, 'month', true]]],
  ['en', 'Earlier this month police raided the office.', PUB, [['Earlier this month', '2022-10', null, 'month', true]]],
  ['en', 'Last year the law was tightened.', PUB, [['Last year', '2021', null, 'year', true]]],
  ['en', 'Last month he was fined.', '2023-01-10', [['Last month', '2022-12', null, 'month', true]]],
  ['ru', 'В прошлом году закон ужесточили.', PUB, [['В прошлом году', '2021', null, 'year', true]]],
  ['ru', 'В этом месяце прошли обыски.', PUB, [['В этом месяце', '2022-10', null, 'month', true]]],
  ['uk', 'Торік суд виніс вирок.', PUB, [['Торік', '2021', null, 'year', true]]],
  [
    'en',
    'Between 2014 and 2022, 300 people were jailed.',
    PUB,
    [['Between 2014 and 2022', '2014', '2022', 'range', false]],
  ],
  ['ru', 'В 2014–2022 годах осуждены сотни людей.', PUB, [['2014–2022 годах', '2014', '2022', 'range', false]]],
  ['en', 'Arson attacks grew in the summer of 2022.', PUB, [['summer of 2022', '2022-06', '2022-08', 'range', false]]],
  ['ru', 'Летом 2022 года пикеты продолжились.', PUB, [['Летом 2022 года', '2022-06', '2022-08', 'range', false]]],
  ['en', 'The hearing is set for next Monday.', PUB, [['next Monday', '2022-10-10', null, 'day', true]]],
  ['ru', 'Три дня назад его задержали.', PUB, [['Три дня назад', '2022-10-02', null, 'day', true]]],
  ['en', 'At 10 am on Tuesday police came.', PUB, [['Tuesday', '2022-10-04', null, 'day', true]]],
  ['en', 'On Saturday, September 24, police detained 30.', PUB, [['September 24', '2022-09-24', null, 'day', false]]],
  [
    'ru',
    'Забастовки 21–25 сентября и 1-3 октября.',
    PUB,
    [
      ['21–25 сентября', '2022-09-21', '2022-09-25', 'range', false],
      ['1-3 октября', '2022-10-01', '2022-10-03', 'range', false],
    ],
  ],
];

const otherForms: Case[] = [
  ['en', 'He was detained on the 5th of May.', PUB, [['5th of May', '2022-05-05', null, 'day', false]]],
  ['en', 'He was detained on May 5th.', PUB, [['May 5th', '2022-05-05', null, 'day', false]]],
  [
    'en',
    'The mobilisation announced on Sept. 21 sparked protests.',
    PUB,
    [['Sept. 21', '2022-09-21', null, 'day', false]],
  ],
  ['en', 'Shots were heard last night.', PUB, [['last night', '2022-10-04', null, 'day', true]]],
  ['en', 'Posted 2022-09-18 19:44:00 by the editors.', null, [['2022-09-18', '2022-09-18', null, 'day', false]]],
  ['en', 'The vote took place on 2022-09-18.', null, [['2022-09-18', '2022-09-18', null, 'day', false]]],
  ['en', 'Since 2014 the group has been banned.', null, [['Since 2014', '2014', null, 'range', true]]],
  ['en', 'Three activists were fined last week.', null, [['last week', null, null, 'range', true]]],
  ['ru', 'Пожар произошёл в ночь на субботу.', PUB, [['субботу', '2022-10-01', null, 'day', true]]],
  ['ru', 'С марта 2022 года возбуждено 200 дел.', PUB, [['С марта 2022 года', '2022-03', PUB, 'range', true]]],
  ['ru', 'Суд пройдёт в следующий вторник.', PUB, [['в следующий вторник', '2022-10-11', null, 'day', true]]],
  [
    'en',
    'Strikes went on from March to May 2022.',
    PUB,
    [['from March to May 2022', '2022-03', '2022-05', 'range', false]],
  ],
  [
    'en',
    'Strikes went on from November to February.',
    PUB,
    [['from November to February', '2021-11', '2022-02', 'range', false]],
  ],
  [
    'ru',
    'С марта по май 2022 года шли обыски.',
    PUB,
    [['С марта по май 2022 года', '2022-03', '2022-05', 'range', false]],
  ],
  ['en', 'The strike has gone on since Monday.', PUB, [['since Monday', '2022-10-03', PUB, 'range', true]]],
  ['uk', 'Акція відбулася у п’ятницю.', PUB, [['п’ятницю', '2022-09-30', null, 'day', true]]],
  [
    'ru',
    'Его задержали 24-го февраля 2022 года.',
    null,
    [['24-го февраля 2022 года', '2022-02-24', null, 'day', false]],
  ],
  ['ru', 'Суды прошли 1 и 2 октября.', PUB, [['1 и 2 октября', '2022-10-01', '2022-10-02', 'range', false]]],
  ['uk', 'Влітку 2023 року пройшли обшуки.', PUB, [['Влітку 2023 року', '2023-06', '2023-08', 'range', false]]],
];

const yearRollback: Case[] = [
  ['en', 'The fire broke out on December 28.', '2023-01-05', [['December 28', '2022-12-28', null, 'day', false]]],
  ['en', 'The fire broke out on January 3.', '2023-01-05', [['January 3', '2023-01-03', null, 'day', false]]],
  ['ru', 'Пожар начался 28 декабря.', '2023-01-05', [['28 декабря', '2022-12-28', null, 'day', false]]],
  [
    'en',
    'A strike ran from 28 December to 3 January.',
    '2023-01-05',
    [['from 28 December to 3 January', '2022-12-28', '2023-01-03', 'range', false]],
  ],
  ['en', 'Students protested in December.', '2023-01-05', [['December', '2022-12', null, 'month', false]]],
  ['en', 'On Sunday the rally resumed.', '2023-01-02', [['Sunday', '2023-01-01', null, 'day', true]]],
  ['en', 'On Friday the rally resumed.', '2023-01-02', [['Friday', '2022-12-30', null, 'day', true]]],
  [
    'en',
    'The year-old case from 2019 resurfaced on 5 May 2019.',
    '2023-01-05',
    [['5 May 2019', '2019-05-05', null, 'day', false]],
  ],
];

const negatives: Case[] = [
  ['en', 'Donations went to account 1160 2202 3344 5566.', PUB, []],
  ['en', 'About 15,000 people marched.', PUB, []],
  ['en', 'The march began at 19:44.', PUB, []],
  ['en', 'He was held for two years.', PUB, []],
  ['en', 'Seven months later he was released.', PUB, []],
  ['en', 'She had taught at School No. 4 for 20 years.', PUB, []],
  ['en', 'The activist, aged 25, was fined.', PUB, []],
  ['en', 'They march on despite the ban.', PUB, []],
  ['en', 'Three quarters (3/4) of the residents signed.', PUB, []],
  ['en', 'Protest is possible now.', PUB, []],
  ['ru', 'Суд назначил 15 суток ареста.', PUB, []],
  ['ru', 'Комендантский час действует с 23 до 5 часов.', PUB, []],
  ['ru', 'Ему 25 лет, он провёл в колонии два года.', PUB, []],
  ['ru', 'Сейчас акция продолжается.', PUB, []],
  ['ru', 'Штраф составил 2022 рубля.', PUB, []],
  ['ru', 'Его оштрафовали по ч. 1 ст. 20.3.3 КоАП.', PUB, []],
  ['ru', 'Рост в 2022 раза и дело по статье 207.3 УК.', PUB, []],
  ['ru', 'Телефон 8-800-555-35-35, ИНН 7707083893.', PUB, []],
  ['en', 'He was fined under Article 20.3.3 of the code.', PUB, []],
  ['en', 'He was sentenced to 2 to 5 years.', PUB, []],
  ['en', 'Call 8 800 555 35 35, card 4276 3800 1234 5678.', PUB, []],
  ['en', 'The 2014 annexation was condemned.', PUB, []],
  ['en', 'Prices may rise and workers march on.', PUB, []],
  ['en', 'The 5 may be released.', PUB, []],
  ['uk', 'Лютий мороз не зупинив протестувальників.', PUB, []],
  ['ru', 'Сентябрь стал месяцем протестов.', PUB, []],
];

describe('findDates', () => {
  for (const [name, table] of Object.entries({
    english,
    russian,
    ukrainian,
    periods,
    otherForms,
    yearRollback,
    negatives,
  })) {
    describe(name, () => {
      it.each(table)('[%s] %s (published %s)', (...c) => {
        expect(run(c as Case)).toEqual(c[3]);
      });
    });
  }

  // Text that needs Unicode matching (an emoji) is read by the regexes alone, other text at the
  // positions its scan finds (src/nlp/dates/leads.ts): the same dates either way.
  it('reads the same dates with and without the scan', () => {
    for (const c of Object.values({
      english,
      russian,
      ukrainian,
      periods,
      otherForms,
      yearRollback,
      negatives,
    }).flat()) {
      const [lang, sentence, published] = c;
      expect(findDates(`${sentence} 😀`, { lang, published })).toEqual(findDates(sentence, { lang, published }));
    }
  });

  it("reads a document's sentences against the publication day parsed once, whatever was read before", () => {
    const october = documentDates(PUB, 'en');
    const march = documentDates('2023-03-15', 'en');
    for (const sentence of ['Police detained him on Monday.', 'The rally took place on 3 March.']) {
      expect(findDates(sentence, march)).toEqual(findDates(sentence, { lang: 'en', published: '2023-03-15' }));
      expect(findDates(sentence, october)).toEqual(findDates(sentence, { lang: 'en', published: PUB }));
    }
    expect(findDates('Police detained him on Monday.', october)[0].date).toBe('2022-10-03');
  });

  it('keeps a weekday that names the stated day out of the results', () => {
    expect(run(['en', 'September 25 was a Sunday.', PUB, []]).map((m) => m[0])).toEqual(['September 25']);
  });

  it('reads several dates in one sentence in order', () => {
    expect(run(['en', 'Arrested on 2 May, he was sentenced on Friday.', PUB, []]).map((m) => m[1])).toEqual([
      '2022-05-02',
      '2022-09-30',
    ]);
  });

  it('rejects impossible days and bad input without throwing', () => {
    expect(findDates('It happened on 31 June 2022.', { lang: 'en', published: PUB })).toEqual([]);
    expect(findDates('', { lang: 'en', published: PUB })).toEqual([]);
    expect(findDates('On 5 May 2022.', { lang: 'xx' as Lang, published: 'not a date' })).toHaveLength(1);
  });

  it('reads a 3 kB report well within the per-document budget', () => {
    const report = [
      'Police detained at least 12 people on Saturday during a protest against mobilisation, a rights group said.',
      'The protesters gathered near the regional administration and held placards for about an hour.',
      'A court later fined two of them 20,000 roubles each, according to their lawyer.',
      'It was the third protest in the region since 21 September, when the decree was signed.',
      'Several people said they would come out again every weekend until the end of the year.',
    ];
    const sentences = Array.from({ length: 6 }, () => report).flat(); // ~3 kB
    const t0 = process.cpuUsage().user;
    const rounds = 200;
    for (let i = 0; i < rounds; i++) for (const s of sentences) findDates(s, { lang: 'en', published: PUB });
    const msPerDoc = (process.cpuUsage().user - t0) / 1000 / rounds;
    // Measured ~0.15 ms; the bound only catches a regression such as chrono on every sentence.
    expect(msPerDoc).toBeLessThan(2);
  });

  it('bounds very long sentences', () => {
    const long = 'On 5 May 2022 police came. ' + 'x '.repeat(50_000) + 'On 6 May 2022.';
    expect(findDates(long, { lang: 'en', published: PUB }).map((m) => m.date)).toEqual(['2022-05-05']);
  });
});
