// The review service of a store. The store does not build it (review sits above the store and
// uses its repositories), so callers ask for it here; one service per store, made on first use.
import type { Store } from '../store/index.js';
import { ReviewService } from './service.js';

const services = new WeakMap<Pick<Store, 'db' | 'kind'>, ReviewService>();

export function reviewFor(store: Pick<Store, 'db' | 'kind'>): ReviewService {
  let service = services.get(store);
  if (!service) services.set(store, (service = new ReviewService(store.db, store.kind)));
  return service;
}
