/**
 * Reads a taxonomy source folder (taxonomy.json, hierarchy.csv, occupations.csv, tasks.csv, and the
 * optional scheme.json) and validates it under its scheme.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { DEFAULT_SCHEME } from './scheme/scheme.resolve.js';
import { schemeSpecSchema } from './scheme/scheme.spec.js';
import { TaxonomyScheme } from './scheme/taxonomy-scheme.js';
import { sourceRowSchemas, taxonomyManifestSchema } from './taxonomy.schema.js';
import type { Occupation, TaxonomyData, TaxonomyGroup } from './taxonomy.types.js';

/** One CSV record with the line it starts on (the header is line 1). */
export interface SourceRow {
  line: number;
  data: Record<string, string>;
}

export interface TaxonomySource {
  manifest: unknown;
  /** The folder's `scheme.json`; null or absent without one (the source then follows CN-2022's). */
  scheme?: unknown;
  hierarchy: SourceRow[];
  occupations: SourceRow[];
  tasks: SourceRow[];
  /** SHA-256 over the raw files: equal hashes mean an import would change nothing. */
  contentHash: string;
}

/** A problem found in one row of one file; `line` is the CSV line number, `field` the column. */
export interface SourceProblem {
  file: string;
  line: number;
  field: string | null;
  message: string;
}

export type ParseResult =
  | { ok: true; data: TaxonomyData; notes: string[] }
  | { ok: false; problems: SourceProblem[] };

export const SOURCE_FILES = ['taxonomy.json', 'hierarchy.csv', 'occupations.csv', 'tasks.csv'] as const;
/** Optional: the classification's scheme (code grammar, levels, markers); see `SchemeSpec`. */
export const SCHEME_FILE = 'scheme.json';

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseCsv(text: string): SourceRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, info: true, bom: true }) as {
    info: { lines: number };
    record: Record<string, string>;
  }[];
  // csv-parse reports the line a record ends on; a record starts on line (end - its newlines).
  return records.map(({ info, record }) => {
    const newlines = Object.values(record).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - newlines, data: record };
  });
}

/** Reads the files of a taxonomy folder. Throws only when a file is missing or is not CSV/JSON. */
export async function readTaxonomySource(dir: string): Promise<TaxonomySource> {
  const [manifest, hierarchy, occupations, tasks] = (await Promise.all(
    SOURCE_FILES.map((file) => readFile(join(dir, file), 'utf8')),
  )) as [string, string, string, string];
  const scheme = await readOptional(join(dir, SCHEME_FILE));
  const hash = createHash('sha256');
  for (const text of [manifest, hierarchy, occupations, tasks]) hash.update(text).update('\0');
  // Only folders with a scheme hash it, so folders without one keep their hash.
  if (scheme !== null) hash.update(scheme).update('\0');
  return {
    manifest: JSON.parse(manifest),
    scheme: scheme === null ? null : JSON.parse(scheme),
    hierarchy: parseCsv(hierarchy),
    occupations: parseCsv(occupations),
    tasks: parseCsv(tasks),
    contentHash: hash.digest('hex'),
  };
}

function zodProblems(file: string, line: number, error: z.ZodError): SourceProblem[] {
  return error.issues.map((issue) => ({
    file,
    line,
    field: issue.path.length > 0 ? issue.path.join('.') : null,
    message: issue.message,
  }));
}

/**
 * Validates a taxonomy source row by row and assembles it. Every problem is reported with its file
 * and line; nothing is returned as data unless the whole source is valid.
 */
