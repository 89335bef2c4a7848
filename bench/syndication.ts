// Generated reports of a few hundred incidents, each told 20–100 times the way outlets do: original
// articles in English and Russian, syndicated copies of them under other headlines with other
// boilerplate (and now and then a changed paragraph), and independent retellings at another
// precision (a month instead of the day, only the region, "N km from" the regional centre, no date).
// Every sentence is written for this benchmark; places are real so that geocoding finds them.
import { seededRandom } from './generate-reports.js';

export interface GeneratedReport {
  id: string;
  source: string;
  title: string;
  text: string;
  published: string;
  lang: 'en' | 'ru';
  /** the incident it reports (ground truth for events per incident) */
  incident: number;
  /** the event type the incident is coded as */
  type: string;
  /** how it tells the incident (ground truth for diagnostics): a copy of an original, or a retelling at a precision */
  variant: Variant;
}

export type Variant = 'original' | 'copy' | 'changed-copy' | Precision;

interface Town {
  en: string;
  ru: string;
  ruIn: string;
  regionEn: string;
  regionRu: string;
  centreEn: string;
  centreRuFrom: string;
  km: number;
}

// Towns with their region, and the regional centre they lie some distance from.
const TOWNS: Town[] = [
  {
    en: 'Kovrov',
    ru: 'Ковров',
    ruIn: 'Коврове',
    regionEn: 'Vladimir region',
    regionRu: 'Владимирской области',
    centreEn: 'Vladimir',
    centreRuFrom: 'Владимира',
    km: 60,
  },
  {
    en: 'Murom',
    ru: 'Муром',
    ruIn: 'Муроме',
    regionEn: 'Vladimir region',
    regionRu: 'Владимирской области',
    centreEn: 'Vladimir',
    centreRuFrom: 'Владимира',
    km: 130,
  },
  {
    en: 'Rybinsk',
    ru: 'Рыбинск',
    ruIn: 'Рыбинске',
    regionEn: 'Yaroslavl region',
    regionRu: 'Ярославской области',
    centreEn: 'Yaroslavl',
    centreRuFrom: 'Ярославля',
    km: 80,
  },
  {
    en: 'Kineshma',
    ru: 'Кинешма',
    ruIn: 'Кинешме',
    regionEn: 'Ivanovo region',
    regionRu: 'Ивановской области',
    centreEn: 'Ivanovo',
    centreRuFrom: 'Иванова',
    km: 90,
  },
  {
    en: 'Tutayev',
    ru: 'Тутаев',
    ruIn: 'Тутаеве',
    regionEn: 'Yaroslavl region',
    regionRu: 'Ярославской области',
    centreEn: 'Yaroslavl',
    centreRuFrom: 'Ярославля',
    km: 35,
  },
  {
    en: 'Kolomna',
    ru: 'Коломна',
    ruIn: 'Коломне',
    regionEn: 'Moscow region',
    regionRu: 'Московской области',
    centreEn: 'Moscow',
    centreRuFrom: 'Москвы',
    km: 100,
  },
  {
    en: 'Serpukhov',
    ru: 'Серпухов',
    ruIn: 'Серпухове',
    regionEn: 'Moscow region',
    regionRu: 'Московской области',
    centreEn: 'Moscow',
    centreRuFrom: 'Москвы',
    km: 95,
  },
  {
    en: 'Tikhvin',
    ru: 'Тихвин',
    ruIn: 'Тихвине',
    regionEn: 'Leningrad region',
    regionRu: 'Ленинградской области',
    centreEn: 'Saint Petersburg',
    centreRuFrom: 'Петербурга',
    km: 200,
  },
  {
    en: 'Kstovo',
    ru: 'Кстово',
    ruIn: 'Кстове',
    regionEn: 'Nizhny Novgorod region',
    regionRu: 'Нижегородской области',
    centreEn: 'Nizhny Novgorod',
    centreRuFrom: 'Нижнего Новгорода',
    km: 25,
  },
  {
    en: 'Arzamas',
    ru: 'Арзамас',
    ruIn: 'Арзамасе',
    regionEn: 'Nizhny Novgorod region',
    regionRu: 'Нижегородской области',
    centreEn: 'Nizhny Novgorod',
    centreRuFrom: 'Нижнего Новгорода',
    km: 110,
  },
  {
    en: 'Sterlitamak',
    ru: 'Стерлитамак',
    ruIn: 'Стерлитамаке',
    regionEn: 'Bashkortostan',
    regionRu: 'Башкортостане',
    centreEn: 'Ufa',
    centreRuFrom: 'Уфы',
    km: 130,
  },
  {
    en: 'Tulun',
    ru: 'Тулун',
    ruIn: 'Тулуне',
    regionEn: 'Irkutsk region',
    regionRu: 'Иркутской области',
    centreEn: 'Irkutsk',
    centreRuFrom: 'Иркутска',
    km: 390,
  },
  {
    en: 'Berdsk',
    ru: 'Бердск',
    ruIn: 'Бердске',
    regionEn: 'Novosibirsk region',
    regionRu: 'Новосибирской области',
    centreEn: 'Novosibirsk',
    centreRuFrom: 'Новосибирска',
    km: 30,
  },
  {
    en: 'Armavir',
    ru: 'Армавир',
    ruIn: 'Армавире',
    regionEn: 'Krasnodar region',
    regionRu: 'Краснодарском крае',
    centreEn: 'Krasnodar',
    centreRuFrom: 'Краснодара',
    km: 200,
  },
  {
    en: 'Volzhsky',
    ru: 'Волжский',
    ruIn: 'Волжском',
    regionEn: 'Volgograd region',
    regionRu: 'Волгоградской области',
    centreEn: 'Volgograd',
    centreRuFrom: 'Волгограда',
    km: 20,
  },
  {
    en: 'Novocherkassk',
    ru: 'Новочеркасск',
    ruIn: 'Новочеркасске',
    regionEn: 'Rostov region',
    regionRu: 'Ростовской области',
    centreEn: 'Rostov-on-Don',
    centreRuFrom: 'Ростова-на-Дону',
    km: 40,
  },
];

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_RU_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS_RU_IN = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];

