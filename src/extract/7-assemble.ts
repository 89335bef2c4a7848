// Stage 7: turn one sentence's triggers, places, dates, actors and quantities into draft records —
// one per event type per location (EVENTS.md rule 1) — falling back to the neighbouring sentence
// and then to the document for what the sentence leaves unsaid.
import type { Lang } from '../model/document.js';
import type { EventType } from '../model/event.js';
import type { ActorMention, DateMention, GeoPlace, PlaceMention, QuantityMention, Sentence, TriggerMention } from './types.js';
import type { Draft, PlaceSource } from './draft.js';
import type { DocContext } from './doc-context.js';
import { clauseBounds, clauseAt } from './clauses.js';
import { groupTriggers, placesFor, dateFor, quantitiesNear, type PlacedMention } from './attach.js';
import { placeRoles } from './place-roles.js';
import { findFatalities } from './fatalities.js';
import { fitsType, recordUnit, unitKind } from './units.js';
import { actorInfo } from './actor-info.js';
import { seatOf } from '../geo/index.js';
import { lexicon } from './lexicon/index.js';

/** What the previous sentence of the same paragraph established, for the next one to inherit. */
export interface Carry {
  paragraph: string;
  places: { place: GeoPlace; near: boolean }[];
  date: DateMention | null;
  actors: string[];
}

export interface SentenceParts {
  sentence: Sentence;
  lang: Lang;
  triggers: TriggerMention[];
  places: PlaceMention[];
  dates: DateMention[];
  actors: ActorMention[];
  quantities: QuantityMention[];
}

const WEAK = 0.6;
/** Acts whose record needs a named author: a statement without a speaker is only talk. */
const NEEDS_ACTOR = new Set<EventType>(['statement', 'organization']);
/** Names that are not places even when they contain one ("Freedom of Russia Legion"). */
const NAMED_NON_STATE = new Set(['armed_group', 'movement', 'organisation', 'outlet', 'party']);
/** Acts of bodies and movements: their place is where the author sits when the text names none. */
const AUTHORED = new Set<EventType>(['statement', 'policy', 'organization']);
const PEOPLE_TARGETS = new Set(['protesters', 'journalists']);
const ROLE_AFTER: Record<Lang, RegExp> = {
  en: /^\s*(?:deputy|deputies|member|members|officer|officers|official|officials|employee|employees|spokes\w*|press secretary|chair\w*|head)\b/i,
  ru: /^\s*(?:депутат\p{L}*|член\p{L}*|сотрудник\p{L}*|офицер\p{L}*|представител\p{L}*|пресс-секретар\p{L}*|председател\p{L}*)/iu,
  uk: /^\s*(?:депутат\p{L}*|член\p{L}*|співробітник\p{L}*|представник\p{L}*)/iu,
};
const STATE_KINDS = new Set(['state_body', 'court']);

/** Which of the sentence's actors can carry out an act of this type. */
function actorsFor(type: EventType, names: string[]): string[] {
  const kind = (n: string) => actorInfo(n)?.kind;
  switch (type) {
    case 'policy': return names.filter((n) => STATE_KINDS.has(kind(n) ?? '') || kind(n) === 'person');
    case 'arrest': return names.filter((n) => STATE_KINDS.has(kind(n) ?? ''));
    case 'organization': return names.filter((n) => !STATE_KINDS.has(kind(n) ?? ''));
    case 'desertion': return [];
    default: return names;
  }
}

function targetsFor(type: EventType, found: string[], sentenceHasProtest: boolean): string[] {
  switch (type) {
    case 'arrest': {
      const people = found.filter((t) => PEOPLE_TARGETS.has(t));
      return people.length ? people : sentenceHasProtest ? ['protesters'] : [];
    }
    case 'protest': case 'organization': case 'desertion': case 'policy':
      return [];
    case 'statement':
      return found.filter((t) => t.endsWith('government'));
    default:
      return found.filter((t) => !PEOPLE_TARGETS.has(t) && !t.endsWith('government'));
  }
}