export function parseTaxonomySource(source: TaxonomySource): ParseResult {
  const problems: SourceProblem[] = [];
  const manifest = taxonomyManifestSchema.safeParse(source.manifest);
  if (!manifest.success) problems.push(...zodProblems('taxonomy.json', 1, manifest.error));
  let scheme: TaxonomyScheme = DEFAULT_SCHEME;
  if (source.scheme !== null && source.scheme !== undefined) {
    const spec = schemeSpecSchema.safeParse(source.scheme);
    // Rows cannot be checked without their grammar: report the scheme alone.
    if (!spec.success)
      return { ok: false, problems: [...problems, ...zodProblems(SCHEME_FILE, 1, spec.error)] };
    scheme = new TaxonomyScheme(spec.data);
  }
  const rowSchemas = sourceRowSchemas(scheme);

  const groups = new Map<string, TaxonomyGroup>();
  const occupationLines = new Map<string, number>();
  for (const row of source.hierarchy) {
    const parsed = rowSchemas.hierarchy.safeParse(row.data);
    if (!parsed.success) {
      problems.push(...zodProblems('hierarchy.csv', row.line, parsed.error));
      continue;
    }
    const { level, code, name, parent_code } = parsed.data;
    const at = (field: string, message: string) =>
      problems.push({ file: 'hierarchy.csv', line: row.line, field, message });
    const parent = scheme.parentOf(code);
    if (scheme.levelOf(code) !== level) at('level', `code ${code} is not a level-${level} code`);
    else if ((parent_code || null) !== parent)
      at('parent_code', `parent of ${code} must be ${parent ?? 'empty'}`);
    else if (groups.has(code) || occupationLines.has(code)) at('code', `duplicate code ${code}`);
    else if (parent_code && !groups.has(parent_code))
      at('parent_code', `parent ${parent_code} is not defined above this row`);
    else if (level === scheme.depth) occupationLines.set(code, row.line);
    else groups.set(code, { code, level, name, parentCode: parent_code || null });
  }

  const occupations = new Map<string, Occupation>();
  for (const row of source.occupations) {
    const parsed = rowSchemas.occupation.safeParse(row.data);
    if (!parsed.success) {
      problems.push(...zodProblems('occupations.csv', row.line, parsed.error));
      continue;
    }
    const { code, name, digital, green, isNew, definition } = parsed.data;
    const parent = scheme.parentOf(code) ?? '';
    if (occupations.has(code)) {
      problems.push({
        file: 'occupations.csv',
        line: row.line,
        field: 'code',
        message: `duplicate code ${code}`,
      });
    } else if (!occupationLines.has(code)) {
      problems.push({
        file: 'occupations.csv',
        line: row.line,
        field: 'code',
        message: `${code} is not in hierarchy.csv`,
      });
    } else if (!groups.has(parent)) {
      problems.push({
        file: 'occupations.csv',
        line: row.line,
        field: 'code',
        message: `${scheme.levelName(scheme.depth - 1, 'en')} ${parent} does not exist`,
      });
    } else {
      const { major, middle, minor } = scheme.groupsOf(code);
      occupations.set(code, {
        code,
        name,
        definition: definition || null,
        digital,
        green,
        isNew,
        majorCode: major ?? '',
        middleCode: middle,
        minorCode: minor,
        tasks: [],
      });
    }
  }
  const listed = new Set(source.occupations.map((row) => row.data.code));
  for (const [code, line] of occupationLines) {
    if (!listed.has(code)) {
      problems.push({
        file: 'hierarchy.csv',
        line,
        field: 'code',
        message: `occupation ${code} has no row in occupations.csv`,
      });
    }
  }

  const taskIds = new Set<string>();
  for (const row of source.tasks) {
    const parsed = rowSchemas.task.safeParse(row.data);
    if (!parsed.success) {
      problems.push(...zodProblems('tasks.csv', row.line, parsed.error));
      continue;
    }
    const { id, occupation_code, seq, text } = parsed.data;
    const occupation = occupations.get(occupation_code);
    const at = (field: string, message: string) =>
      problems.push({ file: 'tasks.csv', line: row.line, field, message });
    const expected = scheme.taskId(occupation_code, seq);
    if (id !== expected) at('id', `must be ${expected}`);
    else if (taskIds.has(id)) at('id', `duplicate task id ${id}`);
    else if (!occupation) at('occupation_code', `occupation ${occupation_code} does not exist`);
    else if (seq !== occupation.tasks.length + 1)
      at('seq', `expected task ${occupation.tasks.length + 1} of ${occupation_code}, found ${seq}`);
    else {
      taskIds.add(id);
      occupation.tasks.push({ id, seq, text });
    }
  }

  if (problems.length > 0 || !manifest.success) return { ok: false, problems };
  const list = [...occupations.values()];
  const notes = [
    `${list.filter((o) => o.definition === null).length} occupations have no definition`,
    `${list.filter((o) => o.tasks.length === 0).length} occupations have no tasks`,
  ];
  const { nameEn, ...info } = manifest.data;
  return {
    ok: true,
    data: {
      info: { ...info, nameEn: nameEn ?? null, scheme },
      groups: [...groups.values()],
      occupations: list,
    },
    notes,
  };
}

/** Reads and validates a taxonomy folder in one call. */
export async function loadTaxonomySource(dir: string): Promise<ParseResult & { contentHash: string }> {
  const source = await readTaxonomySource(dir);
  return { ...parseTaxonomySource(source), contentHash: source.contentHash };
}
