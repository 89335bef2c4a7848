// Documents: immutable reports. The key is source + external id (or URL) + content hash, so the
// same report read twice is one row, and an edited report is a new one.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { template } from '../query-template.js';
import { nowIso, sha256 } from '../util.js';

export interface NewDocument {
  /** the reader's id for the report (feed guid, message id, file name); the URL stands in when absent */
  externalId: string;
  source: string;
  text: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  lang?: string | null;
  /** where it was read from (file path, URL) — for failure reports and provenance */
  origin?: string | null;
}

export interface StoredDocument {
  id: string;
  source: string;
  externalId: string;
  url: string | null;
  title: string | null;
  text: string;
  published: string | null;
  lang: string | null;
  contentHash: string;
  origin: string | null;
  ingestedAt: string;
}

export function contentHash(doc: Pick<NewDocument, 'text' | 'title'>): string {
  return sha256(`${doc.title ?? ''}\u0000${doc.text}`);
}

/** Stable document id: the same report always gets the same id, whichever run stores it. */
export function documentId(doc: NewDocument): string {
  return sha256(`${doc.source}\u0000${doc.externalId}\u0000${contentHash(doc)}`).slice(0, 24);
}

type Db = Kysely<Database> | Transaction<Database>;

export async function sourceId(db: Db, name: string): Promise<number> {
  const found = await db.selectFrom('sources').select('id').where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  await db.insertInto('sources').values({ name, created_at: nowIso() }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('sources').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export class DocumentRepository {
  /** source name → id: sources are few and never renamed, so ingest need not look them up per document */
  private readonly sourceIds = new Map<string, number>();
  constructor(private readonly db: Kysely<Database>) {}

  async exists(id: string, db: Db = this.db): Promise<boolean> {
    // Asked once per item read (and again when storing): compiled once (src/store/query-template.ts).
    const byId = template(db, 'documents.exists', ['id'], (p) => db.selectFrom('documents').select('id').where('id', '=', p.id));
    return (await byId.run(db, { id })).rows.length > 0;
  }

  /** Inserts the document unless it is already stored; returns its id and whether it was new. */
  async add(doc: NewDocument, db: Db = this.db): Promise<{ id: string; created: boolean }> {
    const id = documentId(doc);
    if (await this.exists(id, db)) return { id, created: false };
    // Another process may store the same report between the check and the insert (two ingests of
    // one folder on PostgreSQL): the insert then waits for it and does nothing, and the report counts
    // as already stored rather than failing on the primary key.
    const inserted = await db.insertInto('documents').values({
      id,
      source_id: await this.sourceId(db, doc.source),
      external_id: doc.externalId,
      url: doc.url ?? null,
      title: doc.title ?? null,
      text: doc.text,
      published: doc.published ?? null,
      lang: doc.lang ?? null,
      content_hash: contentHash(doc),
      origin: doc.origin ?? null,
      ingested_at: nowIso(),
    }).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
    return { id, created: inserted !== undefined };
  }

  private async sourceId(db: Db, name: string): Promise<number> {
    let id = this.sourceIds.get(name);
    if (id === undefined) {
      id = await sourceId(db, name);
      this.sourceIds.set(name, id);
    }
    return id;
  }

  /** Drops cached source ids (after a rollback, a cached id may no longer exist). */
  forgetSources(): void {
    this.sourceIds.clear();
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const r = await this.db.selectFrom('documents').innerJoin('sources', 'sources.id', 'documents.source_id')
      .select(['documents.id', 'sources.name as source', 'external_id', 'url', 'title', 'text', 'published', 'lang', 'content_hash', 'origin', 'ingested_at'])
      .where('documents.id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id, source: r.source, externalId: r.external_id, url: r.url, title: r.title, text: r.text,
      published: r.published, lang: r.lang, contentHash: r.content_hash, origin: r.origin, ingestedAt: r.ingested_at,
    };
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
