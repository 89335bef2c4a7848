// Stage 7: turn one sentence's triggers, places, dates, actors and quantities into draft records —
// one per event type per location (docs/event-format.md rule 1) — falling back to the neighbouring sentence
// and then to the document for what the sentence leaves unsaid.
import type { Lang } from '../model/document.js';
import type { EventType } from '../model/event.js';
import type {
  ActorMention,
  DateMention,
  GeoPlace,
  PlaceMention,
  QuantityMention,
  Sentence,
  TriggerMention,
} from './types.js';
import type { Draft, PlaceSource } from './draft.js';
import type { DocContext } from './doc-context.js';
import { clauseBounds, clauseAt } from './clauses.js';
import { groupTriggers, placesFor, dateFor, type PlacedMention, type Group } from './attach.js';
import { placeRoles } from './place-roles.js';
import { gappedClauseMap } from './gapping.js';
import { withLandmarks } from './landmarks.js';
import { findFatalities } from './fatalities.js';
import { recordUnit, unitKind } from './quantity-units.js';
import { actorInfo } from './actor-info.js';
import { assignQuantities, partCounts } from './counts.js';
import { seatOf, countryByIso, regionByIso } from '../geo/index.js';
import { lexicon, anaphoric } from './lexicon/index.js';
import { findSelfNamed } from './self-named.js';
import { parseNumberWords } from '../nlp/numbers.js';
import type { DateRole } from './frame.js';

/** What earlier sentences established, for later ones to inherit. */
export interface Carry {
  /** the field and paragraph (number within its field) it was established in */
  field: Sentence['field'];
  paragraphIndex: number;
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
  /** each date's role (frame.ts), in step with dates; all are event dates when absent */
  dateRoles?: DateRole[];
}

type Loc = { place: GeoPlace; near: boolean };

const WEAK = 0.6;
/** Acts whose record needs a named author: a statement or a founding without one is only talk. */
const NEEDS_ACTOR = new Set<EventType>(['statement', 'organization']);
/** Acts of bodies and movements: their place is where the author sits when the text names none. */
const AUTHORED = new Set<EventType>(['statement', 'policy', 'organization']);
/** Names that are not places even when they contain one ("Freedom of Russia Legion"). */
const NAMED_NON_STATE = new Set(['armed_group', 'movement', 'organisation', 'outlet', 'party']);
const STATE_KINDS = new Set(['state_body', 'court']);
const PEOPLE_TARGETS = new Set(['protesters', 'journalists']);
const ROLE_AFTER: Record<Lang, RegExp> = {
  en: /^\s*(?:deputy|deputies|member|members|officer|officers|official|officials|employee|employees|spokes\w*|press secretary|chair\w*|head)\b/i,
  ru: /^\s*(?:депутат\p{L}*|член\p{L}*|сотрудник\p{L}*|офицер\p{L}*|представител\p{L}*|пресс-секретар\p{L}*|председател\p{L}*)/iu,
  uk: /^\s*(?:депутат\p{L}*|член\p{L}*|співробітник\p{L}*|представник\p{L}*)/iu,
};
/** A city district ("Kirovsky district", "Кировского района") is not the town of that name, nor is
 *  a railway company named after a place ("Октябрьской железной дороги"). */
const DISTRICT_AFTER =
  /^[\s-]*(?:district|raion|rayon|microdistrict|railway company|район\p{L}*|микрорайон\p{L}*|округ\p{L}*|железн\p{L}* дорог\p{L}*)/iu;
/** "the 2020 protests" told as "протестов 2020 года": a year right after a noun dates it as history. */
const YEAR_AFTER = /^\s+(?:of\s+|in\s+)?((?:19|20)\d\d)(?:\s+год\p{L}*)?(?![\d])/u;
const RESOLUTION = /resolution|резолюци/iu;
const COURT_ACT = /sentenc|convict|jail|imprison|guilty|prison|приговор|осуд|осужд|виновн|колони|лишени|вирок|засуд/iu;
/** a capitalised word right before a name, inside the sentence: the name is part of a longer one */
const NAME_BEFORE = /[\p{Ll},;:]\s+\p{Lu}[\p{Ll}-]+\s$/u;
const JOINED_DAYS = /^(?:\s|,|and|again|also|then|on|и|снова|ещё|еще|а также|та|й|знову)*$/iu;
const LIST_GAP = /^(?:\s*,\s*|\s+(?:and|or|и|или|та|і)\s+|\s*,\s*(?:and|и)\s+)$/iu;
const HIT_AT = /^\s+(?:(?:on|against|upon|into|по|на|в)\s+)?(?:the\s+)?$/iu;
/** characters between a settlement and a "near" place that only locates it */
const APPOSITION = 64;
/** acts whose deaths a record reports */
const FATAL_TYPES = new Set<EventType>(['armed_attack', 'explosion', 'riot', 'arson']);