interface Kind {
  type: string;
  en: { act: (where: string, when: string) => string; title: (t: Town) => string[]; more: string[] };
  ru: { act: (where: string, when: string) => string; title: (t: Town) => string[]; more: string[] };
}

const KINDS: Kind[] = [
  {
    type: 'arson',
    en: {
      act: (where, when) =>
        `A bottle of flammable liquid was thrown at the military enlistment office ${where} ${when}, emergency services said.`,
      title: (t) => [
        `Enlistment office firebombed in ${t.en}`,
        `Molotov cocktail hits draft office in ${t.en}`,
        `${t.en}: arson attack on military office`,
      ],
      more: [
        'The flames were put out quickly and nobody was hurt.',
        'Investigators are studying footage from nearby cameras.',
        'A criminal case has been opened over the attack.',
      ],
    },
    ru: {
      act: (where, when) =>
        `${when} ${where} неизвестный бросил бутылку с зажигательной смесью в здание военкомата, сообщили в МЧС.`,
      title: (t) => [
        `В ${t.ruIn} подожгли военкомат`,
        `Поджог военкомата: ${t.ru}`,
        `${t.ru}: в военкомат бросили «коктейль Молотова»`,
      ],
      more: [
        'Пожар быстро потушили, никто не пострадал.',
        'Следователи изучают записи камер наблюдения.',
        'Возбуждено уголовное дело.',
      ],
    },
  },
  {
    type: 'sabotage',
    en: {
      act: (where, when) =>
        `Unknown people set fire to a railway relay cabinet ${where} ${when}, delaying several freight trains.`,
      title: (t) => [
        `Rail relay cabinet burnt near ${t.en}`,
        `Railway sabotage reported in ${t.en}`,
        `Freight trains delayed after fire at ${t.en} relay box`,
      ],
      more: [
        'Signalling was restored after several hours.',
        'Transport police are looking for the culprits.',
        'Railway staff found the damage during a routine check.',
      ],
    },
    ru: {
      act: (where, when) =>
        `${when} ${where} неизвестные подожгли релейный шкаф на железной дороге, несколько грузовых поездов задержаны.`,
      title: (t) => [
        `В ${t.ruIn} сожгли релейный шкаф`,
        `Диверсия на железной дороге: ${t.ru}`,
        `${t.ru}: поджог релейного шкафа`,
      ],
      more: [
        'Сигнализацию восстановили через несколько часов.',
        'Транспортная полиция ищет виновных.',
        'Повреждение обнаружили путейцы при обходе.',
      ],
    },
  },
  {
    type: 'protest',
    en: {
      act: (where, when) =>
        `About forty residents held a rally against the closure of the local hospital ${where} ${when}.`,
      title: (t) => [
        `${t.en} residents rally for their hospital`,
        `Protest over hospital closure in ${t.en}`,
        `Hospital closure brings ${t.en} residents out`,
      ],
      more: [
        'The organisers said the town would be left without emergency care.',
        'Police watched the rally but detained nobody.',
        'The regional health ministry has not commented.',
      ],
    },
    ru: {
      act: (where, when) => `${when} ${where} около сорока жителей вышли на митинг против закрытия городской больницы.`,
      title: (t) => [
        `Жители ${t.ru === 'Кстово' ? 'Кстова' : t.ru} вышли на митинг`,
        `Митинг против закрытия больницы: ${t.ru}`,
        `${t.ru}: люди защищают больницу`,
      ],
      more: [
        'Организаторы говорят, что город останется без скорой помощи.',
        'Полиция наблюдала за митингом, задержаний не было.',
        'В региональном минздраве ситуацию не прокомментировали.',
      ],
    },
  },
];

