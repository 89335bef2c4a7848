// Cross-document resolution: which mentions describe one incident, and what the event then says.
export { nameKey, daySpan, type DaySpan, type DatePrecision } from './keys.js';
export { sameIncident, compatibleTypes, settlementKey, type Incident } from './match.js';
export { scorePair, AUTO_JOIN, SUGGEST, type PairScore, type PairContext } from './score.js';
export { decide, type Candidate, type Decision } from './decide.js';
export {
  candidateSearch,
  repeatsSentence,
  MAX_SPAN_DAYS,
  type CandidateSearch,
  type PlaceShape,
  type DateShape,
} from './candidate-search.js';
export { actorAgreement, sameActor, actorStems } from './actor-keys.js';
export { withOffsetPrecision, placedByOffset } from './offset-place.js';
export {
  minhash,
  bandKeys,
  signatureSimilarity,
  encodeSignature,
  decodeSignature,
  sentenceSimilarity,
} from './shingles.js';
export {
  combine,
  primaryRecord,
  startSummary,
  foldSummary,
  summaryFields,
  summarise,
  type CombinableRecord,
  type CuratedFields,
  type RunningSummary,
} from './combine.js';
