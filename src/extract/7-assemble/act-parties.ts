// What an act is and who takes part: its final type, its authors and its targets.
import type { Lang } from '../../model/document.js';
import type { EventType } from '../../model/event.js';
import type { ActorMention, TriggerMention } from '../types.js';
import type { Group } from './attach.js';
import type { DocContext } from '../document/doc-context.js';
import { actorInfo } from '../5-actors/actor-info.js';
import { STATE_KINDS } from './kinds.js';

const RESOLUTION = /resolution|резолюци/iu;
const PEOPLE_TARGETS = new Set(['protesters', 'journalists']);
/** "к властям", "в адрес Кремля": the one spoken to, not the speaker */
const ADDRESSEE = /(?:^|\s)(?:к|ко|в адрес|до)\s+$/iu;

/** The trigger's type, corrected: an arson against nothing named in a story about infrastructure is
 *  sabotage; a resolution of a movement or a congress is its statement, of a state its policy. */
export function actType(
  t: TriggerMention,
  g: Group,
  ctx: Pick<DocContext, 'infrastructureStory'>,
  actorNames: string[],
  kinds: Map<string, string>,
): EventType {
  let type = t.type;
  if (type === 'arson' && ctx.infrastructureStory && g.triggers.every((x) => x.targets.length === 0)) type = 'sabotage';
  if (
    type === 'policy' &&
    RESOLUTION.test(t.text) &&
    !actorNames.some(
      (n) => STATE_KINDS.has(actorInfo(n)?.kind ?? kinds.get(n) ?? '') || actorInfo(n)?.kind === 'person',
    )
  )
    type = 'statement';
  return type;
}

/** The act's authors: for statements and protests the speakers around the trigger, else the
 *  sentence's actors, of the kinds that can carry out this type of act. */
export function actActors(
  type: EventType,
  t: TriggerMention,
  text: string,
  lang: Lang,
  mentions: ActorMention[],
  actorNames: string[],
  kinds: Map<string, string>,
): string[] {
  const typeActors = actorsFor(
    type,
    type === 'statement' || type === 'protest'
      ? speakers(text, mentions, t, type === 'statement' ? actorNames : [], lang)
      : actorNames,
    kinds,
  );
  if (!t.nonStateSpeakers) return typeActors;
  return typeActors.filter((n) => !STATE_KINDS.has(actorInfo(n)?.kind ?? kinds.get(n) ?? ''));
}

/** Which of the sentence's actors can carry out an act of this type. */
export function actorsFor(type: EventType, names: string[], kinds: Map<string, string>): string[] {
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
export function speakers(
  text: string,
  actors: ActorMention[],
  t: TriggerMention,
  fallback: string[],
  lang: Lang,
): string[] {
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

/** Which of the group's targets an act of this type has: arrests take people (protesters when the
 *  sentence is about a protest), statements address governments, other acts hit things. */
export function targetsFor(type: EventType, found: string[], sentenceHasProtest: boolean): string[] {
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
