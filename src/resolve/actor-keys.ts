// Actor names compared across spellings and languages. A name the registry knows compares by its
// canonical English name; any other becomes a set of word stems, Russian words through a small
// glossary of the words group names are made of ("комитет" → committee, "свободная" → free) and
// proper nouns transliterated ("Волга" → volga), so "Комитет «Свободная Волга»" meets "Free Volga
// Committee" and "Gomelsky Regional Court" meets "Gomel regional court".
import { canonicalActor } from '../actors/lookup.js';
import { transliterate } from '../actors/courts-ru.js';
import { nameKey } from './keys.js';

/** Russian stems of the generic words in organisation names → the English stem they compare as. */
const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  ['комитет', 'commi'],
  ['совет', 'counc'],
  ['координационн', 'coord'],
  ['регион', 'regio'],
  ['областн', 'regio'],
  ['свободн', 'free'],
  ['вольн', 'free'],
  ['независим', 'indep'],
  ['народн', 'peopl'],
  ['национальн', 'natio'],
  ['движени', 'movem'],
  ['парти', 'party'],
  ['фронт', 'front'],
  ['сопротивлени', 'resis'],
  ['легион', 'legio'],
  ['корпус', 'corps'],
  ['добровольческ', 'volun'],
  ['батальон', 'batta'],
  ['армия', 'army'],
  ['армии', 'army'],
  ['союз', 'union'],
  ['лига', 'leagu'],
  ['лиги', 'leagu'],
  ['форум', 'forum'],
  ['конгресс', 'congr'],
  ['суд', 'court'],
  ['районн', 'distr'],
  ['городск', 'city'],
  ['военн', 'milit'],
  ['гарнизонн', 'garri'],
  ['верховн', 'supre'],
  ['правительств', 'gover'],
  ['министерств', 'minis'],
  ['полици', 'polic'],
  ['партизан', 'parti'],
  ['коалици', 'coali'],
  ['центр', 'centr'],
  ['штаб', 'headq'],
  ['антивоенн', 'antiw'],
  ['феминистск', 'femin'],
  ['сибирск', 'siber'],
  ['демократическ', 'democ'],
  ['республик', 'repub'],
];
const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'a', 'и', 'в', 'за', 'по', 'на']);
// -sky/-skiy/-sk adjectives of place names compare as the place: Gomelsky → gomel.
const PLACE_ADJ = /(?:skiy|skii|skij|sky|ski|skaya|skoe|sk)$/;
const STEM = 5;

function stem(word: string): string | undefined {
  if (STOP.has(word)) return undefined;
  if (/[\u0400-\u04FF]/.test(word)) {
    const hit = GLOSSARY.find(([ru]) => word.startsWith(ru));
    if (hit) return hit[1];
    word = transliterate(word)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  }
  const bare = word.length > 6 ? word.replace(PLACE_ADJ, '') : word;
  return (bare.length >= 3 ? bare : word).slice(0, STEM);
}

const cache = new Map<string, ReadonlySet<string>>();

/** The comparison stems of one actor name (registry name first, when the registry knows it). */
export function actorStems(name: string): ReadonlySet<string> {
  const hit = cache.get(name);
  if (hit) return hit;
  const canonical = canonicalActor(name) ?? name;
  const stems = new Set(
    nameKey(canonical)
      .split(' ')
      .map(stem)
      .filter((s): s is string => Boolean(s)),
  );
  if (cache.size > 50_000) cache.clear();
  cache.set(name, stems);
  return stems;
}

/** Two names for one actor: the shorter name's stems (two at least, or all of a one-word name) all in the longer. */
export function sameActor(a: string, b: string): boolean {
  const sa = actorStems(a);
  const sb = actorStems(b);
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (big.has(s)) shared++;
  return shared === small.size && (shared >= 2 || big.size === 1);
}

/** 'shared' when the lists name one actor, 'conflict' when both name actors but none in common, else 'none'. */
export function actorAgreement(a: readonly string[], b: readonly string[]): 'shared' | 'conflict' | 'none' {
  if (a.length === 0 || b.length === 0) return 'none';
  return a.some((x) => b.some((y) => sameActor(x, y))) ? 'shared' : 'conflict';
}

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Stems of words that name a kind of people rather than a thing: "civilians", "Russian military",
 * "the authorities", "мирные жители". Outlets frame who was hit in such words as they see fit, so
 * they say nothing about which act it was; an enlistment office and a railway do.
 */
const PEOPLE = new Set([
  'civil',
  'milit',
  'force',
  'army',
  'troop',
  'soldi',
  'servi',
  'polic',
  'prote',
  'peopl',
  'resid',
  'autho',
  'regim',
  'gover',
  'russi',
  'ukrai',
  'belar',
  'local',
  'mirny',
  'zhite',
  'silov',
  'voenn',
]);

/** A target that names a thing or a specific group, not only a kind of people. */
function isObject(target: string): boolean {
  return [...actorStems(target)].some((st) => !PEOPLE.has(st));
}

/**
 * Targets ("enlistment office", "railway partisans") agree when they share a word stem at all.
 * They conflict only when both sides name things (not only kinds of people: "civilians" and
 * "Russian military" may be one raid seen from two sides), and in one script: "военкомат" and
 * "enlistment office" are not compared word by word.
 */
export function targetAgreement(a: readonly string[], b: readonly string[]): 'shared' | 'conflict' | 'none' {
  if (a.length === 0 || b.length === 0) return 'none';
  const sa = new Set(a.flatMap((x) => [...actorStems(x)]));
  if (b.some((x) => [...actorStems(x)].some((st) => sa.has(st)))) return 'shared';
  const scripts = (xs: readonly string[]) => new Set(xs.filter(isObject).map((x) => CYRILLIC.test(x)));
  const sb = scripts(b);
  return [...scripts(a)].some((c) => sb.has(c)) ? 'conflict' : 'none';
}
