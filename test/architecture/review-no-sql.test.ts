/**
 * The review service orders and checks analysts' commands; the store's curation repository
 * (src/store/repos/curation.ts) owns their queries. This keeps query building out of src/review:
 * no Kysely import, no query-builder call, no store internal other than its public index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REVIEW = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/review');
const shipped = readdirSync(REVIEW).filter((f) => f.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(f));

describe('src/review builds no SQL', () => {
  it('has files to check', () => expect(shipped.length).toBeGreaterThan(2));
  it.each(shipped)('%s', (file) => {
    const text = readFileSync(join(REVIEW, file), 'utf8');
    expect(text).not.toMatch(/from\s+['"]kysely['"]/);
    expect(text).not.toMatch(/\.(?:selectFrom|updateTable|insertInto|deleteFrom)\s*\(|\.transaction\(\)|\bsql`/);
    const storeImports = [...text.matchAll(/from\s+['"](\.\.\/store\/[^'"]+)['"]/g)].map((m) => m[1]);
    expect(storeImports.filter((p) => p !== '../store/index.js')).toEqual([]);
  });
});
