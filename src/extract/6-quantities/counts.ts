// Counts in a sentence: which act each belongs to, and the parts of a tally named place by place
// ("840 detained: 399 in Moscow, 143 in St Petersburg").
import type { QuantityMention, TriggerMention, GeoPlace } from '../types.js';
import type { PlacedMention } from '../7-assemble/attach.js';
import { fitsType } from './quantity-units.js';
import { parseNumberWords } from '../../nlp/numbers.js';
import type { Lang } from '../../model/document.js';
import type { EventType } from '../../model/event.js';

const PEOPLE_ACTS = new Set<EventType>(['arrest', 'protest', 'desertion']);
/** "двоих других", "two others": the rest of a group counted before, not an act's own count */
const SUBSET_UNIT = /^(?:others|других|остальн\p{L}*)$/iu;

/** "the call-up of 300,000 reservists": a count after "of" measures the noun before it */
const OF_COUNT =
  /(\p{L}[\p{L}-]*)\s+of\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|nearly\s+|almost\s+)?$/iu;
/** nouns that only frame a count of the act's people ("a total of 40", "a group of 12") */
const COUNT_FRAME =
  /^(?:total|group|groups|crowd|crowds|number|column|maximum|minimum|tally|figure|count|sum|list|dozens|hundreds|thousands|one|each|all|out|most|some|many|any|none|both|two|three)$/iu;

/** "in one of the two villages": a partitive picks one of things already told; it counts nothing */
const PARTITIVE = /(?<![\p{L}])(?:one|each|either|neither|any|none)\s+of\s+(?:the|these|those)\s+$/iu;

/** The count measures a noun of its own that is no act ("the mobilisation of 300,000 men"). */
function countOfOtherNoun(text: string, q: QuantityMention, triggers: TriggerMention[]): boolean {
  if (PARTITIVE.test(text.slice(Math.max(0, q.start - 24), q.start))) return true;
  const m = OF_COUNT.exec(text.slice(Math.max(0, q.start - 48), q.start));
  if (!m || COUNT_FRAME.test(m[1])) return false;
  const nounEnd = q.start - (m[0].length - m[1].length);
  return !triggers.some((t) => t.end >= nounEnd - 1 && t.start < nounEnd);
}

/** Each count goes to the nearest act in its clause whose type it can measure. */
export function assignQuantities(
  triggers: TriggerMention[],
  qs: QuantityMention[],
  clauseOf: (o: number) => number,
  text = '',
): Map<TriggerMention, QuantityMention> {
  const out = new Map<TriggerMention, QuantityMention>();
  const pairs: { t: TriggerMention; q: QuantityMention; d: number }[] = [];
  for (const q of qs) {
    if (text && countOfOtherNoun(text, q, triggers)) continue;
    if (q.unit && SUBSET_UNIT.test(q.unit)) continue;
    for (const t of triggers) {
      if (clauseOf(q.start) !== t.clause) continue;
      const d = q.end <= t.start ? t.start - q.end : q.start >= t.end ? q.start - t.end : 0;
      // a bare count right by a detention or a rally counts people ("detained at least a dozen")
      const bare = !q.unit && d <= 16 && PEOPLE_ACTS.has(t.type);
      if (!bare && !fitsType(t.type, q.unit) && !(q.people && PEOPLE_ACTS.has(t.type))) continue;
      pairs.push({ t, q, d });
    }
  }
  pairs.sort((a, b) => a.d - b.d);
  const usedQ = new Set<QuantityMention>();
  for (const { t, q } of pairs) {
    if (usedQ.has(q) || out.has(t)) continue;
    out.set(t, q);
    usedQ.add(q);
  }
  return out;
}

/** a number standing right before the place's preposition: "399 in Moscow" (thousands may use , or space) */
/** (or "15 — в Новосибирске": a dash for the verb a list leaves out, see 2-triggers/gapping.ts; "77 участников
 *  акций задержаны в Петербурге": the counted people named before the verb) */
const NUMBER_BEFORE =
  /(?<![\d,])(\d{1,3}(?:[ ,]\d{3})+|\d+)\s+(?:[—–]\s+)?(?:of them\s+|из них\s+)?(?:people\s+|человек\p{L}*\s+|участник\p{L}*\s+(?:\p{L}+\s+)?)?(?:(?:were|was|had been|have been|has been)\s+(?:held|detained|arrested)\s+|задержа\p{L}*\s+)?(?:in|at|в|во|на)\s+$/iu;
const NUMBER_AFTER = /^\s*(?:[—–:-]\s*)?(\d{1,3}(?:[ ,]\d{3})+|\d+)(?![\d])/u;
/** "в Москве задержаны 40 человек, в Казани — 12": the first part's count follows its verb */
const NUMBER_AFTER_VERB =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:были|было|был|была)\s+)?(?:задержа\p{L}*|арестова\p{L}*|detained|arrested|were detained|were arrested)\s+(?:(?:не менее|не меньше|более|больше|свыше|около|минимум|как минимум|at least|more than|over|about)\s+)?(\d{1,3}(?:[ ,]\d{3})+|\d+)(?![\d])/iu;
/** "в Иркутске — двенадцать": a number word after a dash */
const WORD_AFTER = /^\s*[—–:-]\s*(\p{L}+(?:[\s-]\p{L}+)?)/u;

function toNumber(s: string): number | null {
  const n = Number(s.replace(/[\s,]/g, '').replace(/\.$/, ''));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Per-place counts when every listed place carries its own number; null otherwise. */
export function partCounts(
  text: string,
  list: { place: GeoPlace }[],
  mentions: PlacedMention[],
  lang: Lang,
): { values: (number | null)[] } | null {
  const values = list.map((loc) => {
    const m = mentions.find((p) => p.mention.place === loc.place);
    if (!m) return null;
    // "Moscow 399", "в Москве — 399" first; then "399 in Moscow"
    const after =
      NUMBER_AFTER.exec(text.slice(m.mention.end, m.mention.end + 16)) ??
      NUMBER_AFTER_VERB.exec(text.slice(m.mention.end, m.mention.end + 48));
    if (after) return toNumber(after[1]);
    const word = WORD_AFTER.exec(text.slice(m.mention.end, m.mention.end + 30));
    const n = word ? parseNumberWords(word[1], lang) : null;
    if (typeof n === 'number' && n > 0) return n;
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, m.mention.start - 48), m.mention.start));
    return before ? toNumber(before[1]) : null;
  });
  return values.filter((v) => v !== null).length >= 2 ? { values } : null;
}
