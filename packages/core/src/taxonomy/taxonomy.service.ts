/** Maps stored taxonomy rows to domain types. */
import type { Db } from '../db/database.js';
import { ancestorCodes } from './code.js';
import {
  countRows,
  findOccupationRow,
  findTaxonomy,
  listGroupRows,
  listOccupationRows,
  listTaskRows,
  listTaxonomyRows,
  type OccupationFilter,
  searchOccupationRows,
} from './taxonomy.repository.js';
import type { OccupationRow, OccupationTaskRow, TaxonomyGroupRow, TaxonomyRow } from './taxonomy.table.js';
import type {
  Occupation,
  OccupationTask,
  TaxonomyCounts,
  TaxonomyData,
  TaxonomyGroup,
  TaxonomyInfo,
} from './taxonomy.types.js';

export type OccupationSummary = Omit<Occupation, 'definition' | 'tasks'>;

export interface PathStep {
  level: 1 | 2 | 3 | 4;
  code: string;
  name: string;
}

function toInfo(row: TaxonomyRow): TaxonomyInfo {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    nameEn: row.name_en,
    locale: row.locale,
    source: row.source,
  };
}

function toSummary(row: OccupationRow): OccupationSummary {
  return {
    code: row.code,
    name: row.name,
    digital: row.digital === 1,
    green: row.green === 1,
    isNew: row.is_new === 1,
    majorCode: row.major_code,
    middleCode: row.middle_code,
    minorCode: row.minor_code,
  };
}

function toTask(row: OccupationTaskRow): OccupationTask {
  return { id: row.id, seq: row.seq, text: row.text };
}

function toGroup(row: TaxonomyGroupRow): TaxonomyGroup {
  return { code: row.code, level: row.level as 1 | 2 | 3, name: row.name, parentCode: row.parent_code };
}

export async function getTaxonomyInfo(db: Db, id: string): Promise<TaxonomyInfo | null> {
  const row = await findTaxonomy(db, id);
  return row ? toInfo(row) : null;
}

export async function getTaxonomyCounts(db: Db, id: string): Promise<TaxonomyCounts> {
  const { groups, occupations, tasks } = await countRows(db, id);
  const byLevel = (level: number) => Number(groups.find((g) => g.level === level)?.n ?? 0);
  return {
    major: byLevel(1),
    middle: byLevel(2),
    minor: byLevel(3),
    occupation: Number(occupations.total),
    digital: Number(occupations.digital ?? 0),
    green: Number(occupations.green ?? 0),
    digitalAndGreen: Number(occupations.both),
    new: Number(occupations.isNew ?? 0),
    tasks,
  };
}

/** One occupation with its tasks and its path from the major group down, or `null`. */
export async function getOccupation(
  db: Db,
  taxonomyId: string,
  code: string,
): Promise<{ occupation: Occupation; path: PathStep[] } | null> {
  const row = await findOccupationRow(db, taxonomyId, code);
  if (!row) return null;
  const [tasks, groups] = await Promise.all([
    listTaskRows(db, taxonomyId, [code]),
    listGroupRows(db, taxonomyId, ancestorCodes(code)),
  ]);
  const path: PathStep[] = groups
    .sort((a, b) => a.level - b.level)
    .map((g) => ({ level: g.level as 1 | 2 | 3, code: g.code, name: g.name }));
  path.push({ level: 4, code: row.code, name: row.name });
  return { occupation: { ...toSummary(row), definition: row.definition, tasks: tasks.map(toTask) }, path };
}

/** Occupations matching a text query and filters, a page at a time (`limit + 1` tells if more exist). */
export async function searchOccupations(
  db: Db,
  taxonomyId: string,
  options: OccupationFilter & { q?: string | undefined; limit: number; offset: number },
): Promise<{ items: OccupationSummary[]; hasMore: boolean }> {
  const rows = await searchOccupationRows(db, taxonomyId, { ...options, limit: options.limit + 1 });
  return { items: rows.slice(0, options.limit).map(toSummary), hasMore: rows.length > options.limit };
}

export async function getGroups(db: Db, taxonomyId: string, codes?: string[]): Promise<TaxonomyGroup[]> {
  return (await listGroupRows(db, taxonomyId, codes)).map(toGroup);
}

/** The whole stored taxonomy in memory (for building search and matching indexes), or `null`. */
export async function loadTaxonomy(db: Db, taxonomyId: string): Promise<TaxonomyData | null> {
  const info = await findTaxonomy(db, taxonomyId);
  if (!info) return null;
  const [groups, occupations, tasks] = await Promise.all([
    listGroupRows(db, taxonomyId),
    listOccupationRows(db, taxonomyId),
    listTaskRows(db, taxonomyId),
  ]);
  const tasksByCode = new Map<string, OccupationTask[]>();
  for (const t of tasks) {
    const list = tasksByCode.get(t.occupation_code) ?? [];
    list.push(toTask(t));
    tasksByCode.set(t.occupation_code, list);
  }
  return {
    info: toInfo(info),
    groups: groups.map(toGroup),
    occupations: occupations.map((o) => ({
      ...toSummary(o),
      definition: o.definition,
      tasks: tasksByCode.get(o.code) ?? [],
    })),
  };
}

/** Every stored taxonomy, by id. */
export async function listTaxonomies(db: Db): Promise<TaxonomyInfo[]> {
  return (await listTaxonomyRows(db)).map(toInfo);
}

/** What identifies a stored taxonomy's content: a re-import of changed data changes `contentHash`. */
export async function getTaxonomyStamp(
  db: Db,
  id: string,
): Promise<{ version: string; contentHash: string } | null> {
  const row = await findTaxonomy(db, id);
  return row ? { version: row.version, contentHash: row.content_hash } : null;
}
