// Saved views: named filters per user. A user sees their own views and the ones others shared.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema.js';
import { nowIso } from '../util.js';

export const SavedViewSchema = z
  .object({
    id: z.number().int(),
    owner_id: z.number().int(),
    owner: z.string(),
    name: z.string(),
    query: z.string().describe('canonical EventQuery string, without "?"'),
    shared: z.boolean(),
    created_at: z.string(),
  })
  .meta({ id: 'SavedView', description: 'A named filter of a user, maybe shared with every signed-in user.' });
export type SavedView = z.infer<typeof SavedViewSchema>;

export class SavedViewExistsError extends Error {}

export class SavedViewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('saved_views')
      .innerJoin('users', 'users.id', 'saved_views.owner_id')
      .select([
        'saved_views.id',
        'saved_views.owner_id',
        'users.username as owner',
        'saved_views.name',
        'saved_views.query',
        'saved_views.shared',
        'saved_views.created_at',
      ]);
  }

  private static row(r: {
    id: number;
    owner_id: number;
    owner: string;
    name: string;
    query: string;
    shared: number;
    created_at: string;
  }): SavedView {
    return { ...r, shared: r.shared === 1 };
  }

  /** `query` must already be canonical (src/model/query-string.ts). */
  async create(ownerId: number, name: string, query: string, shared = false): Promise<SavedView> {
    const taken = await this.db
      .selectFrom('saved_views')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('name', '=', name)
      .executeTakeFirst();
    if (taken)
      throw new SavedViewExistsError(`you already have a view named "${name}": delete it or choose another name`);
    const { id } = await this.db
      .insertInto('saved_views')
      .values({ owner_id: ownerId, name, query, shared: shared ? 1 : 0, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.get(id))!;
  }

  async get(id: number): Promise<SavedView | undefined> {
    const r = await this.select().where('saved_views.id', '=', id).executeTakeFirst();
    return r ? SavedViewRepository.row(r) : undefined;
  }

  /** The user's own views, then those others shared; by name. */
  async visibleTo(userId: number): Promise<SavedView[]> {
    const rows = await this.select()
      .where((eb) => eb.or([eb('saved_views.owner_id', '=', userId), eb('saved_views.shared', '=', 1)]))
      .orderBy('saved_views.name')
      .orderBy('saved_views.id')
      .execute();
    const all = rows.map(SavedViewRepository.row);
    return [...all.filter((v) => v.owner_id === userId), ...all.filter((v) => v.owner_id !== userId)];
  }

  async delete(id: number): Promise<boolean> {
    const r = await this.db.deleteFrom('saved_views').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
