// Where an act took place, from the sentence outward to the document.
import type { Lang } from '../../model/document.js';
import type { EventType } from '../../model/event.js';
import type { QuantityMention, TriggerMention } from '../types.js';
import type { PlaceSource } from './draft.js';
import type { DocContext } from '../document/doc-context.js';
import type { Group, PlacedMention } from './attach.js';
import { actorInfo } from '../5-actors/actor-info.js';
import { partCounts } from '../6-quantities/counts.js';
import { unitKind } from '../6-quantities/quantity-units.js';
import { seatOf, countryByIso, regionByIso } from '../../geo/index.js';
import type { Carry } from './carry.js';
import { AUTHORED, STATE_KINDS } from './kinds.js';
import { COURT_ACT } from './arrest-steps.js';
import { finestPlaces, isLocative, isOwnPlace, toLoc, type Loc } from './loc.js';
import { withFastBoundaries } from '../../nlp/regex/word-boundary.js';

const LIST_GAP = /^(?:\s*,\s*|\s+(?:and|or|и|или|та|і)\s+|\s*,\s*(?:and|и)\s+)$/iu;
/** the sentence names a court (or tribunal) */
const NAMES_COURT = withFastBoundaries(
  /\b(?:court|tribunal)s?\b|(?<!\p{L})(?:суд|суда|суду|судом|суде|суды|судов|трибунал\p{L}*)(?!\p{L})/iu,
);
/** characters between a settlement and a "near" place that only locates it */
const APPOSITION = 64;

/** a trigger that tells a trial or a sentence, not a detention */
export const isCourtAct = (t: TriggerMention) => COURT_ACT.test(t.text);

export interface Located {
  list: Loc[];
  source: PlaceSource;
}

/** Where an act took place: own clause → other clauses → weak mentions → the author's seat →
 *  the sentence before → the document. */
