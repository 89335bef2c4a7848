// Stage 8: within one document an event is coded once, at its most precise mention (docs/event-format.md
// rule 6). Mentions of the same type merge when they agree on place and date; a mention that names
// no place or date of its own folds into the specific one it restates; a region-level mention folds
// into the settlements of that region reported for the same day. Tallies stay apart from single acts.
import type { Draft } from '../7-assemble/draft.js';
import { placeKey } from '../7-assemble/draft.js';
import { reportDateFits, preferActDate } from './reported-dates.js';
import { foldBareMentions, foldDefiniteMentions } from './definite-mentions.js';

const GENERAL_SOURCES = new Set(['document', 'none']);

function precision(d: Draft): number {
  return (
    (d.date ? 4 : 0) +
    (d.dateOwn ? 2 : 0) +
    (d.placeSource === 'sentence' ? 2 : d.placeSource === 'seat' ? 1.5 : d.placeSource === 'context' ? 1 : 0) +
    (d.place?.kind === 'settlement' ? 1 : d.place?.kind === 'region' ? 0.5 : 0) +
    (d.sentence.field === 'text' ? 0.5 : 0)
  );
}

function datesCompatible(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date) return true;
  return (a.date === b.date && a.dateEnd === b.dateEnd) || reportDateFits(a, b);
}

/** A target that is part of another: a fire at a relay cabinet is a fire on the railway. */
const PART_OF: Record<string, string> = { 'relay cabinet': 'railway' };

function targetsCompatible(a: Draft, b: Draft): boolean {
  if (a.targets.length === 0 || b.targets.length === 0) return true;
  const whole = (t: string) => PART_OF[t] ?? t;
  return a.targets.some((t) => b.targets.includes(t) || b.targets.some((u) => whole(u) === whole(t)));
}

/** Two statements by authors that share no one are two acts ("Vesna's statement" and "the Committee's"). */
function actorsCompatible(a: Draft, b: Draft): boolean {
  return (
    a.type !== 'statement' ||
    a.actors.length === 0 ||
    b.actors.length === 0 ||
    a.actors.some((x) => b.actors.includes(x))
  );
}

/** A detention and a court's verdict told apart are two steps, two records; told in one sentence
 *  ("five activists, arrested in May, were sentenced") the detention is the verdict's background. */
function stepsCompatible(a: Draft, b: Draft): boolean {
  return !a.step || !b.step || a.step === b.step || a.sentence === b.sentence;
}

/** A trial or a sentence and the detention before it are two records (a court's act is news of its own). */
function courtsCompatible(a: Draft, b: Draft): boolean {
  return a.type !== 'arrest' || !a.court === !b.court;
}

function quantitiesCompatible(a: Draft, b: Draft): boolean {
  // one person's arrest is not a count of many ("33 cases opened", "she had been detained")
  if ((a.onePerson && (b.quantity ?? 0) > 1) || (b.onePerson && (a.quantity ?? 0) > 1)) return false;
  return a.quantity === null || b.quantity === null || a.quantity === b.quantity;
}

/** Fold `from` into `into`: keep `into`'s evidence, take what `from` adds. */
function absorb(into: Draft, from: Draft): void {
  preferActDate(into, from);
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a);
  for (const t of from.targets) if (!into.targets.includes(t)) into.targets.push(t);
  if (!into.date && from.date) {
    into.date = from.date;
    into.dateEnd = from.dateEnd;
    into.dateOwn = from.dateOwn;
  }
  if (from.onePerson && into.quantity === null) into.onePerson = true;
  // a detention folded into its sentence's verdict is that verdict
  if (into.step && from.step && into.step !== from.step) into.step = 'court';
  // an undated lead told before the story's time was set takes the time its restatement was told in
  if (!into.frame && from.frame) into.frame = from.frame;
  if (into.quantity === null && from.quantity !== null) {
    into.quantity = from.quantity;
    into.quantityUnit = from.quantityUnit;
  }
  if (into.fatalities === null && from.fatalities !== null) into.fatalities = from.fatalities;
  if (from.singular) into.singular = true;
  into.weight = Math.max(into.weight, from.weight);
}

/** The two places are one area: one lies within the other, or either is unknown. */
function sameArea(a: Draft, b: Draft): boolean {
  if (!a.place || !b.place) return true;
  if (a.place.country !== b.place.country) return false;
  if (a.place.kind === 'country' || b.place.kind === 'country') return true;
  return (
    a.place.admin1 === b.place.admin1 &&
    (a.place.kind === 'region' || b.place.kind === 'region' || a.place.name === b.place.name)
  );
}

/** `a` is placed at least as precisely as `b` (a country-level body does not absorb a town headline). */
function asFine(a: Draft, b: Draft): boolean {
  const rank = (d: Draft) => (!d.place ? 0 : d.place.kind === 'country' ? 1 : d.place.kind === 'region' ? 2 : 3);
  return rank(a) >= rank(b);
}

/** Date ranges overlap (an undated mention overlaps anything). */
function overlaps(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date) return true;
  const end = (d: Draft) => d.dateEnd ?? d.date!;
  return (
    a.date.slice(0, Math.min(a.date.length, end(b).length)) <= end(b) &&
    b.date.slice(0, Math.min(b.date.length, end(a).length)) <= end(a)
  );
}

function isGeneral(d: Draft): boolean {
  return GENERAL_SOURCES.has(d.placeSource) && !d.dateOwn;
}

function isSpecific(d: Draft): boolean {
  return d.placeSource === 'sentence' || d.placeSource === 'seat' || d.placeSource === 'context' || d.dateOwn;
}

