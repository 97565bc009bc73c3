/** Queries over offerings and the tasks they cover. */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { NewOfferingRow, OfferingRow, OfferingTaskRow } from './learning.table.js';

export async function insertOfferingRow(db: Db, row: NewOfferingRow): Promise<void> {
  await db.insertInto('offerings').values(row).execute();
}

export async function updateOfferingRow(db: Db, id: string, row: Partial<OfferingRow>): Promise<void> {
  await db.updateTable('offerings').set(row).where('id', '=', id).execute();
}

export function findOfferingRow(db: Db, id: string): Promise<OfferingRow | undefined> {
  return db.selectFrom('offerings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listOfferingRowsById(db: Db, ids: readonly string[]): Promise<OfferingRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('offerings')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Replaces the covered-task rows of an offering. */
export async function replaceOfferingTaskRows(
  db: Db,
  offeringId: string,
  rows: readonly OfferingTaskRow[],
): Promise<void> {
  await db.deleteFrom('offering_tasks').where('offering_id', '=', offeringId).execute();
  if (rows.length > 0)
    await db
      .insertInto('offering_tasks')
      .values([...rows])
      .execute();
}

/** The covered-task rows of these offerings. */
export function listOfferingTaskRows(db: Db, offeringIds: readonly string[]): Promise<OfferingTaskRow[]> {
  if (offeringIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('offering_tasks')
    .selectAll()
    .where('offering_id', 'in', [...new Set(offeringIds)])
    .execute();
}

/** Task statements by id, with their occupation and text. */
export function findTaskRows(
  db: Db,
  taxonomyId: string,
  ids: readonly string[],
): Promise<{ id: string; occupation_code: string; text: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('occupation_tasks')
    .select(['id', 'occupation_code', 'text'])
    .where('taxonomy_id', '=', taxonomyId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export interface OfferingFilter {
  q?: string | undefined;
  occupation?: string | undefined;
  task?: string | undefined;
  kind?: string | undefined;
  mode?: string | undefined;
  city?: string | undefined;
  providerId?: string | undefined;
  /** Only published offerings unless the provider lists its own. */
  includeWithdrawn?: boolean | undefined;
}

/** Escapes LIKE wildcards so user text matches literally (used with `escape '\'`). */
function likeContains(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Offerings matching every filter and every search term, newest first. */
export function searchOfferingRows(
  db: Db,
  { limit, offset, ...f }: OfferingFilter & { limit: number; offset: number },
): Promise<OfferingRow[]> {
  let query = db.selectFrom('offerings as o').selectAll('o');
  if (!f.includeWithdrawn) query = query.where('o.status', '=', 'published');
  if (f.providerId !== undefined) query = query.where('o.provider_id', '=', f.providerId);
  if (f.kind !== undefined) query = query.where('o.kind', '=', f.kind);
  if (f.mode !== undefined) query = query.where('o.mode', '=', f.mode);
  if (f.city !== undefined) query = query.where('o.city', '=', f.city);
  if (f.task !== undefined) {
    const task = f.task;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('offering_tasks as t')
          .select('t.task_id')
          .whereRef('t.offering_id', '=', 'o.id')
          .where('t.task_id', '=', task),
      ),
    );
  }
  if (f.occupation !== undefined) {
    const code = f.occupation;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('offering_tasks as t')
          .select('t.task_id')
          .whereRef('t.offering_id', '=', 'o.id')
          .where('t.occupation_code', '=', code),
      ),
    );
  }
  for (const term of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    query = query.where(sql<boolean>`o.search_text like ${likeContains(term)} escape '\\'`);
  }
  return query.orderBy('o.created_at', 'desc').orderBy('o.id').limit(limit).offset(offset).execute();
}

/** Published offerings that cover at least one of these tasks, or any task of this occupation. */
export function listOfferingRowsCovering(
  db: Db,
  { taskIds, occupationCodes }: { taskIds: readonly string[]; occupationCodes: readonly string[] },
): Promise<OfferingRow[]> {
  if (taskIds.length === 0 && occupationCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('offerings as o')
    .selectAll('o')
    .where('o.status', '=', 'published')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('offering_tasks as t')
          .select('t.task_id')
          .whereRef('t.offering_id', '=', 'o.id')
          .where((eb) =>
            eb.or([
              eb('t.task_id', 'in', taskIds.length > 0 ? [...taskIds] : ['']),
              eb('t.occupation_code', 'in', occupationCodes.length > 0 ? [...occupationCodes] : ['']),
            ]),
          ),
      ),
    )
    .orderBy('o.id')
    .execute();
}
