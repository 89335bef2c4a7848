// `khronika eval --incidents FILE`: ingests the documents into a temporary store (extraction, then
// the store's de-duplication, in input order), maps each stored mention to its document's gold
// record with the scorer's matcher, and scores how the gold incidents' mentions were clustered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputDocument } from '../../model/document.js';
import type { EventRecord, GoldFileLine } from '../../model/event.js';
import {
  goldKey,
  matchDocument,
  scoreClusters,
  type ActorFolder,
  type ClusterReport,
  type GoldIncidents,
} from '../../eval/index.js';
import { openStore } from '../../store/index.js';

export interface IncidentEvalInput {
  docs: readonly InputDocument[];
  gold: readonly GoldFileLine[];
  incidents: GoldIncidents;
  extract: (doc: {
    id: string;
    text: string;
    title?: string | null;
    published?: string | null;
    url?: string | null;
    lang: string;
  }) => EventRecord[];
  detectLanguage?: (text: string) => string | null;
  foldActor?: ActorFolder;
  /** a store URL to use instead of a temporary SQLite file (tests: PostgreSQL) */
  storeUrl?: string;
  schema?: string;
}

/**
 * The same, with each document's gold records standing in for the extractor's output: how well the
 * store joins reports when extraction is right (every gold incident mention is then found).
 */
export function evaluateIncidentsOnGold(input: Omit<IncidentEvalInput, 'extract'>): Promise<ClusterReport> {
  const byDoc = new Map(input.gold.map((g) => [String(g.doc), g.events]));
  const extract = (doc: { id: string }): EventRecord[] =>
    (byDoc.get(doc.id) ?? []).map(
      ({ optional: _o, note: _n, ...r }) => ({ confidence: 1, ...r, doc: doc.id }) as EventRecord,
    );
  return evaluateIncidents({ ...input, extract });
}

export async function evaluateIncidents(input: IncidentEvalInput): Promise<ClusterReport> {
  const dir = input.storeUrl ? null : mkdtempSync(join(tmpdir(), 'khronika-eval-'));
  const store = await openStore(input.storeUrl ?? join(dir!, 'eval.db'), input.schema ? { schema: input.schema } : {});
  try {
    const goldByDoc = new Map(input.gold.map((g) => [String(g.doc), g]));
    const eventOf = new Map<string, number>();
    for (const doc of input.docs) {
      const id = String(doc.id);
      const lang = doc.lang ?? input.detectLanguage?.(`${doc.title ?? ''}\n${doc.text}`) ?? 'unknown';
      const records = input.extract({
        id,
        text: doc.text,
        title: doc.title,
        published: doc.published,
        url: doc.url,
        lang,
      });
      const [stored] = await store.mentions.addDocuments([
        {
          doc: {
            externalId: id,
            source: 'eval',
            text: doc.text,
            title: doc.title ?? null,
            url: doc.url ?? null,
            published: doc.published ?? null,
            lang,
          },
          records,
        },
      ]);
      const gold = goldByDoc.get(id);
      if (!gold) continue;
      const mentions = await store.mentions.forDocument(stored.documentId);
      const m = matchDocument(
        mentions.map((x) => x.record),
        gold.events,
        input.foldActor,
      );
      for (const pair of m.pairs) eventOf.set(goldKey(id, pair.gold), mentions[pair.pred].event_id);
    }
    // Follow manual merges (none in a fresh store, but the rule is the store's): an event merged
    // into another counts as that one.
    const final = new Map<string, number>();
    for (const [k, ev] of eventOf) final.set(k, await survivor(store, ev));
    return scoreClusters(input.incidents, final);
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function survivor(store: Awaited<ReturnType<typeof openStore>>, id: number): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const row = await store.db.selectFrom('events').select('merged_into').where('id', '=', id).executeTakeFirst();
    if (!row?.merged_into) return id;
    id = row.merged_into;
  }
  return id;
}