const BOILER_EN = [
  ['Subscribe to our newsletter.', 'Read also: regional news in brief'],
  ['Photo: social media', 'Share this story'],
  ['© Regional Wire. All rights reserved.'],
  [],
];
const BOILER_RU = [
  ['Подписывайтесь на наш канал.', 'Читайте также: новости региона'],
  ['Фото: соцсети', 'Поделиться'],
  ['© Региональная лента. Все права защищены.'],
  [],
];
const CHANGED_EN = 'Local reporters said this was not the first such incident this year.';
const CHANGED_RU = 'Местные журналисты напомнили, что это уже не первый подобный случай в этом году.';

type Precision = 'day' | 'month' | 'region' | 'offset' | 'undated';

function telling(kind: Kind, lang: 'en' | 'ru', town: Town, m: number, d: number, precision: Precision): string {
  if (lang === 'en') {
    const where =
      precision === 'region'
        ? `in the ${town.regionEn}`
        : precision === 'offset'
          ? `in a town about ${town.km} km from ${town.centreEn}, ${town.regionEn},`
          : `in ${town.en}, ${town.regionEn},`;
    const when =
      precision === 'day' || precision === 'region' || precision === 'offset'
        ? `on ${d} ${MONTHS_EN[m]} 2024`
        : precision === 'month'
          ? `in ${MONTHS_EN[m]} 2024`
          : 'this week';
    return kind.en.act(where, when);
  }
  const where =
    precision === 'region'
      ? `в ${town.regionRu}`
      : precision === 'offset'
        ? `в ${town.km} км от ${town.centreRuFrom}`
        : `в ${town.ruIn} (${town.regionRu.replace(/ой$/, 'ая').replace(/ом$/, 'ий')})`;
  const when =
    precision === 'day' || precision === 'region' || precision === 'offset'
      ? `${d} ${MONTHS_RU_GEN[m]} 2024 года`
      : precision === 'month'
        ? `В ${MONTHS_RU_IN[m]} 2024 года`
        : 'На этой неделе';
  const s = kind.ru.act(where, when);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export function generateSyndication(opts: {
  incidents: number;
  seed: number;
  minReports?: number;
  maxReports?: number;
}): GeneratedReport[] {
  const r = seededRandom(opts.seed);
  const min = opts.minReports ?? 20;
  const max = opts.maxReports ?? 100;
  const out: GeneratedReport[] = [];
  const used = new Set<string>();
  for (let i = 0; i < opts.incidents; i++) {
    let town: Town;
    let kind: Kind;
    let m: number;
    let d: number;
    do {
      town = pick(r, TOWNS);
      kind = pick(r, KINDS);
      m = Math.floor(r() * 12);
      d = 1 + Math.floor(r() * 28);
    } while (used.has(`${town.en}:${kind.type}:${m}:${d}`));
    used.add(`${town.en}:${kind.type}:${m}:${d}`);
    const published = `2024-${String(m + 1).padStart(2, '0')}-${String(Math.min(28, d + 1)).padStart(2, '0')}`;
    // Two originals (one per language), then copies of them and independent retellings.
    const originals = (['en', 'ru'] as const).map((lang) => {
      const side = lang === 'en' ? kind.en : kind.ru;
      return { lang, paragraphs: [telling(kind, lang, town, m, d, 'day'), ...side.more], title: side.title(town)[0] };
    });
    const n = min + Math.floor(r() * (max - min + 1));
    for (let k = 0; k < n; k++) {
      const drawn = r() < 0.5 ? 'en' : 'ru'; // drawn for every report, so the random sequence stays the same
      // an original is in its own language: headline, label and boilerplate must agree with its text
      const lang = k < 2 ? originals[k].lang : drawn;
      const side = lang === 'en' ? kind.en : kind.ru;
      let paragraphs: string[];
      let variant: Variant;
      if (k < 2 || r() < 0.6) {
        // A syndicated copy: another headline and boilerplate; now and then a paragraph changed.
        const o = originals[k < 2 ? k : lang === 'en' ? 0 : 1];
        paragraphs = [...o.paragraphs];
        variant = k < 2 ? 'original' : 'copy';
        if (k >= 2 && r() < 0.3) {
          paragraphs[paragraphs.length - 1] = lang === 'en' ? CHANGED_EN : CHANGED_RU;
          variant = 'changed-copy';
        }
      } else {
        const precision = pick<Precision>(r, ['day', 'day', 'month', 'region', 'offset', 'undated']);
        variant = precision;
        paragraphs = [telling(kind, lang, town, m, d, precision), ...side.more.filter(() => r() < 0.6)];
      }
      const boiler = pick(r, lang === 'en' ? BOILER_EN : BOILER_RU);
      out.push({
        id: `s${opts.seed}-i${i}-r${k}`,
        source: `outlet-${Math.floor(r() * 40)}`,
        title: pick(r, side.title(town)),
        text: [...paragraphs, ...boiler].join('\n\n'),
        published,
        lang,
        incident: i,
        type: kind.type,
        variant,
      });
    }
  }
  // Outlets publish incidents interleaved: shuffle, keeping it deterministic.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