function targetsFor(type: EventType, found: string[], sentenceHasProtest: boolean): string[] {
  switch (type) {
    case 'arrest': {
      const people = found.filter((t) => PEOPLE_TARGETS.has(t));
      return people.length ? people : sentenceHasProtest ? ['protesters'] : [];
    }
    case 'protest':
    case 'organization':
    case 'desertion':
    case 'policy':
      return [];
    case 'statement':
      return found.filter((t) => t.endsWith('government'));
    default:
      return found.filter((t) => !PEOPLE_TARGETS.has(t) && !t.endsWith('government'));
  }
}

/** Which of the sentence's actors can carry out an act of this type. */
function actorsFor(type: EventType, names: string[], kinds: Map<string, string>): string[] {
  const kind = (n: string) => actorInfo(n)?.kind ?? kinds.get(n) ?? '';
  switch (type) {
    case 'policy':
      return names.filter((n) => STATE_KINDS.has(kind(n)) || kind(n) === 'person');
    case 'arrest':
      return names.filter((n) => STATE_KINDS.has(kind(n)));
    case 'organization':
      return names.filter((n) => !STATE_KINDS.has(kind(n)));
    case 'desertion':
      return [];
    case 'statement':
      return names;
    // protests are organised by movements and parties; officials named nearby comment on them
    case 'protest':
      return names.filter((n) => ['movement', 'organisation', 'party', 'armed_group'].includes(kind(n)));
    // the state's bodies are the targets or the reporters of resistance, not its authors
    default:
      return names.filter((n) => !STATE_KINDS.has(kind(n)));
  }
}

/** Who made a statement: actors before the trigger (the subject), or after "by" (a passive). Russian
 *  and Ukrainian put the subject after the verb as often as before ("с заявлением выступил комитет"). */
function speakers(text: string, actors: ActorMention[], t: TriggerMention, fallback: string[], lang: Lang): string[] {
  if (actors.length === 0) return fallback;
  const before = actors.filter((a) => a.end <= t.start).map((a) => a.name);
  const by = /\bby\b|(?<![\p{L}])от(?![\p{L}])/iu.exec(text.slice(t.start, t.end + 40));
  const after = by ? actors.filter((a) => a.start >= t.start + by.index).map((a) => a.name) : [];
  const found = [...new Set([...before, ...after])];
  if (found.length || lang === 'en') return found;
  return [
    ...new Set(
      actors
        .filter((a) => a.start >= t.end && !ADDRESSEE.test(text.slice(Math.max(t.end, a.start - 12), a.start)))
        .map((a) => a.name),
    ),
  ];
}
/** "к властям", "в адрес Кремля": the one spoken to, not the speaker */
const ADDRESSEE = /(?:^|\s)(?:к|ко|в адрес|до)\s+$/iu;