/** `lead`: the indices of the body's lead sentences (index.ts), whose counts sum up the story. */
export function mergeDrafts(drafts: Draft[], refYear: number | null, lead: ReadonlySet<number> = new Set()): Draft[] {
  // a count the lead gives for one town
  const leadCount = (d: Draft) => lead.has(d.sentence.index) && d.place?.kind === 'settlement';
  // History: acts dated years before the report are background (docs/event-format.md rule 5).
  // (a tally "since 2022" runs to the present and is no history)
  let list = drafts.filter(
    (d) => !(refYear !== null && d.date && d.dateOwn && !d.dateEnd && Number(d.date.slice(0, 4)) < refYear - 2),
  );

  // A headline restates the body: its mention folds into the body's of the same type and area.
  list = list.filter((t) => {
    if (t.sentence.field !== 'title') return true;
    const into = list.find(
      (b) =>
        b.sentence.field === 'text' &&
        b.type === t.type &&
        stepsCompatible(b, t) &&
        sameArea(t, b) &&
        overlaps(t, b) &&
        precision(b) >= precision(t) - 0.5 &&
        (asFine(b, t) || b.placeSource !== 'sentence'),
    );
    if (!into) return true;
    // a body mention placed only by its context takes the headline's more precise place
    if (!asFine(into, t)) {
      into.place = t.place;
      into.near = t.near;
    }
    absorb(into, t);
    return false;
  });

  list = foldDefiniteMentions(list, absorb);
  list = foldBareMentions(list, absorb);

  // "В пятницу стало известно о поджоге релейного шкафа … поджог произошёл в ночь на четверг": a fire
  // told again without its target, dated by the act where the first mention was dated by its report
  // (or the other way round), is the same sabotage, a sentence or two on.
  for (const d of list) {
    if (d.type !== 'arson' || d.targets.length > 0) continue;
    const first = list.find(
      (s) =>
        s.type === 'sabotage' &&
        s.sentence.index < d.sentence.index &&
        d.sentence.index - s.sentence.index <= 2 &&
        sameArea(s, d) &&
        reportDateFits(s, d),
    );
    if (first) d.type = 'sabotage';
  }

  // (a) same type, same place, compatible date, targets and counts.
  // (places no longer change from here on: each draft's place key is worked out once)
  const keys = new Map<Draft, string>();
  const keyOf = (d: Draft) => {
    let k = keys.get(d);
    if (k === undefined) keys.set(d, (k = placeKey(d.place)));
    return k;
  };
  const out: Draft[] = [];
  for (const d of list) {
    // an undated count is a tally of its own: it does not fold into a dated act, unless the lead gives it
    // for the town the body then dates (the lead sums up the story it opens)
    const tallyApart = (a: Draft, b: Draft) =>
      (!a.date && a.quantity !== null && !!b.date && !leadCount(a)) ||
      (!b.date && b.quantity !== null && !!a.date && !leadCount(b));
    const twin = out.find(
      (o) =>
        o.type === d.type &&
        keyOf(o) === keyOf(d) &&
        datesCompatible(o, d) &&
        targetsCompatible(o, d) &&
        quantitiesCompatible(o, d) &&
        stepsCompatible(o, d) &&
        actorsCompatible(o, d) &&
        courtsCompatible(o, d) &&
        (o.aggregate === d.aggregate || !o.date || !d.date) &&
        !tallyApart(o, d),
    );
    if (!twin) {
      out.push(d);
      continue;
    }
    // (of two equally precise mentions, the one told by the stronger word: a detention over the case opened)
    if (precision(d) > precision(twin) || (precision(d) === precision(twin) && d.weight > twin.weight)) {
      absorb(d, twin);
      out[out.indexOf(twin)] = d;
    } else absorb(twin, d);
  }
  list = out;

  // (b) a country-level or placeless mention without a count folds into a finer one of its type.
  list = list.filter((g) => {
    const coarse = isGeneral(g) || (g.place?.kind === 'country' && (!g.dateOwn || g.placeSource === 'weak'));
    if (!coarse || g.quantity !== null) return true;
    // a date carried from a neighbour does not tell one act from another; a date of its own does
    const into = list.find(
      (s) =>
        s !== g &&
        s.type === g.type &&
        stepsCompatible(s, g) &&
        isSpecific(s) &&
        targetsCompatible(s, g) &&
        courtsCompatible(s, g) &&
        (isGeneral(g) || (s.place && s.place.country === g.place?.country && s.place.kind !== 'country')) &&
        (!g.dateOwn || datesCompatible(s, g)),
    );
    if (!into) return true;
    absorb(into, g);
    return false;
  });

  // (c) a region-level mention folds into the settlements of that region on the same day; one with
  // a count, only into a settlement's mention of the same count (one act told twice: "three
  // detained near Novosibirsk", "three detained in the Novosibirsk region").
  list = list.filter((g) => {
    if (g.place?.kind !== 'region') return true;
    const into = list.filter(
      (s) =>
        s !== g &&
        s.type === g.type &&
        stepsCompatible(s, g) &&
        s.place?.kind === 'settlement' &&
        s.place.admin1 === g.place!.admin1 &&
        courtsCompatible(s, g) &&
        (g.date === null || (s.date === g.date && s.dateEnd === g.dateEnd)) &&
        (g.quantity === null || s.quantity === g.quantity),
    );
    if (g.quantity !== null && into.length !== 1) return true;
    if (into.length === 0) return true;
    for (const s of into) absorb(s, g);
    return false;
  });
  // (d) a protest that turned violent is coded once, as the riot it became (same place and day).
  list = list.filter((p) => {
    if (p.type !== 'protest') return true;
    const riot = list.find((r) => r.type === 'riot' && keyOf(r) === keyOf(p) && r.date === p.date);
    if (!riot) return true;
    absorb(riot, p);
    return false;
  });
  return list.sort((a, b) => a.sentence.index - b.sentence.index || a.at - b.at);
}