export function locate(
  type: EventType,
  g: Group,
  mine: PlacedMention[],
  ownPlaces: PlacedMention[],
  typeActors: string[],
  sameParagraph: Carry | null,
  ctx: DocContext,
  text: string,
): Located {
  let own = mine.filter(isOwnPlace);
  // Places after an appeal are mostly its addressees ("urged Ukrainians in Russia"): prefer those before it.
  if (type === 'statement' && own.some((p) => p.mention.end <= g.start))
    own = own.filter((p) => p.mention.end <= g.start);
  // a court's town told first ("В Гродно суд приговорил …") is the place; later ones belong to the charge
  // (and a court named before its act: "Суд в Уфе арестовал участников акции в Баймаке")
  if (
    type === 'arrest' &&
    own.some((p) => p.mention.end <= g.start) &&
    (g.triggers.some(isCourtAct) || NAMES_COURT.test(text.slice(0, g.start)))
  ) {
    own = own.filter((p) => p.mention.end <= g.start);
  }
  const locative = own.some(isLocative);
  // A state decision is taken where the state sits, whatever places its content names.
  if (AUTHORED.has(type) && (type === 'policy' ? !locative : own.length === 0)) {
    const body = typeActors
      .map((n) => actorInfo(n))
      .find((a) => a && (STATE_KINDS.has(a.kind) || (type === 'policy' && a.kind === 'person')));
    const country =
      body?.country ?? (type === 'policy' ? mine.find((p) => p.role === 'weak')?.mention.place.country : undefined);
    if (country) return { list: [{ place: seatOf(country), near: false }], source: 'seat' };
  }
  // "X near Y" right after X: Y only locates X ("the airfield at Machulishchy near Minsk", "the
  // Leningrad region near St Petersburg")
  // ("Iskitim, a town of 55,000 south of Novosibirsk")
  own = own.filter(
    (p, i) =>
      !(
        p.mention.near &&
        i > 0 &&
        p.mention.start - own[i - 1].mention.end < APPOSITION &&
        own[i - 1].mention.place.kind !== 'country'
      ),
  );
  if (own.length) return { list: finestPlaces(own.map(toLoc)), source: 'sentence' };
  const elsewhere = ownPlaces.filter((p) => p.clause !== g.clause && p.role === 'locative');
  if (elsewhere.length) return { list: finestPlaces(elsewhere.map(toLoc)), source: 'sentence' };
  // an appeal's weak places after it are its addressees too ("calling on units on Ukraine's side")
  let weak = mine.filter(
    (p) => (p.role === 'origin' || p.role === 'weak') && (type !== 'statement' || p.mention.end <= g.start),
  );
  // several nationalities in a row ("Tatar, Bashkir, Chuvash …") name peoples, not places
  if (
    weak.some(
      (p, i) =>
        i > 0 &&
        p.role === 'weak' &&
        weak[i - 1].role === 'weak' &&
        LIST_GAP.test(text.slice(weak[i - 1].mention.end, p.mention.start)),
    )
  ) {
    weak = weak.filter((p) => p.role !== 'weak');
  }
  // nationalities scattered over a sentence describe other things ("Belarus's railways … Russian
  // troops"): they are one guess at the act's country, not several places
  const countries = weak.filter((p) => p.role === 'weak' && p.mention.place.kind === 'country');
  if (countries.length > 1) weak = weak.filter((p) => !countries.includes(p) || p === countries[0]);
  // members' home towns are not where an exiled movement speaks ("activists from Samara and Saratov")
  if (type === 'statement') weak = weak.filter((p) => p.role !== 'origin');
  // where defendants come from is not where a named court tried them ("the court sentenced two
  // residents of Krasnodar Krai"); with no court named, their home is all the text gives (EVENTS.md)
  if (type === 'arrest' && g.triggers.some(isCourtAct) && NAMES_COURT.test(text))
    weak = weak.filter((p) => p.role !== 'origin');
  if (weak.length) {
    const origin = weak.filter((p) => p.role === 'origin');
    return { list: finestPlaces((origin.length ? origin : weak).map(toLoc)), source: 'weak' };
  }
  // an act by a state's body ("the Belarusian KGB detained …") happened in that state
  const stateBody = typeActors.map((n) => actorInfo(n)).find((a) => a && STATE_KINDS.has(a.kind));
  const inState = (l: Loc[]) => !stateBody || l.every((p) => p.place.country === stateBody.country);
  if (sameParagraph?.places.length && inState(sameParagraph.places))
    return { list: sameParagraph.places, source: 'context' };
  if (ctx.section && inState([{ place: ctx.section, near: false }]))
    return { list: [{ place: ctx.section, near: false }], source: 'context' };
  // the story's place, at the level of its region: the act's own town is not told
  if (ctx.storyPlace && inState([{ place: ctx.storyPlace, near: false }])) {
    const region = ctx.storyPlace.admin1 ? regionByIso(ctx.storyPlace.admin1) : undefined;
    return { list: [{ place: region ?? ctx.storyPlace, near: false }], source: 'document' };
  }
  if (stateBody) {
    const country =
      ctx.region && ctx.region.country === stateBody.country ? ctx.region : countryByIso(stateBody.country);
    if (country) return { list: [{ place: country, near: false }], source: 'document' };
  }
  const fallback = ctx.dateline ?? ctx.region ?? ctx.country;
  return fallback ? { list: [{ place: fallback, near: false }], source: 'document' } : { list: [], source: 'none' };
}

/** "in 10 cities": a tally over places the text does not all name is coded for their country. */
export function tallyOverPlaces(
  located: Located,
  t: TriggerMention,
  text: string,
  lang: Lang,
  quantities: QuantityMention[],
  placed: PlacedMention[],
  clauseOf: (offset: number) => number,
): Loc[] {
  const { list } = located;
  const overPlaces = quantities.some(
    (q) => q.value !== null && q.value > 1 && unitKind(q.unit) === 'places' && clauseOf(q.start) === t.clause,
  );
  if (overPlaces && list.length && !(list.length > 1 && partCounts(text, list, placed, lang))) {
    const country = countryByIso(list[0].place.country);
    if (country) return [{ place: country, near: false }];
  }
  return list;
}
