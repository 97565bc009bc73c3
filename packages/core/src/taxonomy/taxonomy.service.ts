/** Maps stored taxonomy rows to domain types. */
import type { Db } from '../db/database.js';
import { schemeFromStored } from './scheme/scheme.resolve.js';
import { GROUP_RANKS } from './scheme/scheme.spec.js';
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
  level: number;
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
    scheme: schemeFromStored(row.scheme),
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
    middleCode: row.middle_code || null,
    minorCode: row.minor_code || null,
  };
}

function toTask(row: OccupationTaskRow): OccupationTask {
  return { id: row.id, seq: row.seq, text: row.text };
}

function toGroup(row: TaxonomyGroupRow): TaxonomyGroup {
  return { code: row.code, level: row.level, name: row.name, parentCode: row.parent_code };
}

export async function getTaxonomyInfo(db: Db, id: string): Promise<TaxonomyInfo | null> {
  const row = await findTaxonomy(db, id);
  return row ? toInfo(row) : null;
}

export async function getTaxonomyCounts(db: Db, id: string): Promise<TaxonomyCounts> {
  const [{ groups, occupations, tasks }, row] = await Promise.all([countRows(db, id), findTaxonomy(db, id)]);
  const scheme = schemeFromStored(row?.scheme ?? null);
  const ranks = Object.fromEntries(GROUP_RANKS.map((rank) => [rank, 0])) as Record<
    (typeof GROUP_RANKS)[number],
    number
  >;
  for (const g of groups) {
    const rank = scheme.rankOf(g.level);
    if (rank && rank !== 'occupation') ranks[rank] = Number(g.n);
  }
  return {
    ...ranks,
    occupation: Number(occupations.total),
    digital: Number(occupations.digital ?? 0),
    green: Number(occupations.green ?? 0),
    digitalAndGreen: Number(occupations.both),
    new: Number(occupations.isNew ?? 0),
    tasks,
  };
}

/** One occupation with its tasks and its path from the top group down, or `null`. */
export async function getOccupation(
  db: Db,
  taxonomyId: string,
  code: string,
): Promise<{ occupation: Occupation; path: PathStep[] } | null> {
  const row = await findOccupationRow(db, taxonomyId, code);
  if (!row) return null;
  const [tasks, groups] = await Promise.all([
    listTaskRows(db, taxonomyId, [code]),
    // The stored group codes are the ancestors the scheme derived at import.
    listGroupRows(
      db,
      taxonomyId,
      [row.major_code, row.middle_code, row.minor_code].filter((c) => c !== ''),
    ),
  ]);
  const path: PathStep[] = groups
    .sort((a, b) => a.level - b.level)
    .map((g) => ({ level: g.level, code: g.code, name: g.name }));
  path.push({ level: (groups.at(-1)?.level ?? 0) + 1, code: row.code, name: row.name });
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
