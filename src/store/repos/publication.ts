// The publishable mark of reports (migration 006): whether the public may see a report's title, URL
// and text. Set by analysts through the review service (which writes the audit row in the same
// transaction); read by the published path (published.ts). Defaults to not publishable.
import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Tx = Transaction<Database>;

/** The mark of `documentId` if it is a source of `eventId`; undefined if it is not. */
export async function sourcePublishable(tx: Tx, eventId: number, documentId: string): Promise<boolean | undefined> {
  const row = await tx.selectFrom('event_sources').innerJoin('documents', 'documents.id', 'event_sources.document_id')
    .select('documents.publishable').where('event_sources.event_id', '=', eventId).where('event_sources.document_id', '=', documentId)
    .executeTakeFirst();
  return row ? Number(row.publishable) === 1 : undefined;
}

/** Sets the mark on the report itself: every event citing it shows it alike. */
export async function markPublishable(tx: Tx, documentId: string, publishable: boolean): Promise<void> {
  await tx.updateTable('documents').set({ publishable: publishable ? 1 : 0 }).where('id', '=', documentId).execute();
}
