// The scorer of docs/event-format.md "Scoring": public API of src/eval.
export {
  scoreDocuments,
  type EvalReport,
  type ScoredDocument,
  type ScoreOptions,
  type DocumentResult,
  type FieldAccuracy,
  type Share,
} from './score-extraction.js';
export { evaluate, type EvaluateInput, type EvaluateResult } from './evaluate.js';
export { matchDocument, type DocumentMatch, type MatchedPair } from './pair-predictions.js';
export { compatible, datesAgree, placesAgree, type PredictedEvent, type ScoredGold } from './agreement.js';
export {
  checkFields,
  actorF1,
  placeRight,
  PLACE_RADIUS_KM,
  type ActorFolder,
  type FieldResult,
} from './field-checks.js';
export { prf, type Counts, type Prf } from './prf.js';
export { formatReport, describeEvent } from './format-report.js';
export { readJsonlFile, formatLineError, type LineError, type JsonlResult } from './read-jsonl.js';
export {
  scoreClusters,
  formatClusterReport,
  goldKey,
  GoldIncidentsSchema,
  type GoldIncidents,
  type ClusterReport,
} from './cluster-score.js';