/** Drop regions and countries that a more precise place in the same list already lies in. */
function finestPlaces(list: Loc[]): Loc[] {
  if (list.length < 2) return list.slice();
  const out = list.filter((p) => {
    if (p.place.kind === 'settlement') return true;
    return !list.some(
      (q) =>
        q !== p &&
        ((p.place.kind === 'region' && q.place.kind === 'settlement' && q.place.admin1 === p.place.admin1) ||
          (p.place.kind === 'country' && q.place.kind !== 'country' && q.place.country === p.place.country)),
    );
  });
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.place.kind}:${p.place.country}:${p.place.admin1}:${p.place.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const toLoc = (p: PlacedMention): Loc => ({ place: p.mention.place, near: p.mention.near });

export function assembleSentence(
  parts: SentenceParts,
  ctx: DocContext,
  carry: Carry | null,
): { drafts: Draft[]; carry: Carry } {
  const { sentence, lang } = parts;
  const text = sentence.text;
  const lex = lexicon(lang);
  const sameParagraph = carry && inParagraph(carry, sentence) ? carry : null;
  // The next paragraph of the same story may go on with the same day ("In Moscow, …").
  const nextParagraph =
    carry && !sameParagraph && carry.field === sentence.field && sentence.paragraph === carry.paragraphIndex + 1
      ? carry
      : null;

  const clauses = clauseBounds(text);
  // a clause that only fills a gap left by a dash ("15 — в Новосибирске") is read with the clause before
  const gapped = gappedClauseMap(text, clauses, lang, (c) => parts.triggers.some((t) => t.clause === c));
  const clauseOf = (o: number) => gapped[clauseAt(clauses, o)];
  // "у Минобороны": a body named as where the act was is a place, not an actor (landmarks.ts)
  const landmarks = withLandmarks(text, parts.places, parts.actors, lang);
  const places = landmarks.places.filter(
    (p) =>
      !isNumberWord(p.text, lang) &&
      !landmarks.actors.some((a) => NAMED_NON_STATE.has(a.kind) && p.start < a.end && a.start < p.end) &&
      !DISTRICT_AFTER.test(text.slice(p.end, p.end + 16)),
  );
  const roles = placeRoles(text, places, lang).map((r, i) => (landmarks.marks.has(places[i]) ? 'locative' : r));
  let placed: PlacedMention[] = places.map((m, i) => ({ mention: m, role: roles[i], clause: clauseOf(m.start) }));
  // nationalities of several countries ("a Russian court … a Russian-American … a Ukrainian charity")
  // describe people and things, not places of the sentence's acts: the first one stands
  const nationalities = placed.filter(isCountryAdjective);
  if (nationalities.some((p) => p.mention.place.country !== nationalities[0].mention.place.country)) {
    placed = placed.filter(
      (p) => !isCountryAdjective(p) || p.mention.place.country === nationalities[0].mention.place.country,
    );
  }
  const ownPlaces = placed.filter(isOwnPlace);

  // Actors: outlets report events rather than act in them; a body named only as a person's
  // affiliation ("a State Duma deputy") is not acting; anaphora ("the three") takes the last actors.
  // A group's own name wins over a registry name inside it ("Siberian Cyber Partisans" is not the
  // Belarusian Cyber Partisans), and so does a longer capitalised name that merely contains an alias.
  const named = findSelfNamed(text, lang);
  const registryActors = landmarks.actors.filter(
    (a) =>
      !named.some((n) => a.start < n.end && n.start < a.end) &&
      (a.pattern || !NAMED_NON_STATE.has(a.kind) || !NAME_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))),
  );
  const actors = (named.length ? registryActors.concat(named) : registryActors)
    .sort(byStart)
    .filter(
      (a) =>
        actorInfo(a.name)?.kind !== 'outlet' &&
        a.kind !== 'outlet' &&
        !(a.kind === 'state_body' && ROLE_AFTER[lang].test(text.slice(a.end, a.end + 24))),
    );
  let actorNames: string[] = [];
  const mentionKinds = new Map<string, string>();
  for (const a of actors) {
    if (!actorNames.includes(a.name)) actorNames.push(a.name);
    mentionKinds.set(a.name, a.kind);
  }
  if (anaphoric(lex, text)) {
    const earlier = sameParagraph?.actors.length ? sameParagraph.actors : (carry?.actors ?? []);
    actorNames = unique(earlier.concat(actorNames));
  }

  // A charge told with its own day or month ("accusing him of torching a relay box in April") is an
  // act the report dates: code it too.
  for (const t of parts.triggers) {
    if (!t.charge || t.irrealis) continue;
    const next = parts.triggers.find((x) => x.start > t.end);
    if (parts.dates.some((d) => d.start >= t.end && d.start < (next ? next.start : text.length) && !d.relative))
      t.background = false;
  }
  const live = parts.triggers.filter((t) => !t.irrealis && !t.background && !isHistory(text, t, ctx.refYear));
  // charges named after a sentence own the places that follow them ("for arson in Angarsk")
  const dead = parts.triggers.filter(isBackgroundAct);
  const strongOtherAct = live.some(isStrongNonOrganization);
  // A weak word ("clashes") codes an act when something pins it down: a place, a day, a count, or
  // the story of its paragraph.
  const hasSupport = (t: TriggerMention) =>
    ownPlaces.length > 0 ||
    parts.dates.length > 0 ||
    (sameParagraph?.date != null && sameParagraph.places.length > 0) ||
    parts.quantities.some(
      (q) =>
        q.value !== null &&
        clauseOf(q.start) === t.clause &&
        !parts.dates.some((d) => q.start < d.end && d.start < q.end),
    );
  // "at the X Forum" is the setting of another act in the same sentence, not an event itself.
  const setting = (t: TriggerMention) => t.type === 'organization' && t.weight < WEAK && strongOtherAct;
  // a building that "burnt out" after a blast burnt from the blast, not from arson
  const blastFire = (t: TriggerMention) =>
    t.type === 'arson' && t.weight < WEAK && live.some((x) => x.type === 'explosion');
  const counted = (t: TriggerMention) =>
    !t.needsCount || parts.quantities.some((q) => q.value !== null && q.value > 1 && clauseOf(q.start) === t.clause);
  const usable = live.filter((t) => (t.weight >= WEAK || hasSupport(t)) && !setting(t) && !blastFire(t) && counted(t));
  const groups = groupTriggers(text, usable);
  const sentenceHasProtest = parts.triggers.some(isAboutProtest);
  // a number inside a date ("в ночь на 24 июня") is no count
  const quantities = parts.quantities.filter((q) => !parts.dates.some((d) => q.start < d.end && d.start < q.end));
  const quantityOf = assignQuantities(usable, quantities, clauseOf);

  const fatalities = usable.some(isFatalType) ? findFatalities(text, lang) : null;
  // dates of the acts; a report date dates them only when nothing else does; a comparison never
  const dateRoles = parts.dateRoles;
  const actDates = dateRoles ? parts.dates.filter((_, i) => dateRoles[i] === 'event') : parts.dates;
  const reportDates = dateRoles ? parts.dates.filter((_, i) => dateRoles[i] === 'report') : [];
  const drafts: Draft[] = [];
  // each draft's key (type, place, day), in step with drafts: a sentence gives only a few
  const draftKeys: string[] = [];
  let resolvedPlaces: Loc[] = [];
  let usedDate: DateMention | null = null;

  for (const g of groups) {
    // An adjective or possessive belongs to the act it stands next to, not to every act of the clause.
    // A place told after a charge or a call ("sentenced for arson in Angarsk") is that act's place.
    // "a drone attack on Sevastopol", "удар по Белгороду": a place right after the act's own words is where it hit
    const mine: PlacedMention[] = [];
    for (const found of placesFor(text, g, groups, placed)) {
      const hitAt = found.role === 'other' && HIT_AT.test(text.slice(g.end, found.mention.start));
      const p = hitAt ? { ...found, role: 'locative' as const } : found;
      if ((p.role !== 'weak' || nearestGroup(g, groups, p)) && !chargeBefore(dead, g, p)) mine.push(p);
    }
    // where the group's acts of one type and author took place is decided once
    const locations = new Map<string, { list: Loc[]; source: PlaceSource }>();
    // One pass per type of act in the group: "protesters … rallied … the rally" is one protest.
    const firstOfType: TriggerMention[] = [];
    const groupTargets: string[] = [];
    for (const x of g.triggers) {
      if (!hasType(firstOfType, x.type)) firstOfType.push(x);
      for (const target of x.targets) if (!groupTargets.includes(target)) groupTargets.push(target);
    }
    for (const t of firstOfType) {
      let weight = -Infinity;
      for (const x of g.triggers) if (x.type === t.type && x.weight > weight) weight = x.weight;
      let type = t.type;
      if (type === 'arson' && ctx.infrastructureStory && g.triggers.every((x) => x.targets.length === 0))
        type = 'sabotage';
      // A resolution of a movement or a congress is its statement; of a state, its policy.
      if (
        type === 'policy' &&
        RESOLUTION.test(t.text) &&
        !actorNames.some(
          (n) => STATE_KINDS.has(actorInfo(n)?.kind ?? mentionKinds.get(n) ?? '') || actorInfo(n)?.kind === 'person',
        )
      )
        type = 'statement';
      let typeActors = actorsFor(
        type,
        type === 'statement' || type === 'protest'
          ? speakers(text, actors, t, type === 'statement' ? actorNames : [], lang)
          : actorNames,
        mentionKinds,
      );
      if (t.nonStateSpeakers)
        typeActors = typeActors.filter((n) => !STATE_KINDS.has(actorInfo(n)?.kind ?? mentionKinds.get(n) ?? ''));
      if (NEEDS_ACTOR.has(type) && typeActors.length === 0) continue;

      const locKey = `${type}|${typeActors.join('|')}`;
      let located = locations.get(locKey);
      if (!located)
        locations.set(locKey, (located = locate(type, g, mine, ownPlaces, typeActors, sameParagraph, ctx, text)));
      let { list, source } = located;
      // "in 10 cities": a tally over places the text does not all name is coded for their country
      const overPlaces = parts.quantities.some(
        (q) => q.value !== null && q.value > 1 && unitKind(q.unit) === 'places' && clauseOf(q.start) === t.clause,
      );
      if (overPlaces && list.length && !(list.length > 1 && partCounts(text, list, placed, lang))) {
        const country = countryByIso(list[0].place.country);
        if (country) list = [{ place: country, near: false }];
      }
      // an actor's seat is a guess for this act alone: the next sentences do not inherit it
      if (source === 'sentence') resolvedPlaces = list;

      // When: this clause, else the sentence, else the sentence before, else the story's frame, else
      // the day the sentence says it was reported (frame.ts).
      let date = dateFor(g, actDates, clauseOf);
      let dateOwn = date !== null;
      if (!date && sameParagraph?.date && sameParagraph.date.precision === 'day') date = sameParagraph.date;
      else if (
        !date &&
        nextParagraph?.date?.precision === 'day' &&
        source === 'sentence' &&
        list.some((p) => p.place.kind === 'settlement')
      )
        date = nextParagraph.date;
      if (!date && ctx.paragraphFrame?.date) date = ctx.paragraphFrame;
      let dateReported = false;
      if (!date && reportDates.length) {
        date = dateFor(g, reportDates, clauseOf);
        dateOwn = dateReported = date !== null;
      }
      if (date && !dateOwn) dateOwn = false;
      if (date && dateOwn) usedDate = date;

      const q = quantityOf.get(t) ?? firstQuantity(g.triggers, t.type, quantityOf);
      const quantity = q?.value ?? null;
      const unit = quantity === null ? null : recordUnit(q!.unit);

      const undayed = date?.precision !== 'day' || date.date_end !== null;
      const aggregate = AUTHORED.has(type)
        ? quantity !== null && unitKind(unit) === 'incidents' && quantity > 1
        : undayed;
      const targets = targetsFor(type, groupTargets, sentenceHasProtest);
      const fat = FATAL_TYPES.has(type) ? fatalities : null;

      // A tally that names its parts: the whole, at the level the parts share, and one record per part.
      const parts_ = list.length > 1 ? partCounts(text, list, placed, lang) : null;
      const records: { loc: Loc | null; quantity: number | null; aggregate: boolean; date: DateMention | null }[] = [];
      if (parts_) {
        // a gapped list tells its first part with the verb and its count ("в Казани задержали 30
        // человек, 12 — в Уфе"): that part's count is the act's own, not a total over the parts
        if (
          quantity !== null &&
          parts_.values[0] === null &&
          parts_.values.slice(1).every((v) => v !== null) &&
          gapped.some((c, i) => c !== i)
        )
          parts_.values[0] = quantity;
        const country = countryByIso(list[0].place.country);
        if (quantity !== null && country && !parts_.values.includes(quantity))
          records.push({ loc: { place: country, near: false }, quantity, aggregate: true, date });
        for (let i = 0; i < list.length; i++)
          records.push({ loc: list[i], quantity: parts_.values[i] ?? null, aggregate, date });
      } else if (list.length) for (const p of list) records.push({ loc: p, quantity, aggregate, date });
      else records.push({ loc: null, quantity, aggregate, date });
      // One record per day (docs/event-format.md rule 1): "on 12 and again on 19 October" is two acts.
      // only days told together ("on 12 and again on 19 October"), not a day of some other act nearby
      const clauseDays = dateOwn
        ? parts.dates.filter((d) => clauseOf(d.start) === g.clause && d.precision === 'day' && !d.date_end && d.date)
        : [];
      const together =
        clauseDays.length > 1 &&
        clauseDays.every((d, i) => i === 0 || JOINED_DAYS.test(text.slice(clauseDays[i - 1].end, d.start)));
      const days = together ? [...new Map(clauseDays.map((d) => [d.date, d])).values()] : [];
      if (days.length > 1) {
        const perPlace = records.splice(0);
        for (const r of perPlace) for (const d of days) records.push({ ...r, date: d });
      }

      for (const r of records) {
        const p = r.loc;
        const key = `${type}|${p ? `${p.place.kind}:${p.place.admin1}:${p.place.country}:${p.place.name}` : ''}|${r.date?.date ?? ''}`;
        const existing = drafts[draftKeys.indexOf(key)];
        if (existing) {
          existing.weight = Math.max(existing.weight, weight);
          for (const x of targets) if (!existing.targets.includes(x)) existing.targets.push(x);
          if (existing.quantity === null && r.quantity !== null) {
            existing.quantity = r.quantity;
            existing.quantityUnit = unit;
          }
          continue;
        }
        const d: Draft = {
          type,
          sentence,
          at: t.start,
          place: p?.place ?? null,
          near: p?.near ?? false,
          placeSource: p ? source : 'none',
          date: r.date?.date ?? null,
          dateEnd: r.date?.date_end ?? null,
          dateOwn,
          dateReported: dateReported && r.date === date,
          frame: ctx.frame,
          actors: typeActors.slice(),
          targets,
          quantity: r.quantity,
          quantityUnit: r.quantity === null ? null : (unit ?? 'people'),
          fatalities: fat,
          aggregate: r.aggregate,
          weight,
        };
        draftKeys.push(key);
        drafts.push(d);
      }
    }
  }

  // A resolution that is itself a state decision is coded once, as policy.
  const kept = drafts.some(isStatement) && drafts.some(isPolicy) ? withoutPolicyStatements(drafts) : drafts;

  const next: Carry = {
    field: sentence.field,
    paragraphIndex: sentence.paragraph,
    // the paragraph's place stays in force, like its day, while its sentences name no other
    places:
      kept.length === 0
        ? []
        : resolvedPlaces.length
          ? resolvedPlaces
          : ownPlaces.some(isLocative)
            ? ownPlaces.filter(isLocative).map(toLoc)
            : (sameParagraph?.places ?? []),
    // the story's last single day stays in force until another day is told
    date:
      usedDate?.precision === 'day' && !usedDate.date_end
        ? usedDate
        : kept.length && sameParagraph?.date
          ? sameParagraph.date
          : kept.length && nextParagraph?.date && kept.some((d) => d.date === nextParagraph.date!.date)
            ? nextParagraph.date
            : null,
    actors: actorNames,
  };
  return { drafts: kept, carry: next };
}

