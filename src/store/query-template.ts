// Queries compiled once and run many times. Kysely builds and compiles a query on every call,
// which costs more than SQLite takes to run the small queries ingest makes per mention; a
// template is compiled once with placeholder values and then run with new ones (the SQLite
// driver also keeps one prepared statement per SQL text, src/store/connect.ts).
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

const PLACEHOLDER = '\u0000khronika-param:';

type Slot<P> = { name: P } | { value: unknown };

export class QueryTemplate<P extends string> {
  private constructor(
    private readonly compiled: CompiledQuery,
    private readonly slots: Slot<P>[],
  ) {}

  /**
   * `build` gets a placeholder for each name and must pass them as plain values (not in lists
   * whose length varies, not as literals); every name must end up as a parameter.
   */
  static compile<P extends string>(names: readonly P[], build: (p: Record<P, string>) => Compilable): QueryTemplate<P> {
    const placeholders = Object.fromEntries(names.map((n) => [n, PLACEHOLDER + n])) as Record<P, string>;
    const compiled = build(placeholders).compile();
    const slots = compiled.parameters.map(
      (v): Slot<P> =>
        typeof v === 'string' && v.startsWith(PLACEHOLDER) ? { name: v.slice(PLACEHOLDER.length) as P } : { value: v },
    );
    const used = new Set(slots.flatMap((s) => ('name' in s ? [s.name] : [])));
    const missing = names.filter((n) => !used.has(n));
    if (missing.length)
      throw new Error(`query template: ${missing.join(', ')} not passed as parameters in: ${compiled.sql}`);
    return new QueryTemplate(compiled, slots);
  }

  bind(values: Record<P, unknown>): CompiledQuery {
    return { ...this.compiled, parameters: this.slots.map((s) => ('name' in s ? values[s.name] : s.value)) };
  }

  run<R>(db: Kysely<any>, values: Record<P, unknown>): Promise<QueryResult<R>> {
    return db.executeQuery<R>(this.bind(values) as CompiledQuery<R>);
  }
}

/** Templates per dialect (the SQL differs between SQLite and PostgreSQL, not between stores). */
const cache = new WeakMap<object, Map<string, QueryTemplate<string>>>();

/** The template `key` for db's dialect, compiled on first use. */
export function template<P extends string>(
  db: Kysely<any>,
  key: string,
  names: readonly P[],
  build: (p: Record<P, string>) => Compilable,
): QueryTemplate<P> {
  const dialect = db.getExecutor().adapter.constructor;
  let byKey = cache.get(dialect);
  if (!byKey) cache.set(dialect, (byKey = new Map()));
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = QueryTemplate.compile(names, build)));
  return t as QueryTemplate<P>;
}
