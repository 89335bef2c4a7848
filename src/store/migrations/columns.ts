// The id column every migration's tables use: SQLite INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL
// serial. Ids are never reused either way.
import type { DbKind } from '../schema.js';

export function idColumn(kind: DbKind) {
  return {
    idCol: kind === 'postgres' ? 'serial' : 'integer',
    withId: (c: any) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()),
  } as const;
}
