// Re-joining vague events. A report dated only to a month or a range, or placed only in a region,
// that arrives before any precise report of its act starts an event of its own; when the precise
// report comes later, it cannot join the vague event (the vague one is not a candidate good enough
// to join when another, precise act could also be meant) and nothing would bring the two together.
// So whenever an event becomes known to the settlement and day (created so, or made so by a report),
// the vague events around it are looked at again: one that fits it — and fits no other precise
// event as well — is merged into it automatically, as an analyst's merge would be (reversible,
// ids unchanged). One that also fits another precise event stays apart with its merge suggestion.
import { decide, type Candidate } from './decide.js';
import { daySpan } from './keys.js';
import { isTally, settlementKey, type Incident } from './match.js';
import { AUTO_JOIN, scorePair, type PairScore } from './score.js';

/** at most this many vague events are looked at again around one event (the closest first) */
export const MAX_REJOIN = 12;

/** Known to the settlement and the day, and one incident (not a tally). */
export function isPrecise(i: Incident): boolean {
  return settlementKey(i) !== null && daySpan(i.date, i.date_end).precision === 'day' && !isTally(i);
}

/** What a stored event says, with its evidence (notes) and earliest publication day. */
export interface StoredEvent<Id> {
  id: Id;
  incident: Incident;
  evidence: string | null;
}

/**
 * Of the events found around a precise event, the vague ones that fit it well enough to join it (as
 * a report of theirs would), best first, at most MAX_REJOIN. Whether each fits only it is the next
 * question (`fitsOnly`), asked with the vague event's own candidates.
 */
export function vagueAround<Id>(
  precise: StoredEvent<Id>,
  around: readonly StoredEvent<Id>[],
): { event: StoredEvent<Id>; score: PairScore }[] {
  return around
    .filter((v) => v.id !== precise.id && !isPrecise(v.incident) && !isTally(v.incident))
    .map((v) => ({ event: v, score: fitOf(v, precise) }))
    .filter((x) => x.score.score >= AUTO_JOIN)
    .sort((a, b) => b.score.score - a.score.score)
    .slice(0, MAX_REJOIN);
}

/** How a vague event scores as a report of the other event. */
export function fitOf<Id>(vague: StoredEvent<Id>, other: StoredEvent<Id>): PairScore {
  return scorePair(vague.incident, other.incident, {
    evidence: vague.evidence ?? undefined,
    eventEvidence: other.evidence,
    published: vague.incident.published ?? null,
  });
}

/**
 * Whether the vague event, taken as one more report, would join `targetId` among its own
 * candidates: the same decision a new report gets, so a vague event that fits two precise events
 * (two rallies in one town in September) is never guessed into either.
 */
export function fitsOnly<Id>(vague: StoredEvent<Id>, candidates: readonly Candidate<Id>[], targetId: Id): boolean {
  const others = candidates.filter((c) => c.id !== vague.id);
  const d = decide(
    vague.incident,
    { evidence: vague.evidence ?? undefined, published: vague.incident.published ?? null },
    others,
  );
  return d.join === targetId;
}
