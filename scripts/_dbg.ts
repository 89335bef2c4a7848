import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyndication } from '../bench/syndication.js';
import { extract } from '../src/extract/index.js';
import { openStore } from '../src/store/index.js';
const keep = new Set((process.env.INC ?? '211,151,276').split(',').map(Number));
const reports = generateSyndication({ incidents: Math.ceil(20000 / 55), seed: 2024 }).slice(0, 20000).filter((r) => keep.has(r.incident));
const dir = mkdtempSync(join(tmpdir(), 'dbg-'));
const store = await openStore(join(dir, 'x.db'));
for (const r of reports) {
  const res = await store.mentions.addDocument(
    { externalId: r.id, source: r.source, text: r.text, title: r.title, url: null, published: r.published, lang: r.lang },
    extract({ id: r.id, text: r.text, title: r.title, published: r.published, lang: r.lang }),
  );
  for (const m of res.mentions) {
    const ev = await store.db.selectFrom('events').select(['id','date','date_end','place','geo_precision','status','merged_into']).where('id','=',m.eventId).executeTakeFirst();
    const mm = await store.db.selectFrom('mentions').select(['type','record']).where('document_id','=',res.documentId).execute();
    if (!res.created) continue;
    if (process.env.V) console.log(`inc ${r.incident} ${r.variant} pub ${r.published} → ev ${m.eventId} merged=${m.merged} sharp=${m.sharpened} ${ev?.date} ${ev?.place}`);
  }
}
const audits = await store.db.selectFrom('audit_log').selectAll().execute();
for (const a of audits) console.log(a.event_id, a.action, a.detail.slice(0, 200));
console.log(dir);
