// How a place mention relates to the clause it sits in: the locative phrase of an event ("in Ufa",
// "в Уфе"), a bare mention, an origin ("activists from Bashkortostan"), an adjective or possessive
// ("Chechen women", "Russia's movements"), or a direction or object ("into Ukraine") that is no
// event location at all.
import type { Lang } from '../../model/document.js';
import type { PlaceMention } from '../types.js';
import { fastBoundariesIn } from '../../nlp/regex/word-boundary.js';

export type PlaceRole = 'locative' | 'bare' | 'origin' | 'weak' | 'other';

const LOCATIVE: Record<Lang, RegExp> = {
  en: /^(?:in|at|near|outside|across|throughout|around|within|inside|outskirts|nearby|village|city|town|region|republic|oblast|settlement|capital)$/i,
  ru: /^(?:в|во|на|под|около|возле|у|близ|вблизи|недалеко|окрестност\p{L}*|посёлк\p{L}*|поселк\p{L}*|сел\p{L}*|деревн\p{L}*|город\p{L}*|станиц\p{L}*|республик\p{L}*)$/iu,
  uk: /^(?:в|у|на|під|біля|поблизу|місті|селі)$/iu,
};
/** two-word locatives whose second word alone would read as a direction ("entrance to X") */
const LOCATIVE_PHRASE: Record<Lang, RegExp> = {
  en: /^(?:entrance|exit|approach|approaches|road|outskirts|centre|center|edge|close|next|near) (?:to|of|from)$/i,
  ru: /^(?:въезд\p{L}*|выезд\p{L}*|окраин\p{L}*|центр\p{L}*|рядом|недалеко|неподал\p{L}*) (?:в|во|из|с|от)$/iu,
  uk: /^(?:в'їзді|околиці|центрі|поблизу|неподалік) (?:в|у|до|від)$/iu,
};
const ORIGIN: Record<Lang, RegExp> = {
  en: /^from$/i,
  ru: /^(?:из|изо)$/iu,
  uk: /^(?:з|із)$/iu,
};
const OTHER: Record<Lang, RegExp> = {
  en: /^(?:into|to|towards|toward|against|for|on|with|by|about|over|than|via)$/i,
  ru: /^(?:от|до|к|ко|против|за|для|с|со|по|о|об|через|чем)$/iu,
  uk: /^(?:від|до|к|проти|за|для|з|зі|по|про|між|через)$/iu,
};
/** words that may stand between a preposition and the name ("in the Kumyk village of …") */
const FILLER: Record<Lang, RegExp> = {
  en: /^(?:the|a|an|of|and|city|town|village|region|republic|oblast|krai|district|settlement|capital|small|large|southern|northern|eastern|western|central|occupied|annexed|[\p{Lu}][\p{L}-]*)$/u,
  ru: /^(?:и|город\p{L}*|сел\p{L}*|посёлк\p{L}*|поселк\p{L}*|деревн\p{L}*|станиц\p{L}*|райцентр\p{L}*|перегон\p{L}*|станци\p{L}*|разъезд\p{L}*|[\p{Lu}][\p{L}-]*)$/u,
  uk: /^(?:і|й|та|місті|селі|[\p{Lu}][\p{L}-]*)$/u,
};
const SIDE: Record<Lang, RegExp> = {
  en: /on the side of (?:the )?$/i,
  ru: /на стороне $/iu,
  uk: /на боці $/iu,
};
const RESIDENTS: Record<Lang, RegExp> = {
  en: /(?:residents?|natives?|citizens?|inhabitants?|people|men|women) (?:of|from) (?:the )?$/i,
  ru: /(?:жител\p{L}*|уроженц\p{L}*|уроженк\p{L}*|гражданин\p{L}*|гражданк\p{L}*) $/iu,
  uk: /(?:мешканц\p{L}*|мешканк\p{L}*|уродженц\p{L}*|жител\p{L}*) $/iu,
};
/** "the war in Ukraine", "вторжения в Украину": the setting of the story, not where an act took place. */
/** "Russian troops in Ukraine": where an army fights is the war's setting when it is a country. */
const TROOPS_IN: Record<Lang, RegExp> = {
  en: /\b(?:troops|forces|army|soldiers)\s+(?:in|into)\s+(?:the\s+)?$/iu,
  ru: /^$/u,
  uk: /^$/u,
};
const BACKGROUND: Record<Lang, RegExp> = {
  en: /\b(?:(?:war|wars|invasion|aggression|conflict|occupation|special military operation|military operation|offensive|counteroffensive|front|frontline|front line)\s+(?:in|on|of|against|with|into)|invaded|invading|invade|invades|bordering|borders|border with)\s+(?:the\s+)?$/iu,
  // "вторжения России в Украину": the invader in the genitive, then the invaded, are both the war's setting
  ru: /(?<![\p{L}])(?:(?:войн\p{L}*|вторжени\p{L}*|агресси\p{L}*|конфликт\p{L}*|оккупаци\p{L}*|спецоперац\p{L}*|специальн\p{L}* военн\p{L}* операци\p{L}*|военн\p{L}* операци\p{L}*|СВО|фронт\p{L}*)\s+(?:\p{Lu}\p{L}+\s+)?(?:в|во|на|против|с|со)\s+|(?:войн\p{L}*|вторжени\p{L}*|агресси\p{L}*)\s+)$/u,
  uk: /(?<![\p{L}])(?:війн\p{L}*|вторгненн\p{L}*|агресі\p{L}*|конфлікт\p{L}*|окупаці\p{L}*|фронт\p{L}*)\s+(?:в|у|на|проти|з|із)\s+$/iu,
};
/** "the governor of the Belgorod region", "глава Брянской области": an official's title names the
 *  region he governs, not where the act was; "appealed to Kyiv": an addressee. */
const TITLE: Record<Lang, RegExp> = {
  en: /\b(?:governor|mayor|head|chief|ambassador|envoy|consul|minister|president|leader|prosecutor|ombudsman|commissioner|representative|deputy|MP|senator)\s+(?:general\s+)?(?:of|for|to)\s+(?:the\s+)?$/iu,
  ru: /(?<![\p{L}])(?:губернатор(?:а|у|ом|е)?|глав(?:а|ы|е|у|ой)|мэр(?:а|у|ом|е)?|посол|посла|послу|послом|консул(?:а|у|ом)?|министр(?:а|у|ом|е)?|президент(?:а|у|ом|е)?|прокурор(?:а|у|ом|е)?|омбудсмен(?:а|у|ом)?|депутат(?:а|у|ом|ы|ов)?|сенатор(?:а|у|ом)?|врио|временно исполняющ\p{L}* обязанности)\s+(?:губернатора\s+)?$/iu,
  uk: /(?<![\p{L}])(?:губернатор(?:а|у|ом)?|голов(?:а|и|і|ою)|мер(?:а|у|ом)?|посол|посла|міністр(?:а|у|ом)?|президент(?:а|у|ом)?|прокурор(?:а|у|ом)?)\s+$/iu,
};
/** "Belgorod governor Gladkov", "Kursk authorities said": the place names whose official speaks. */
const TITLE_AFTER: Record<Lang, RegExp> = {
  en: /^\s+(?:regional\s+|region's\s+|oblast\s+|city\s+)?(?:acting\s+)?(?:governor|mayor|authorities|officials|administration)\b/iu,
  ru: /^$/u,
  uk: /^$/u,
};
const ROUTE: Record<Lang, RegExp> = {
  en: /\bbetween\s+(?:the\s+)?(?:(?:stations?|towns?|cities|villages?)\s+(?:of\s+)?)?$/iu,
  ru: /(?<![\p{L}])между\s+(?:станциями\s+|городами\s+|сёлами\s+|селами\s+)?$/iu,
  uk: /(?<![\p{L}])між\s+(?:станціями\s+|містами\s+)?$/iu,
};
const ADDRESSEE: Record<Lang, RegExp> = {
  en: /\b(?:appealed to|appeal to|called on|calling on|urged|urging|letter to|message to|demands? (?:to|of)|addressed to|asked)\s+(?:the\s+)?(?:authorities\s+(?:of|in)\s+)?$/iu,
  ru: /(?<![\p{L}])(?:обратил\p{L}*\s+к|обращени\p{L}*\s+к|призвал\p{L}*|письм\p{L}*|послани\p{L}*)\s+(?:к\s+)?(?:властям\s+)?$/iu,
  uk: /(?<![\p{L}])(?:звернул\p{L}*\s+до|звернення\s+до|закликал\p{L}*)\s+$/iu,
};
/** "Kyiv shelled a village", "Moscow denies": a capital named as the doer stands for its government */
const AGENT_AFTER: Record<Lang, RegExp> = {
  en: /^\s+(?:has\s+|had\s+|have\s+)?(?:shelled|attacked|struck|launched|fired|bombed|sent|accused|blamed|denied|denies|claimed|claims|responded|retaliated|demanded|demands|warned|threatened|deployed|refused|rejected)(?![\p{L}])/iu,
  ru: /^$/u,
  uk: /^$/u,
};
/** an aside between dashes that is a clause of its own ("– unless they were already in Ukraine –") */
const ASIDE_OPEN: Record<Lang, RegExp> = {
  en: /\s[–—]\s+(?:unless|if|when|while|although|though|because|since|until|who|which|where|as)\s[^–—]*$/iu,
  ru: /^$/u,
  uk: /^$/u,
};
/** "с украинской территории", "с территории Украины": where a raid or a shell came from, not where it struck. */
const FROM_TERRITORY: Record<Lang, { before: RegExp; after: RegExp }> = {
  en: { before: /\bfrom\s+(?:the\s+)?territory\s+of\s+$/iu, after: /^\s+territory\b/iu },
  ru: {
    before: /(?<![\p{L}])(?:с|со|из)\s+(?:\p{L}+\s+)?территори\p{L}*\s+$/iu,
    after: /^\s+территори\p{L}*/iu,
  },
  uk: { before: /(?<![\p{L}])(?:з|із)\s+(?:\p{L}+\s+)?території\s+$/iu, after: /^\s+території/iu },
};
/** "запрещённой в России", "признанной в РФ экстремистской": the legal label a report must attach to
 *  a name. Its country is where the label holds, not where an act took place. (The attributive
 *  participle is the label; "была запрещена в России" is a decision, and keeps its place.) */
const LABEL: Record<Lang, RegExp> = {
  en: /(?!)/u,
  ru: /(?<![\p{L}])(?:запрещ[её]нн\p{L}*|признанн\p{L}*|(?:котор\p{L}*|чья|чьё)\s+(?:\p{L}+\s+)?(?:запрещен\p{L}*|запрещён\p{L}*|признан\p{L}*))\s+(?:(?:\p{L}+\s+){0,2}?(?:в|на территории)\s+)$/iu,
  uk: /(?<![\p{L}])(?:заборонен\p{L}*|визнан\p{L}*)\s+(?:в|у|на території)\s+$/iu,
};
/** "на улице Московской", "на Московском проспекте": a town's adjective in a street's name is no place. */
const STREET: Record<Lang, { before: RegExp; after: RegExp }> = {
  en: { before: /(?!)/u, after: /(?!)/u },
  ru: {
    before: /(?<![\p{L}])(?:улиц|проспект|переул|бульвар|площад|набережн|проезд|шоссе)\p{L}*\s+$/iu,
    after: /^\s+(?:улиц|проспект|переул|бульвар|площад|набережн|проезд|шоссе)/iu,
  },
  uk: {
    before: /(?<![\p{L}])(?:вулиц|проспект|провулк|бульвар|площ|набережн)\p{L}*\s+$/iu,
    after: /^\s+(?:вулиц|проспект|провулк|бульвар|площ|набережн)/iu,
  },
};
/** "в память о погибших при ударе по дому в Днепре", "в годовщину вторжения": after the place of the act
 *  itself, a place inside a memorial or an anniversary phrase is what is remembered, not where. */
const MEMORIAL: Record<Lang, RegExp> = {
  en: /(?!)/u,
  ru: /(?<![\p{L}])(?:в память (?:о|об)|памяти|в годовщину|годовщин\p{L}*|в честь)(?:\s+[^\s.;:!?]+){0,10}\s+$/iu,
  uk: /(?<![\p{L}])(?:в пам'ять про|у пам'ять про|пам'яті|у річницю|в річницю)(?:\s+[^\s.;:!?]+){0,10}\s+$/iu,
};
/** "С начала войны в России подожгли 200 военкоматов": Russian reports do not set the war in Russia;
 *  the country after "войны в" is where the acts counted took place. */
function reportersOwnCountry(p: PlaceMention, lang: Lang): boolean {
  return lang === 'ru' && p.place.kind === 'country' && p.place.country === 'RU';
}
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;:.–—]/gu;
// (the tables' leading \b respelled as the lookbehind it amounts to: see word-boundary.ts)
fastBoundariesIn(
  TROOPS_IN,
  BACKGROUND,
  TITLE,
  TITLE_AFTER,
  ROUTE,
  ADDRESSEE,
  AGENT_AFTER,
  ASIDE_OPEN,
  ...Object.values(FROM_TERRITORY),
);

function precedingTokens(sentence: string, end: number, from: number): string[] {
  return sentence.slice(from, end).match(WORD) ?? [];
}

/** Role of each place in the sentence; a list continues the role of its head ("in A, B and C"). */
export function placeRoles(sentence: string, places: PlaceMention[], lang: Lang): PlaceRole[] {
  const roles: PlaceRole[] = [];
  for (let i = 0; i < places.length; i++) {
    const p = places[i];
    const after = sentence.slice(p.end, p.end + 2);
    const ahead = sentence.slice(p.end, p.end + 20);
    if (
      (FROM_TERRITORY[lang].before.test(sentence.slice(Math.max(0, p.start - 40), p.start)) && !p.adjective) ||
      (p.adjective &&
        FROM_TERRITORY[lang].after.test(ahead) &&
        /(?<![\p{L}])(?:с|со|from|з|із)\s+$/iu.test(sentence.slice(Math.max(0, p.start - 5), p.start)))
    ) {
      roles.push('other');
      continue;
    }
    if (p.adjective || /^['’]s?(?![\p{L}])/u.test(after)) {
      const street =
        p.adjective &&
        (STREET[lang].before.test(sentence.slice(Math.max(0, p.start - 20), p.start)) ||
          STREET[lang].after.test(sentence.slice(p.end, p.end + 20)));
      roles.push(street ? 'other' : 'weak');
      continue;
    }
    const prev = places[i - 1];
    const gap = prev ? sentence.slice(prev.end, p.start) : '';
    // a route ("trains between Minsk and Chernihiv", "перегон между Демой и Черниковкой") is one
    // location, told by its first end
    if (
      prev &&
      /^\s+(?:and|и|і|та)\s+$/iu.test(gap) &&
      ROUTE[lang].test(sentence.slice(Math.max(0, prev.start - 40), prev.start))
    ) {
      roles.push('other');
      continue;
    }
    // "на перегоне Осиповичи — Бобруйск", "трасса Москва — Петербург": a line named by its two ends is
    // told by its first; when the sentence names another place ("под Тверью … на линии Москва —
    // Петербург"), that place is where, and the line's ends are only its name
    if (prev && /^\s*[—–-]\s*$/u.test(gap) && !prev.adjective) {
      if (places.some((q, j) => j !== i && j !== i - 1 && !q.adjective)) roles[i - 1] = 'other';
      roles.push('other');
      continue;
    }
    if (prev && /^(?:,\s*|\s+(?:and|or|и|или|та|і)\s+|,\s+(?:and|и)\s+)$/iu.test(gap) && roles[i - 1] !== 'weak') {
      roles.push(roles[i - 1]);
      continue;
    }
    const from = Math.max(prev ? prev.end : 0, p.start - 60);
    const toks = precedingTokens(sentence, p.start, from);
    let role: PlaceRole = 'bare';
    for (let k = toks.length - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
      const t = toks[k];
      if (k > 0 && LOCATIVE_PHRASE[lang].test(`${toks[k - 1]} ${t}`)) {
        role = 'locative';
        break;
      }
      if (LOCATIVE[lang].test(t)) {
        role = 'locative';
        break;
      }
      if (ORIGIN[lang].test(t)) {
        role = 'origin';
        break;
      }
      // "residents of X", "the village of X": keep walking back to the phrase's own preposition
      if (lang === 'en' && t.toLowerCase() === 'of') continue;
      if (OTHER[lang].test(t)) {
        role = 'other';
        break;
      }
      if (!FILLER[lang].test(t)) break;
    }
    if (p.near || p.bearing) role = 'locative';
    // "fighting on Ukraine's side", "на стороне Украины": a side, not a place
    if (SIDE[lang].test(sentence.slice(Math.max(0, p.start - 30), p.start))) role = 'other';
    // "residents of Krasnodar Krai", "жителя Уфы": where people come from, not where the act was
    const before = sentence.slice(Math.max(0, p.start - 50), p.start);
    if (RESIDENTS[lang].test(before)) role = 'origin';
    // the war's country and an addressee are not where the act took place; an official's region is
    // only where his own acts were, when the sentence names no other place
    if (
      !p.near &&
      ((BACKGROUND[lang].test(before) && !reportersOwnCountry(p, lang)) ||
        ADDRESSEE[lang].test(before) ||
        LABEL[lang].test(before) ||
        (p.place.kind === 'country' && TROOPS_IN[lang].test(before)))
    )
      role = 'other';
    else if (!p.near && (TITLE[lang].test(before) || TITLE_AFTER[lang].test(sentence.slice(p.end, p.end + 40))))
      role = 'weak';
    if (role === 'bare' && AGENT_AFTER[lang].test(sentence.slice(p.end, p.end + 30))) role = 'other';
    if (
      roles.some((r) => r === 'locative' || r === 'bare') &&
      MEMORIAL[lang].test(sentence.slice(Math.max(0, p.start - 120), p.start))
    )
      role = 'other';
    if (
      ASIDE_OPEN[lang].test(sentence.slice(Math.max(0, p.start - 80), p.start)) &&
      /^[^–—]*\s[–—]\s/u.test(sentence.slice(p.end))
    )
      role = 'other';
    roles.push(role);
  }
  return roles;
}
