/** Queries over stored taxonomies. Free functions taking the database (or a transaction) first. */
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Db } from '../db/database.js';
import type { OccupationRow, OccupationTaskRow, TaxonomyGroupRow, TaxonomyRow } from './taxonomy.table.js';

export function findTaxonomy(db: Db, id: string): Promise<TaxonomyRow | undefined> {
  return db.selectFrom('taxonomies').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTaxonomyRows(db: Db): Promise<TaxonomyRow[]> {
  return db.selectFrom('taxonomies').selectAll().orderBy('id').execute();
}

export function findOccupationRow(
  db: Db,
  taxonomyId: string,
  code: string,
): Promise<OccupationRow | undefined> {
  return db
    .selectFrom('occupations')
    .selectAll()
    .where('taxonomy_id', '=', taxonomyId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function listTaskRows(
  db: Db,
  taxonomyId: string,
  occupationCodes?: string[],
): Promise<OccupationTaskRow[]> {
  let query = db.selectFrom('occupation_tasks').selectAll().where('taxonomy_id', '=', taxonomyId);
  if (occupationCodes) {
    if (occupationCodes.length === 0) return Promise.resolve([]);
    query = query.where('occupation_code', 'in', occupationCodes);
  }
  return query.orderBy('occupation_code').orderBy('seq').execute();
}

export function listOccupationRows(db: Db, taxonomyId: string): Promise<OccupationRow[]> {
  return db
    .selectFrom('occupations')
    .selectAll()
    .where('taxonomy_id', '=', taxonomyId)
    .orderBy('code')
    .execute();
}

export function listGroupRows(db: Db, taxonomyId: string, codes?: string[]): Promise<TaxonomyGroupRow[]> {
  let query = db.selectFrom('taxonomy_groups').selectAll().where('taxonomy_id', '=', taxonomyId);
  if (codes) {
    if (codes.length === 0) return Promise.resolve([]);
    query = query.where('code', 'in', codes);
  }
  return query.orderBy('code').execute();
}

export async function countRows(db: Db, taxonomyId: string) {
  const groups = await db
    .selectFrom('taxonomy_groups')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .where('taxonomy_id', '=', taxonomyId)
    .groupBy('level')
    .execute();
  const occupations = await db
    .selectFrom('occupations')
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      (eb) => eb.fn.sum<number>('digital').as('digital'),
      (eb) => eb.fn.sum<number>('green').as('green'),
      (eb) => eb.fn.sum<number>('is_new').as('isNew'),
      (eb) => eb.fn.countAll<number>().filterWhere('digital', '=', 1).filterWhere('green', '=', 1).as('both'),
    ])
    .where('taxonomy_id', '=', taxonomyId)
    .executeTakeFirstOrThrow();
  const tasks = await db
    .selectFrom('occupation_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('taxonomy_id', '=', taxonomyId)
    .executeTakeFirstOrThrow();
  return { groups, occupations, tasks: Number(tasks.n) };
}

export interface OccupationFilter {
  digital?: boolean | undefined;
  green?: boolean | undefined;
  /** New in this edition of the classification (the scheme's `isNew` marker). */
  isNew?: boolean | undefined;
  /** A group code (`2`, `2-02`, `2-02-38`) of any rank: only occupations below it. */
  group?: string | undefined;
  /** Restrict to these codes (e.g. the hits of a text index). */
  codes?: string[] | undefined;
}

/** Escapes LIKE wildcards so user text matches literally (used with `escape '\'`). */
function likeContains(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Db, taxonomyId: string, { digital, green, isNew, group, codes }: OccupationFilter) {
  let query = db.selectFrom('occupations as o').where('o.taxonomy_id', '=', taxonomyId);
  if (digital !== undefined) query = query.where('o.digital', '=', digital ? 1 : 0);
  if (green !== undefined) query = query.where('o.green', '=', green ? 1 : 0);
  if (isNew !== undefined) query = query.where('o.is_new', '=', isNew ? 1 : 0);
  if (group !== undefined)
    query = query.where((eb) =>
      eb.or([
        eb('o.major_code', '=', group),
        eb('o.middle_code', '=', group),
        eb('o.minor_code', '=', group),
      ]),
    );
  if (codes !== undefined) query = query.where('o.code', 'in', codes.length > 0 ? codes : ['']);
  return query;
}

/**
 * Substring search over names, definitions and task statements, every whitespace-separated term
 * required; ranked by where terms match (name before definition before tasks), then by code.
 */
export async function searchOccupationRows(
  db: Db,
  taxonomyId: string,
  {
    q,
    limit,
    offset,
    ...filter
  }: OccupationFilter & { q?: string | undefined; limit: number; offset: number },
): Promise<OccupationRow[]> {
  const terms = (q ?? '').split(/\s+/).filter(Boolean).slice(0, 8).map(likeContains);
  const nameLike = (p: string) => sql<boolean>`lower(o.name) like ${p} escape '\\'`;
  const definitionLike = (p: string) => sql<boolean>`lower(coalesce(o.definition, '')) like ${p} escape '\\'`;
  const taskLike = (eb: ExpressionBuilder<Database & { o: Database['occupations'] }, 'o'>, p: string) =>
    eb.exists(
      eb
        .selectFrom('occupation_tasks as t')
        .select(sql`1`.as('one'))
        .whereRef('t.taxonomy_id', '=', 'o.taxonomy_id')
        .whereRef('t.occupation_code', '=', 'o.code')
        .where(sql<boolean>`lower(t.text) like ${p} escape '\\'`),
    );
  let query = filtered(db, taxonomyId, filter).selectAll('o');
  for (const p of terms) {
    query = query.where((eb) => eb.or([nameLike(p), definitionLike(p), taskLike(eb, p)]));
  }
  if (terms.length > 0) {
    const rank = sql.join(
      terms.map(
        (p) =>
          sql`(case when ${nameLike(p)} then 4 else 0 end + case when ${definitionLike(p)} then 2 else 0 end)`,
      ),
      sql` + `,
    );
    query = query.orderBy(sql`${rank}`, 'desc');
  }
  return query.orderBy('o.code').limit(limit).offset(offset).execute();
}
