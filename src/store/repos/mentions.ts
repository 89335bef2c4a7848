// Mentions: the records extracted from one document. Storing a document with its mentions is one
// transaction, so an interrupted ingest leaves either all of a document or none of it.
import type { Kysely, Transaction } from 'kysely';
import type { EventRecord } from '../../model/event.js';
import { flushWriteBatch, openWriteBatch } from '../batched-upkeep.js';
import { withRetry } from '../retry.js';
import type { Database, DbKind } from '../schema.js';
import type { DocumentRepository, NewDocument } from './documents.js';
import { addMention, type MentionResult } from './event-writer.js';
import { rejoinVague } from './vague-rejoin.js';
import { resolutionOrder } from '../../resolve/decide.js';

export interface StoredMention {
  id: number;
  document_id: string;
  seq: number;
  event_id: number;
  origin_event_id: number;
  record: EventRecord;
}

export interface DocumentIngestResult {
  documentId: string;
  /** false when the document, or the same text under another name, was already stored (nothing else was written) */
  created: boolean;
  mentions: MentionResult[];
}

export class MentionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly documents: DocumentRepository,
    private readonly kind: DbKind,
  ) {}

  /** Stores the document and its extracted records, resolving each to an event, atomically. */
  async addDocument(doc: NewDocument, records: readonly EventRecord[]): Promise<DocumentIngestResult> {
    const [result] = await this.addDocuments([{ doc, records }]);
    return result;
  }

  /**
   * Stores several documents in one transaction (all or none): ingest commits in small batches,
   * because a commit per document would cost more than resolving it.
   */
  async addDocuments(
    batch: readonly { doc: NewDocument; records: readonly EventRecord[] }[],
  ): Promise<DocumentIngestResult[]> {
    // Concurrent PostgreSQL writers can deadlock on shared tally rows: the loser is run again.
    return withRetry(async () => {
      try {
        return await this.db.transaction().execute((tx) => this.store(tx, batch));
      } catch (err) {
        this.documents.forgetSources(); // a rolled-back transaction may have taken new sources with it
        throw err;
      }
    });
  }

  private async store(
    tx: Transaction<Database>,
    batch: readonly { doc: NewDocument; records: readonly EventRecord[] }[],
  ): Promise<DocumentIngestResult[]> {
    // SQLite: index and count the new events once, at the end (src/store/batched-upkeep.ts).
    const batched = this.kind === 'sqlite';
    if (batched) await openWriteBatch(tx);
    const out: DocumentIngestResult[] = [];
    for (const { doc, records } of batch) {
      const { id, created, nearDuplicates } = await this.documents.add(doc, tx);
      const mentions: MentionResult[] = [];
      const ctx = { published: doc.published ?? null, nearDuplicates, documentEvents: [] as number[] };
      // Precise records first (resolve/decide.ts); results are reported in the records' order.
      if (created) {
        const results: MentionResult[] = [];
        for (const seq of resolutionOrder(records)) {
          const m = await addMention(tx, id, seq, records[seq], ctx);
          results[seq] = m;
          // an event now known to the settlement and day gathers the vague events that are only it
          if (m.sharpened) {
            const { survivor } = await rejoinVague(tx, m.eventId, id, m.merged);
            if (survivor !== m.eventId) {
              results[seq] = { ...m, eventId: survivor };
              if (!ctx.documentEvents.includes(survivor)) ctx.documentEvents.push(survivor);
            }
          }
        }
        mentions.push(...results);
      }
      out.push({ documentId: id, created, mentions });
    }
    if (batched) await flushWriteBatch(tx);
    return out;
  }

  async forDocument(documentId: string): Promise<StoredMention[]> {
    const rows = await this.db
      .selectFrom('mentions')
      .select(['id', 'document_id', 'seq', 'event_id', 'origin_event_id', 'record'])
      .where('document_id', '=', documentId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as EventRecord }));
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('mentions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
