// Builders for scorer tests: a full record from the few fields a test cares about.
import type { PredictedEvent, ScoredGold } from './agreement.js';

const BLANK: PredictedEvent = {
  type: 'protest',
  date: null,
  date_end: null,
  country: null,
  admin1: null,
  place: null,
  lat: null,
  lon: null,
  actors: [],
  quantity: null,
  evidence: '',
};

export function pred(fields: Partial<PredictedEvent>): PredictedEvent {
  return { ...BLANK, ...fields };
}

export function gold(fields: Partial<ScoredGold>): ScoredGold {
  return { ...BLANK, ...fields };
}
