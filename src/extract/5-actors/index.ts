// Stage 5: named actors in a sentence (registry of groups, bodies and public figures, plus naming
// patterns for organisations and courts). See src/actors/lookup.ts.
export { findActors, canonicalActor } from '../../actors/lookup.js';