// Tests handed to filter and some, kept out of the functions that use them (no closure per call).
const isOwnPlace = (p: PlacedMention) => p.role === 'locative' || p.role === 'bare';
const isLocative = (p: PlacedMention) => p.role === 'locative';
const isCountryAdjective = (p: PlacedMention) =>
  p.role === 'weak' && p.mention.adjective && p.mention.place.kind === 'country';
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
const isBackgroundAct = (t: TriggerMention) => t.background;
const isStrongNonOrganization = (t: TriggerMention) => t.weight >= WEAK && t.type !== 'organization';
const isAboutProtest = (t: TriggerMention) => t.type === 'protest' || t.targets.includes('protesters');
const isFatalType = (t: TriggerMention) => FATAL_TYPES.has(t.type);
const isStatement = (d: Draft) => d.type === 'statement';
const isPolicy = (d: Draft) => d.type === 'policy';
const isCourtAct = (t: TriggerMention) => COURT_ACT.test(t.text);
/** the sentence names a court (or tribunal) */
const NAMES_COURT =
  /\b(?:court|tribunal)s?\b|(?<!\p{L})(?:суд|суда|суду|судом|суде|суды|судов|трибунал\p{L}*)(?!\p{L})/iu;

function hasType(triggers: TriggerMention[], type: EventType): boolean {
  for (const t of triggers) if (t.type === type) return true;
  return false;
}

