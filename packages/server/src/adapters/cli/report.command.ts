/**
 * `skillbank report <cohortId> --format html|csv|json [--anonymised] [--lang zh|en]`: the cohort
 * match report on stdout (redirect it to a file; sentences and labels in Chinese unless `--lang en`),
 * progress on stderr. Runs with the database's own rights, under
 * the same consent rule as the API: only members who let advisors see their evidence are used.
 */
import { parseArgs } from 'node:util';
import { getCohort, getTaxonomyInfo, migrateToLatest, openDatabase } from '@skillbank/core';
import { loadConfig } from '../../config.js';
import { silentLogger } from '../../logger.js';
import { buildTaxonomyMatcher } from '../../matching/served-taxonomy.js';
import { progressBar } from '../../progress.js';
import { buildCohortReport } from '../../reports/cohort-report.build.js';
import { renderReportCsv } from '../../reports/cohort-report.csv.js';
import { renderReportHtml } from '../../reports/cohort-report.html.js';
import { presentReport } from '../../reports/cohort-report.present.js';
import { DEFAULT_REPORT_LANG, isReportLang, type ReportLang } from '../../reports/report-i18n.js';

export const REPORT_USAGE =
  '  report <cohortId> [--format json|csv|html] [--anonymised] [--lang zh|en]\n                   the cohort match report on stdout (default json, Chinese), progress on stderr\n';

const FORMATS = ['json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Runs the command; resolves to the exit code (2 for bad arguments, 1 when the report cannot be made). */
export async function reportCommand(
  args: string[],
  env: Record<string, string | undefined>,
  {
    stdout = process.stdout,
    stderr = process.stderr,
  }: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WriteStream } = {},
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    stderr.write(
      `skillbank report: ${error instanceof Error ? error.message : String(error)}\nusage:\n${REPORT_USAGE}`,
    );
    return 2;
  }
  const { cohortId, format, anonymised, lang } = parsed;
  const config = loadConfig(env);
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const taxonomy = await getTaxonomyInfo(handle.db, config.taxonomyId);
    if (!taxonomy) {
      stderr.write(
        `skillbank report: taxonomy ${config.taxonomyId} is not stored; run \`skillbank import\` or \`serve\` first\n`,
      );
      return 1;
    }
    const cohort = await getCohort(handle.db, cohortId);
    if (!cohort) {
      stderr.write(`skillbank report: no cohort ${cohortId}\n`);
      return 1;
    }
    stderr.write('building the matcher index…\n');
    const matcher = await buildTaxonomyMatcher(handle.db, taxonomy.id, silentLogger);
    const bar = progressBar(stderr);
    const started = performance.now();
    const full = await buildCohortReport(handle.db, matcher, {
      cohort,
      onProgress: (done, total, phase) => bar.update(done, total, phase),
    });
    const report = presentReport(full, { anonymised, lang });
    const p = full.population;
    bar.finish(
      `report of ${cohort.name}: ${p.included} of ${p.members} members used (${p.notShared} not shared, ${p.noEvidence} without evidence, ${p.failed} failed) in ${Math.round(performance.now() - started)} ms`,
    );
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'csv'
          ? renderReportCsv(report)
          : renderReportHtml(report);
    await new Promise<void>((resolve, reject) =>
      stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
    return 0;
  } finally {
    await handle.destroy();
  }
}

function parse(args: string[]): { cohortId: string; format: Format; anonymised: boolean; lang: ReportLang } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      anonymised: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [cohortId, ...extra] = positionals;
  if (!cohortId) throw new Error('name the cohort');
  if (extra.length > 0) throw new Error(`unexpected argument ${extra[0]}`);
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format must be json, csv or html (got ${values.format})`);
  const lang = values.lang ?? DEFAULT_REPORT_LANG;
  if (!isReportLang(lang)) throw new Error(`--lang must be zh or en (got ${values.lang})`);
  return { cohortId, format, anonymised: values.anonymised === true, lang };
}
