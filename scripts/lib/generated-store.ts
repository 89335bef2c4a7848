// The de-duplication diagnostics' common start: the benchmark's generated reports, extracted and
// stored in-process, in batches of 50 as an ingest would, in a fresh SQLite file under the temp dir.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedReport } from '../../bench/syndication.js';
import { extract } from '../../src/extract/index.js';
import { openStore } from '../../src/store/index.js';

/** Stores `reports` in a new store; returns it with its directory (the caller removes it). */
export async function storeGenerated(reports: GeneratedReport[], prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = await openStore(join(dir, 'x.db'));
  for (let i = 0; i < reports.length; i += 50) {
    await store.mentions.addDocuments(
      reports.slice(i, i + 50).map((r) => ({
        doc: {
          externalId: r.id,
          source: r.source,
          text: r.text,
          title: r.title,
          url: null,
          published: r.published,
          lang: r.lang,
        },
        records: extract({ id: r.id, text: r.text, title: r.title, published: r.published, lang: r.lang }),
      })),
    );
  }
  return { store, dir };
}
