// The review service of a store. The store does not build it (review sits above the store and
// uses its curation repository), so callers ask for it here; one service per store, made on first use.
import type { Store } from '../store/index.js';
import { ReviewService } from './service.js';

const services = new WeakMap<Pick<Store, 'curation'>, ReviewService>();

export function reviewFor(store: Pick<Store, 'curation'>): ReviewService {
  let service = services.get(store);
  if (!service) services.set(store, (service = new ReviewService(store.curation)));
  return service;
}
