// Scores the English reporting table (test/en-reporting/table.ts): how many rows the extractor codes right.
// Usage: tsx scripts/en-table.ts [--fails]
import { extract } from '../src/extract/index.js';
import { ALL } from '../test/en-reporting/table.js';

const showFails = process.argv.includes('--fails');
let total = 0;
let ok = 0;
for (const { group, rows } of ALL) {
  let good = 0;
  const fails: string[] = [];
  for (const r of rows) {
    const got = new Set(
      extract({ id: 't', title: null, text: r.s, published: '2024-05-20', lang: 'en' }).map((e) => e.type),
    );
    const missing = (r.yes ?? []).filter((t) => !got.has(t));
    const extra = (r.no ?? []).filter((t) => got.has(t));
    if (missing.length === 0 && extra.length === 0) good++;
    else
      fails.push(
        `  ${missing.length ? `MISS ${missing.join(',')}` : ''}${extra.length ? ` FALSE ${extra.join(',')}` : ''} [got ${[...got].join(',')}] ${r.s}`,
      );
  }
  total += rows.length;
  ok += good;
  console.log(`${group}: ${good}/${rows.length}`);
  if (showFails) for (const f of fails) console.log(f);
}
console.log(`all: ${ok}/${total}`);
