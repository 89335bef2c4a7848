// Kinds of acts and of actors that several assembly steps decide by, kept in one place so the steps agree.
import type { EventType } from '../../model/event.js';

/** Below this weight a trigger word codes an act only when something else pins it down. */
export const WEAK = 0.6;
/** Acts whose record needs a named author: a statement or a founding without one is only talk. */
export const NEEDS_ACTOR = new Set<EventType>(['statement', 'organization']);
/** Acts of bodies and movements: their place is where the author sits when the text names none. */
export const AUTHORED = new Set<EventType>(['statement', 'policy', 'organization']);
/** Names that are not places even when they contain one ("Freedom of Russia Legion"). */
export const NAMED_NON_STATE = new Set(['armed_group', 'movement', 'organisation', 'outlet', 'party']);
export const STATE_KINDS = new Set(['state_body', 'court']);
/** acts whose deaths a record reports */
export const FATAL_TYPES = new Set<EventType>(['armed_attack', 'explosion', 'riot', 'arson']);
