import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTemplate, template } from './query-template.js';
import { TEST_DIALECTS, type TestStore } from './test-support.js';

describe.each(TEST_DIALECTS)('query templates on %s', (_name, open) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await open();
    const now = '2024-01-01T00:00:00.000Z';
    await t.store.db
      .insertInto('sources')
      .values([
        { name: 'alpha', created_at: now },
        { name: 'beta', created_at: now },
        { name: 'gamma', created_at: now },
      ])
      .execute();
  });
  afterAll(async () => t.dispose());

  const byName = () =>
    template(t.store.db, 'test.sources.byName', ['a', 'b'], (p) =>
      t.store.db
        .selectFrom('sources')
        .select('name')
        .where('name', 'in', [p.a, p.b])
        .where('name', '<>', 'gamma')
        .orderBy('name'),
    );

  it.each([
    [{ a: 'alpha', b: 'gamma' }, ['alpha']],
    [{ a: 'beta', b: 'alpha' }, ['alpha', 'beta']],
    [{ a: 'delta', b: 'delta' }, []],
  ])('runs one compiled query with new values %j', async (values, names) => {
    const { rows } = await byName().run<{ name: string }>(t.store.db, values);
    expect(rows.map((r) => r.name)).toEqual(names);
  });

  it('compiles once per dialect and keeps constants in place', () => {
    expect(byName()).toBe(byName());
    expect(byName().bind({ a: 'x', b: 'y' }).parameters).toEqual(['x', 'y', 'gamma']);
  });

  it('refuses a template where a value did not become a parameter', () => {
    expect(() =>
      QueryTemplate.compile(['a', 'unused'], (p) =>
        t.store.db.selectFrom('sources').select('id').where('name', '=', p.a),
      ),
    ).toThrow('unused not passed as parameters');
  });
});
