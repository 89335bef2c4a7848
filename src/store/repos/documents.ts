// Documents: immutable reports. The key is source + external id (or URL) + content hash, so the
// same report read twice is one row, and an edited report is a new one. The same text read from
// another path, URL or feed is that same document (a hash of its words); a near-duplicate (a
// syndicated copy with another headline, boilerplate or a changed paragraph) is a new document
// linked to the ones it copies, found by MinHash bands (src/resolve/shingles.ts).
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  minhash,
  signatureSimilarity,
  words,
} from '../../resolve/shingles.js';
import type { Database } from '../schema.js';
import { template } from '../query-template.js';
import { nowIso, sha256, toNumber } from '../util.js';

/** Estimated Jaccard similarity of 4-word shingles from which two texts are near-duplicates. */
export const NEAR_DUPLICATE = 0.5;
/** the most near-duplicates linked per document (the closest) */
const MAX_LINKS = 5;
/** documents sharing a band with the new one that are compared (most shared bands first) */
const MAX_COMPARED = 20;

/** sha256 of the text's words, or null when it has too few words to identify it. */
export function textHash(text: string): string | null {
  const ws = words(text);
  return ws.length >= 3 ? sha256(ws.join(' ')) : null;
}

export interface AddedDocument {
  id: string;
  /** false when this document, or the same text under another name, was already stored */
  created: boolean;
  /** stored documents this one nearly repeats, closest first */
  nearDuplicates: string[];
}

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

export const StoredDocumentSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    externalId: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string(),
    published: z.string().nullable(),
    lang: z.string().nullable(),
    contentHash: z.string(),
    origin: z.string().nullable(),
    ingestedAt: z.string(),
  })
  .meta({ id: 'StoredDocument', description: 'A stored report with its text.' });
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

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
  await db
    .insertInto('sources')
    .values({ name, created_at: nowIso() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('sources').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export class DocumentRepository {
  /** source name → id: sources are few and never renamed, so ingest need not look them up per document */
  private readonly sourceIds = new Map<string, number>();
  constructor(private readonly db: Kysely<Database>) {}

  async exists(id: string, db: Db = this.db): Promise<boolean> {
    // Asked once per item read (and again when storing): compiled once (src/store/query-template.ts).
    const byId = template(db, 'documents.exists', ['id'], (p) =>
      db.selectFrom('documents').select('id').where('id', '=', p.id),
    );
    return (await byId.run(db, { id })).rows.length > 0;
  }

  /**
   * Inserts the document unless it is already stored, under its own id or as the same text from
   * elsewhere (then the stored one's id is returned); links a new document to its near-duplicates.
   */
  async add(doc: NewDocument, db: Db = this.db): Promise<AddedDocument> {
    const id = documentId(doc);
    if (await this.exists(id, db)) return { id, created: false, nearDuplicates: [] };
    const hash = textHash(doc.text);
    if (hash !== null) {
      const byText = template(db, 'documents.byTextHash', ['hash'], (p) =>
        db.selectFrom('documents').select('id').where('text_hash', '=', p.hash).limit(1),
      );
      const same = (await byText.run<{ id: string }>(db, { hash })).rows[0];
      if (same) return { id: same.id, created: false, nearDuplicates: [] };
    }
    const sig = minhash(doc.text);
    // Another process may store the same report between the check and the insert (two ingests of
    // one folder on PostgreSQL): the insert then waits for it and does nothing, and the report counts
    // as already stored rather than failing on the primary key.
    const inserted = await db
      .insertInto('documents')
      .values({
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
        text_hash: hash,
        minhash: sig ? encodeSignature(sig) : null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) return { id, created: false, nearDuplicates: [] };
    const nearDuplicates = sig ? await this.linkNearDuplicates(db, id, sig) : [];
    return { id, created: true, nearDuplicates };
  }

  /** Stores the document's band keys and links it to the stored documents it nearly repeats. */
  private async linkNearDuplicates(db: Db, id: string, sig: Uint32Array): Promise<string[]> {
    const keys = bandKeys(sig);
    const sharing = await db
      .selectFrom('document_bands')
      .select(['document_id', (eb) => eb.fn.countAll().as('n')])
      .where('band_key', 'in', keys)
      .groupBy('document_id')
      .orderBy('n', 'desc')
      .orderBy('document_id')
      .limit(MAX_COMPARED)
      .execute();
    if (sharing.length === 0) {
      await db
        .insertInto('document_bands')
        .values(keys.map((band_key) => ({ band_key, document_id: id })))
        .execute();
      return [];
    }
    const stored = await db
      .selectFrom('documents')
      .select(['id', 'minhash'])
      .where(
        'id',
        'in',
        sharing.map((r) => r.document_id),
      )
      .execute();
    const links = stored
      .flatMap((r) => {
        const other = r.minhash ? decodeSignature(r.minhash) : null;
        const similarity = other ? signatureSimilarity(sig, other) : 0;
        return similarity >= NEAR_DUPLICATE ? [{ document_id: id, similar_id: r.id, similarity }] : [];
      })
      .sort((a, b) => b.similarity - a.similarity || (a.similar_id < b.similar_id ? -1 : 1))
      .slice(0, MAX_LINKS);
    if (links.length) await db.insertInto('document_links').values(links).execute();
    // Only a document that repeats none stored gets band keys: a copy is found through its
    // original, so a story syndicated a thousand times costs each new copy the same lookup.
    else
      await db
        .insertInto('document_bands')
        .values(keys.map((band_key) => ({ band_key, document_id: id })))
        .execute();
    return links.map((l) => l.similar_id);
  }

  /** The near-duplicates linked to a document, either way, closest first. */
  async nearDuplicates(id: string): Promise<{ id: string; similarity: number }[]> {
    const rows = await this.db
      .selectFrom('document_links')
      .select(['similar_id as other', 'similarity'])
      .where('document_id', '=', id)
      .unionAll(
        this.db
          .selectFrom('document_links')
          .select(['document_id as other', 'similarity'])
          .where('similar_id', '=', id),
      )
      .execute();
    return rows
      .map((r) => ({ id: r.other, similarity: toNumber(r.similarity) }))
      .sort((a, b) => b.similarity - a.similarity);
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
    const r = await this.db
      .selectFrom('documents')
      .innerJoin('sources', 'sources.id', 'documents.source_id')
      .select([
        'documents.id',
        'sources.name as source',
        'external_id',
        'url',
        'title',
        'text',
        'published',
        'lang',
        'content_hash',
        'origin',
        'ingested_at',
      ])
      .where('documents.id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      source: r.source,
      externalId: r.external_id,
      url: r.url,
      title: r.title,
      text: r.text,
      published: r.published,
      lang: r.lang,
      contentHash: r.content_hash,
      origin: r.origin,
      ingestedAt: r.ingested_at,
    };
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
