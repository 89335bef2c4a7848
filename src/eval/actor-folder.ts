// Actor names are compared through the actor registry's canonical names, so "RDK" and "Russian
// Volunteer Corps" count as one actor; names the registry does not know are only case/accent-folded.
import { canonicalActor } from '../actors/lookup.js';
import { foldName } from './text-fold.js';
import type { ActorFolder } from './field-checks.js';

type Canonicaliser = (name: string) => string | undefined;

/** Folds the canonical name when the canonicaliser knows one, else the name itself. */
export function folderFrom(canonical: Canonicaliser): ActorFolder {
  return (name: string) => {
    let resolved: string | undefined;
    try {
      resolved = canonical(name);
    } catch {
      // a registry bug must not abort an evaluation: compare the name as written
      resolved = undefined;
    }
    return foldName(resolved || name);
  };
}

/** Folds through the actor registry (src/actors), falling back to plain folding for unknown names. */
export function registryActorFolder(): ActorFolder {
  return folderFrom(canonicalActor);
}
