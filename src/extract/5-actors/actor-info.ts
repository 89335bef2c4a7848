// Registry facts about a canonical actor name (kind, country), for placing acts of state bodies
// at their seat and for leaving outlets out of the actors of what they report.
import { registry } from '../../actors/registry.js';
import type { ActorMention } from '../types.js';

export interface ActorInfo {
  kind: ActorMention['kind'];
  country: string;
}

let byName: Map<string, ActorInfo> | undefined;

export function actorInfo(name: string): ActorInfo | undefined {
  if (!byName) {
    byName = new Map();
    for (const a of registry().actors) byName.set(a.name, { kind: a.kind, country: a.country });
  }
  return byName.get(name);
}