/** Drop regions and countries that a more precise place in the same list already lies in. */
function finestPlaces(list: { place: GeoPlace; near: boolean }[]): { place: GeoPlace; near: boolean }[] {
  const out = list.filter((p) => {
    if (p.place.kind === 'settlement') return true;
    return !list.some((q) => q !== p && (
      (p.place.kind === 'region' && q.place.kind === 'settlement' && q.place.admin1 === p.place.admin1) ||
      (p.place.kind === 'country' && q.place.kind !== 'country' && q.place.country === p.place.country)));
  });
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.place.kind}:${p.place.country}:${p.place.admin1}:${p.place.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Who made a statement: actors before the trigger (the subject), or after "by" (a passive). */
function speakers(text: string, actors: ActorMention[], t: TriggerMention, fallback: string[]): string[] {
  if (actors.length === 0) return fallback;
  const before = actors.filter((a) => a.end <= t.start).map((a) => a.name);
  const by = /\bby\b|\bот\b/iu.exec(text.slice(t.start, t.end + 40));
  const after = by ? actors.filter((a) => a.start >= t.start + by.index).map((a) => a.name) : [];
  return [...new Set([...before, ...after])];
}

export function assembleSentence(parts: SentenceParts, ctx: DocContext, carry: Carry | null, published: string | null): { drafts: Draft[]; carry: Carry } {
  const { sentence, lang } = parts;
  const text = sentence.text;
  const lex = lexicon(lang);
  const paragraph = `${sentence.field}:${sentence.paragraph}`;
  const sameParagraph = carry && carry.paragraph === paragraph ? carry : null;

  const clauses = clauseBounds(text);
  const clauseOf = (o: number) => clauseAt(clauses, o);
  const places = parts.places.filter((p) => !parts.actors.some((a) => NAMED_NON_STATE.has(a.kind) && p.start < a.end && a.start < p.end));
  const roles = placeRoles(text, places, lang);
  const placed: PlacedMention[] = places.map((m, i) => ({ mention: m, role: roles[i], clause: clauseOf(m.start) }));
  const ownPlaces = placed.filter((p) => p.role === 'locative' || p.role === 'bare');

  // Actors: outlets report events rather than act in them; a body named only as a person's
  // affiliation ("a State Duma deputy") is not acting; anaphora ("the three") takes the last actors.
  const actors = parts.actors.filter((a) => actorInfo(a.name)?.kind !== 'outlet' && a.kind !== 'outlet' &&
    !(a.kind === 'state_body' && ROLE_AFTER[lang].test(text.slice(a.end, a.end + 24))));
  let actorNames = [...new Set(actors.map((a) => a.name))];
  if (lex.anaphora.test(text)) {
    const earlier = sameParagraph?.actors.length ? sameParagraph.actors : carry?.actors ?? [];
    actorNames = [...new Set([...earlier, ...actorNames])];
  }

  const live = parts.triggers.filter((t) => !t.irrealis && !t.background);
  const hasSupport = (g: { start: number }) =>
    ownPlaces.length > 0 || parts.dates.length > 0 || parts.quantities.some((q) => q.value !== null && clauseOf(q.start) === clauseOf(g.start));
  const strongTypes = new Set(live.filter((t) => t.weight >= WEAK).map((t) => t.type));
  // "at the X Forum" is the setting of another act in the same sentence, not an event itself.
  const setting = (t: TriggerMention) => t.type === 'organization' && t.weight < WEAK && [...strongTypes].some((x) => x !== 'organization');
  const usable = live.filter((t) => (t.weight >= WEAK || hasSupport(t)) && !setting(t));
  const groups = groupTriggers(text, usable);
  const sentenceHasProtest = parts.triggers.some((t) => t.type === 'protest' || t.targets.includes('protesters'));

  const fatalities = findFatalities(text, lang);
  const usedQuantities = new Set<QuantityMention>();
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  let resolvedPlaces: { place: GeoPlace; near: boolean }[] = [];
  let usedDate: DateMention | null = null;

  const distance = (g: { start: number; end: number }, p: PlacedMention) =>
    p.mention.end <= g.start ? g.start - p.mention.end : p.mention.start >= g.end ? p.mention.start - g.end : 0;
  for (const g of groups) {
    // An adjective or possessive belongs to the act it stands next to, not to every act of the clause.
    const mine = placesFor(text, g, groups, placed).filter((p) => p.role !== 'weak' ||
      groups.every((o) => o === g || o.clause !== g.clause || distance(g, p) <= distance(o, p)));
    for (const t of g.triggers) {
      const type = t.type;
      const typeActors = actorsFor(type, type === 'statement' ? speakers(text, actors, t, actorNames) : actorNames);
      if (NEEDS_ACTOR.has(type) && typeActors.length === 0) continue;

      // Where: own clause → other clauses → weak mentions → the author's seat → neighbour → document.
      let source: PlaceSource = 'sentence';
      let own = mine.filter((p) => p.role === 'locative' || p.role === 'bare');
      // Places after an appeal are mostly its addressees ("urged Ukrainians in Russia"): prefer those before it.
      if (type === 'statement' && own.some((p) => p.mention.end <= g.start)) own = own.filter((p) => p.mention.end <= g.start);
      let list = own.map((p) => ({ place: p.mention.place, near: p.mention.near }));
      const seatActor = AUTHORED.has(type) ? typeActors.map((n) => actorInfo(n)).find((a) => a && (a.kind === 'state_body' || a.kind === 'court')) : undefined;
      if (seatActor && (type === 'policy' || list.length === 0) && !mine.some((p) => p.role === 'locative')) {
        list = [{ place: seatOf(seatActor.country), near: false }];
        source = 'seat';
      }
      if (list.length === 0) {
        list = ownPlaces.filter((p) => p.clause !== g.clause && p.role === 'locative').map((p) => ({ place: p.mention.place, near: p.mention.near }));
      }
      if (list.length === 0) {
        const weak = mine.filter((p) => p.role === 'origin' || p.role === 'weak');
        const best = weak.filter((p) => p.role === 'origin').length ? weak.filter((p) => p.role === 'origin') : weak;
        list = best.map((p) => ({ place: p.mention.place, near: p.mention.near }));
        source = 'weak';
      }
      if (list.length === 0 && sameParagraph?.places.length) {
        list = sameParagraph.places;
        source = 'context';
      }
      if (list.length === 0) {
        const fallback = ctx.region ?? ctx.country;
        if (fallback) list = [{ place: fallback, near: false }];
        source = fallback ? 'document' : 'none';
      }
      list = finestPlaces(list);
      if (source === 'sentence' || source === 'seat') resolvedPlaces = list;

      // When: the date in this clause, else the sentence, else the sentence before in the paragraph.
      let date = dateFor(g, parts.dates, clauseOf);
      let dateOwn = date !== null;
      if (!date && sameParagraph?.date && sameParagraph.date.precision === 'day') {
        date = sameParagraph.date;
        dateOwn = false;
      }
      if (date && dateOwn) usedDate = date;

      // How many: the nearest count in the clause whose unit fits the type.
      let quantity: number | null = null;
      let unit: string | null = null;
      for (const q of quantitiesNear(g, parts.quantities, clauseOf)) {
        if (usedQuantities.has(q) || !fitsType(type, q.unit)) continue;
        usedQuantities.add(q);
        quantity = q.value;
        unit = q.value === null ? null : recordUnit(q.unit);
        break;
      }

      const undayed = !date || date.precision !== 'day' || date.date_end !== null;
      const aggregate = AUTHORED.has(type)
        ? quantity !== null && unitKind(unit) === 'incidents' && quantity > 1
        : undayed;
      const targets = targetsFor(type, [...new Set(g.triggers.flatMap((x) => x.targets))], sentenceHasProtest);
      const fat = type === 'armed_attack' || type === 'explosion' || type === 'riot' || type === 'arson' ? fatalities : null;

      for (const p of list.length ? list : [null]) {
        const key = `${type}|${p ? `${p.place.kind}:${p.place.admin1}:${p.place.name}` : ''}`;
        const existing = byKey.get(key);
        if (existing) {
          existing.weight = Math.max(existing.weight, t.weight);
          for (const x of targets) if (!existing.targets.includes(x)) existing.targets.push(x);
          if (existing.quantity === null && quantity !== null) { existing.quantity = quantity; existing.quantityUnit = unit; }
          continue;
        }
        const d: Draft = {
          type, sentence, at: t.start,
          place: p?.place ?? null, near: p?.near ?? false, placeSource: p ? source : 'none',
          date: date?.date ?? null, dateEnd: date?.date_end ?? null, dateOwn,
          actors: [...typeActors],
          targets, quantity, quantityUnit: unit,
          fatalities: fat, aggregate, weight: t.weight,
        };
        byKey.set(key, d);
        drafts.push(d);
      }
    }
  }

  // A resolution that is itself a state decision is coded once, as policy.
  const policyActors = new Set(drafts.filter((d) => d.type === 'policy').flatMap((d) => d.actors));
  const kept = drafts.filter((d) => d.type !== 'statement' || !d.actors.some((a) => policyActors.has(a)));
  drafts.length = 0;
  drafts.push(...kept);

  const next: Carry = {
    paragraph,
    places: resolvedPlaces.length ? resolvedPlaces : ownPlaces.filter((p) => p.role === 'locative').map((p) => ({ place: p.mention.place, near: p.mention.near })),
    date: usedDate ?? (parts.dates.length === 1 ? parts.dates[0] : null),
    actors: actorNames,
  };
  // A sentence with no events does not pass on its places as event context, only its date.
  if (drafts.length === 0) next.places = [];
  if (!next.date && sameParagraph?.date && drafts.length > 0) next.date = sameParagraph.date;
  void published;
  return { drafts, carry: next };
}
