// Cross-document resolution: which mentions describe one incident, and what the event then says.
export { nameKey, daySpan, type DaySpan, type DatePrecision } from './keys.js';
export { sameIncident, pickIncident, compatibleTypes, type Incident } from './match.js';
export { combine, primaryRecord, type CombinableRecord, type CuratedFields } from './combine.js';
export { cluster, type Cluster } from './cluster.js';
