// One act of a group: its type, authors, place, day, count and targets, made into draft records.
import type { QuantityMention, TriggerMention } from '../types.js';
import type { Draft } from './draft.js';
import type { Group, PlacedMention } from './attach.js';
import { recordUnit, unitKind } from '../6-quantities/quantity-units.js';
import type { SentenceScene } from './scene.js';
import { AUTHORED, FATAL_TYPES, NEEDS_ACTOR } from './kinds.js';
import { actActors, actType, targetsFor } from './act-parties.js';
import { isCourtAct, locate, tallyOverPlaces, type Located } from './locate.js';
import { dateAct, type ActDate } from './act-date.js';
import { recordsPerDay, recordsPerPlace, togetherDays } from './act-records.js';
import type { Loc } from './loc.js';
import { onePerson, tellsOnePerson } from '../6-quantities/one-person.js';
import { arrestStep } from './arrest-steps.js';

export interface AssembledAct {
  drafts: Draft[];
  /** the count's own unit, for joining a count to an earlier draft (draft-book.ts) */
  unit: string | null;
  /** where the act was placed, after a tally over places */
  list: Loc[];
  source: Located['source'];
  date: ActDate;
}

/** The drafts of the group's act that `t` is the first trigger of; null when it needs an author and
 *  has none. `locations` keeps the group's places per type and authors, decided once. */
export function assembleAct(
  scene: SentenceScene,
  g: Group,
  t: TriggerMention,
  mine: PlacedMention[],
  groupTargets: string[],
  locations: Map<string, Located>,
): AssembledAct | null {
  const { text, lang, ctx, clauseOf } = scene;
  let weight = -Infinity;
  for (const x of g.triggers) if (x.type === t.type && x.weight > weight) weight = x.weight;
  const type = actType(t, g, ctx, scene.actorNames, scene.actorKinds);
  const typeActors = actActors(type, t, text, lang, scene.actors, scene.actorNames, scene.actorKinds);
  if (NEEDS_ACTOR.has(type) && typeActors.length === 0) return null;

  const locKey = `${type}|${typeActors.join('|')}`;
  let located = locations.get(locKey);
  if (!located)
    locations.set(
      locKey,
      (located = locate(type, g, mine, scene.ownPlaces, typeActors, scene.sameParagraph, ctx, text)),
    );
  const list = tallyOverPlaces(located, t, text, lang, scene.quantities, scene.placed, clauseOf);
  const source = located.source;

  const when = dateAct({
    g,
    dates: scene.datesByRole,
    clauseOf,
    sameParagraph: scene.sameParagraph,
    nextParagraph: scene.nextParagraph,
    located: { list, source },
    ctx,
  });
  const date = when.date;

  const q = scene.quantityOf.get(t) ?? firstQuantity(g.triggers, t.type, scene.quantityOf);
  const quantity = q?.value ?? null;
  const unit = quantity === null ? null : q!.people ? 'people' : recordUnit(q!.unit);
  const undayed = date?.precision !== 'day' || date.date_end !== null;
  const aggregate = AUTHORED.has(type) ? quantity !== null && unitKind(unit) === 'incidents' && quantity > 1 : undayed;
  const single = quantity === null && type === 'arrest' && g.triggers.some((x) => onePerson(text, x, lang));
  const targets = targetsFor(type, groupTargets, scene.sentenceHasProtest);
  const fatalities = FATAL_TYPES.has(type) ? scene.fatalities : null;
  // (read for Russian and Ukrainian, whose court verbs say so; an English verdict is often told
  // without one: "gave him 16 years")
  const court = type === 'arrest' && lang !== 'en' && g.triggers.some((x) => x.type === 'arrest' && isCourtAct(x));
  const singular = type === 'arrest' && quantity === null && tellsOnePerson(text, scene.clauses[t.clause], lang);

  const perPlace = recordsPerPlace({
    type,
    text,
    lang,
    list,
    placed: scene.placed,
    quantity,
    aggregate,
    date,
    gapped: scene.gapped,
  });
  const days = when.own ? togetherDays(text, g, scene.dates, clauseOf) : [];
  const drafts = recordsPerDay(perPlace, days).map(
    (r): Draft => ({
      type,
      sentence: scene.sentence,
      at: t.start,
      place: r.loc?.place ?? null,
      near: r.loc?.near ?? false,
      placeSource: r.loc ? source : 'none',
      date: r.date?.date ?? null,
      dateEnd: r.date?.date_end ?? null,
      dateOwn: when.own,
      dateReported: when.reported && r.date === date,
      frame: ctx.frame,
      actors: typeActors.slice(),
      targets,
      quantity: r.quantity,
      quantityUnit: r.quantity === null ? null : (unit ?? 'people'),
      onePerson: single,
      // (the sentence's verdict, if it tells one: "five activists, arrested in May, were sentenced")
      step: type === 'arrest' ? arrestStep(scene.usable) : null,
      singular,
      court,
      fatalities,
      aggregate: r.aggregate,
      weight,
    }),
  );
  return { drafts, unit, list, source, date: when };
}

/** The count of the group's first trigger of this type that has one. */
function firstQuantity(
  triggers: TriggerMention[],
  type: TriggerMention['type'],
  quantityOf: Map<TriggerMention, QuantityMention>,
): QuantityMention | null {
  for (const x of triggers) {
    if (x.type !== type) continue;
    const q = quantityOf.get(x);
    if (q) return q;
  }
  return null;
}
