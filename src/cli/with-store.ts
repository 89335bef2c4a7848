// Opens the store for one command and closes it after, whatever happens. Only commands that write new
// things create a store (`create`); the rest need one that exists, so a mistyped --db fails clearly.
import { openStore, type Store } from '../store/index.js';

export async function withStore<T>(
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  create = false,
): Promise<T> {
  const store = await openStore(db, { create });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