/** How far a place lies from a group of triggers (0: inside it). */
function distance(g: { start: number; end: number }, p: PlacedMention): number {
  return p.mention.end <= g.start ? g.start - p.mention.end : p.mention.start >= g.end ? p.mention.start - g.end : 0;
}

/** No other group of the clause stands nearer the place than g. */
function nearestGroup(g: Group, groups: Group[], p: PlacedMention): boolean {
  for (const o of groups) if (o !== g && o.clause === g.clause && distance(g, p) > distance(o, p)) return false;
  return true;
}

/** A background act (a charge) is named between the group and the place: the place is its. */
function chargeBefore(dead: TriggerMention[], g: Group, p: PlacedMention): boolean {
  for (const d of dead) if (d.start >= g.end && d.start < p.mention.start) return true;
  return false;
}

/** Was the carry established in the sentence's paragraph? */
function inParagraph(carry: Carry, sentence: Sentence): boolean {
  return carry.field === sentence.field && carry.paragraphIndex === sentence.paragraph;
}

/** Each string once, in order of first appearance. */
function unique(list: string[]): string[] {
  const out: string[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

/** The count of the group's first trigger of this type that has one. */
function firstQuantity(
  triggers: TriggerMention[],
  type: EventType,
  quantityOf: Map<TriggerMention, QuantityMention>,
): QuantityMention | null {
  for (const x of triggers) {
    if (x.type !== type) continue;
    const q = quantityOf.get(x);
    if (q) return q;
  }
  return null;
}

/** The drafts less the statements made by an author of one of the policies. */
function withoutPolicyStatements(drafts: Draft[]): Draft[] {
  const policyActors = new Set<string>();
  for (const d of drafts) if (d.type === 'policy') for (const a of d.actors) policyActors.add(a);
  return drafts.filter((d) => d.type !== 'statement' || !d.actors.some((a) => policyActors.has(a)));
}

/** What a sentence without acts passes on: its single day and its locative places, if it has a day. */
export function sceneCarry(
  sentence: Sentence,
  lang: Lang,
  places: PlaceMention[],
  dates: DateMention[],
  carry: Carry | null,
): Carry | null {
  const day = dates.find((d) => d.precision === 'day' && !d.date_end && d.date);
  if (!day) return carry;
  const roles = placeRoles(sentence.text, places, lang);
  const locs = places.filter((_, i) => roles[i] === 'locative').map((m) => ({ place: m.place, near: m.near }));
  return {
    field: sentence.field,
    paragraphIndex: sentence.paragraph,
    places: finestPlaces(locs),
    date: day,
    actors: carry && inParagraph(carry, sentence) ? carry.actors : [],
  };
}

/** «Семь» is seven before it is Semey: number words are never places. (Memoised: few distinct names.) */
const numberWords = new Map<Lang, Map<string, boolean>>();
function isNumberWord(text: string, lang: Lang): boolean {
  let known = numberWords.get(lang);
  if (!known) numberWords.set(lang, (known = new Map()));
  let v = known.get(text);
  if (v === undefined) {
    v = parseNumberWords(text, lang) !== null;
    if (known.size > 5000) known.clear();
    known.set(text, v);
  }
  return v;
}

/** A noun trigger dated by a year well before the story ("the 2020 protests", "протестов 2020 года"). */
function isHistory(text: string, t: TriggerMention, refYear: number | null): boolean {
  if (refYear === null) return false;
  const m = YEAR_AFTER.exec(text.slice(t.end, t.end + 24));
  return m !== null && Number(m[1]) < refYear;
}

/** Where an act took place: own clause → other clauses → weak mentions → the author's seat →
 *  the sentence before → the document. */
function locate(
  type: EventType,
  g: Group,
  mine: PlacedMention[],
  ownPlaces: PlacedMention[],
  typeActors: string[],
  sameParagraph: Carry | null,
  ctx: DocContext,
  text: string,
): { list: Loc[]; source: PlaceSource } {
  let own = mine.filter(isOwnPlace);
  // Places after an appeal are mostly its addressees ("urged Ukrainians in Russia"): prefer those before it.
  if (type === 'statement' && own.some((p) => p.mention.end <= g.start))
    own = own.filter((p) => p.mention.end <= g.start);
  // a court's town told first ("В Гродно суд приговорил …") is the place; later ones belong to the charge
  if (type === 'arrest' && own.some((p) => p.mention.end <= g.start) && g.triggers.some(isCourtAct)) {
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
  // "X near Y" right after X: Y only locates X ("the airfield at Machulishchy near Minsk")
  // ("Iskitim, a town of 55,000 south of Novosibirsk")
  own = own.filter(
    (p, i) =>
      !(
        p.mention.near &&
        i > 0 &&
        p.mention.start - own[i - 1].mention.end < APPOSITION &&
        own[i - 1].mention.place.kind === 'settlement'
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
