// Places: gazetteer (GeoNames), regions and countries, name lookup with context-based disambiguation.
export { regionByIso, countryByIso, seatOf } from './regions.js';
export { lookupPlaces } from './lookup.js';
export { nameKey, tokenize } from './normalize.js';
