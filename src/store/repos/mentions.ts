// Mentions: the records extracted from one document. Storing a document with its mentions is one
// transaction, so an interrupted ingest leaves either all of a document or none of it.
import type { Kysely } from 'kysely';
import type { EventRecord } from '../../model/event.js';
import type { Database } from '../schema.js';
import { DocumentRepository, type NewDocument } from './documents.js';
import { addMention, type MentionResult } from './event-writer.js';

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
  /** false when the document was already stored (nothing else was written) */
  created: boolean;
  mentions: MentionResult[];
}

export class MentionRepository {
  constructor(private readonly db: Kysely<Database>, private readonly documents: DocumentRepository) {}

  /** Stores the document and its extracted records, resolving each to an event, atomically. */
  async addDocument(doc: NewDocument, records: readonly EventRecord[]): Promise<DocumentIngestResult> {
    return this.db.transaction().execute(async (tx) => {
      const { id, created } = await this.documents.add(doc, tx);
      if (!created) return { documentId: id, created, mentions: [] };
      const mentions: MentionResult[] = [];
      for (const [seq, r] of records.entries()) mentions.push(await addMention(tx, id, seq, r));
      return { documentId: id, created, mentions };
    });
  }

  async forDocument(documentId: string): Promise<StoredMention[]> {
    const rows = await this.db.selectFrom('mentions').select(['id', 'document_id', 'seq', 'event_id', 'origin_event_id', 'record'])
      .where('document_id', '=', documentId).orderBy('seq').execute();
    return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as EventRecord }));
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('mentions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
