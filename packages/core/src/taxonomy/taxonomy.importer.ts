/** Imports a validated taxonomy into storage: idempotent, all-or-nothing, with a per-row report. */

import type { Db } from '../db/database.js';
import { recordTaxonomyChange } from '../feed/feed.service.js';
import { type Clock, systemNow } from '../time/clock.js';
import { parseTaxonomySource, type SourceProblem, type TaxonomySource } from './taxonomy.source.js';
import type { TaxonomyData } from './taxonomy.types.js';

export type ImportStatus = 'imported' | 'unchanged' | 'invalid';

export interface ImportReport {
  status: ImportStatus;
  taxonomyId: string | null;
  version: string | null;
  counts: { groups: number; occupations: number; tasks: number };
  problems: SourceProblem[];
  notes: string[];
}

export interface ImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions extends Clock {
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per INSERT statement; SQLite allows 32,766 bound values, Postgres 65,535. */
  batchSize?: number;
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Validates and imports a taxonomy source. Nothing is written unless every row is valid; an
 * unchanged source (same content hash) writes nothing; a changed one replaces that taxonomy's rows
 * in one transaction, leaving other taxonomies untouched.
 */
export async function importTaxonomy(
  db: Db,
  source: TaxonomySource,
  { onProgress, batchSize = 500, now = systemNow }: ImportOptions = {},
): Promise<ImportReport> {
  onProgress?.({ phase: 'validate', done: 0, total: 1 });
  const parsed = parseTaxonomySource(source);
  onProgress?.({ phase: 'validate', done: 1, total: 1 });
  if (!parsed.ok) {
    return {
      status: 'invalid',
      taxonomyId: null,
      version: null,
      counts: { groups: 0, occupations: 0, tasks: 0 },
      problems: parsed.problems,
      notes: [],
    };
  }
  const { data, notes } = parsed;
  const counts = {
    groups: data.groups.length,
    occupations: data.occupations.length,
    tasks: data.occupations.reduce((n, o) => n + o.tasks.length, 0),
  };
  const base = { taxonomyId: data.info.id, version: data.info.version, counts, problems: [], notes };

  const existing = await db
    .selectFrom('taxonomies')
    .select('content_hash')
    .where('id', '=', data.info.id)
    .executeTakeFirst();
  if (existing?.content_hash === source.contentHash) return { status: 'unchanged', ...base };

  await db.transaction().execute(async (trx) => {
    const at = now();
    await writeTaxonomy(trx, data, source.contentHash, at, { batchSize, onProgress });
    // Processes following the feed swap to the new index at this one position.
    await recordTaxonomyChange(trx, {
      taxonomyId: data.info.id,
      version: data.info.version,
      contentHash: source.contentHash,
      at: at.toISOString(),
    });
  });
  return { status: 'imported', ...base };
}

async function writeTaxonomy(
  db: Db,
  data: TaxonomyData,
  contentHash: string,
  importedAt: Date,
  { batchSize, onProgress }: { batchSize: number; onProgress: ImportOptions['onProgress'] },
): Promise<void> {
  const id = data.info.id;
  // Child rows cascade, but deleting explicitly keeps SQLite correct even without foreign_keys on.
  for (const table of ['occupation_tasks', 'occupations', 'taxonomy_groups'] as const) {
    await db.deleteFrom(table).where('taxonomy_id', '=', id).execute();
  }
  await db.deleteFrom('taxonomies').where('id', '=', id).execute();
  await db
    .insertInto('taxonomies')
    .values({
      id,
      version: data.info.version,
      name: data.info.name,
      name_en: data.info.nameEn,
      locale: data.info.locale,
      source: data.info.source,
      content_hash: contentHash,
      imported_at: importedAt.toISOString(),
      scheme: JSON.stringify(data.info.scheme.spec),
    })
    .execute();

  const groups = data.groups.map((g) => ({
    taxonomy_id: id,
    code: g.code,
    level: g.level,
    name: g.name,
    parent_code: g.parentCode,
  }));
  const occupations = data.occupations.map((o) => ({
    taxonomy_id: id,
    code: o.code,
    name: o.name,
    definition: o.definition,
    digital: o.digital ? 1 : 0,
    green: o.green ? 1 : 0,
    is_new: o.isNew ? 1 : 0,
    major_code: o.majorCode,
    middle_code: o.middleCode ?? '',
    minor_code: o.minorCode ?? '',
  }));
  const tasks = data.occupations.flatMap((o) =>
    o.tasks.map((t) => ({ taxonomy_id: id, id: t.id, occupation_code: o.code, seq: t.seq, text: t.text })),
  );
  const total = groups.length + occupations.length + tasks.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress?.({ phase: 'write', done, total });
  };
  for (const rows of batches(groups, batchSize)) {
    await db.insertInto('taxonomy_groups').values(rows).execute();
    step(rows.length);
  }
  for (const rows of batches(occupations, batchSize)) {
    await db.insertInto('occupations').values(rows).execute();
    step(rows.length);
  }
  for (const rows of batches(tasks, batchSize)) {
    await db.insertInto('occupation_tasks').values(rows).execute();
    step(rows.length);
  }
}
