/**
 * `skillbank report <cohortId> --format html|csv|json [--anonymised] [--lang zh|en]`: the cohort
 * match report on stdout (redirect it to a file; sentences and labels in Chinese unless `--lang en`),
 * progress on stderr. Runs with the database's own rights, under
 * the same consent rule as the API: only members who let advisors see their evidence are used.
 */
import { parseArgs } from 'node:util';
import {
  ADMIN_ACCOUNT,
  loadOrCreatePlatformKey,
  migrateToLatest,
  openDatabase,
  systemNow,
} from '@skillbank/core';
import { loadConfig } from '../../config.js';
import { silentLogger } from '../../logger.js';
import { loadServedTaxonomy, ServedTaxonomyHolder } from '../../matching/served-taxonomy.js';
import { progressBar } from '../../progress.js';
import {
  DEFAULT_REPORT_LANG,
  hasAnonymisedForm,
  isReportFormat,
  isReportLang,
  REPORT_FORMATS,
  REPORT_FORMATS_TEXT,
  type ReportFormat,
  type ReportLang,
  renderReport,
} from '../../reports/index.js';
import { localTimeZone } from '../../time-zone.js';
import { createUseCases } from '../../use-cases/index.js';

export const REPORT_USAGE = `  report <cohortId> [--format ${REPORT_FORMATS.join('|')}] [--anonymised] [--lang zh|en]
                   the cohort match report on stdout (default ${REPORT_FORMATS[0]}, Chinese), progress on stderr
`;

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
    stderr.write('building the matcher index…\n');
    const served = await loadServedTaxonomy(handle.db, config.taxonomyId, silentLogger);
    if (!served) {
      stderr.write(
        `skillbank report: taxonomy ${config.taxonomyId} is not stored; run \`skillbank import\` or \`serve\` first\n`,
      );
      return 1;
    }
    const useCases = createUseCases({
      db: handle.db,
      config,
      logger: silentLogger,
      served: new ServedTaxonomyHolder(served),
      platformKey: await loadOrCreatePlatformKey(config.keyFile),
      now: systemNow,
    });
    const bar = progressBar(stderr);
    const started = performance.now();
    // The command runs with the database's own rights: the administrator's, under the same consent rule.
    const built = await useCases.cohorts.report({ account: ADMIN_ACCOUNT, token: null }, cohortId, {
      anonymised,
      lang,
      onProgress: (done, total, phase) => bar.update(done, total, phase),
    });
    if (!built.ok) {
      bar.finish();
      stderr.write(
        built.error.kind === 'not_found'
          ? `skillbank report: no cohort ${cohortId}\n`
          : `skillbank report: ${built.error.message}\n`,
      );
      return 1;
    }
    const { cohort, population: p, report } = built.value;
    bar.finish(
      `report of ${cohort.name}: ${p.included} of ${p.members} members used (${p.notShared} not shared, ${p.noEvidence} without evidence, ${p.failed} failed) in ${Math.round(performance.now() - started)} ms`,
    );
    // Dates a person reads are written in this machine's zone (the advisor running the command).
    const { body } = renderReport(format, report, { timeZone: localTimeZone() });
    await new Promise<void>((resolve, reject) =>
      stdout.write(body, (error) => (error ? reject(error) : resolve())),
    );
    return 0;
  } finally {
    await handle.destroy();
  }
}

function parse(args: string[]): {
  cohortId: string;
  format: ReportFormat;
  anonymised: boolean;
  lang: ReportLang;
} {
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
  const format = values.format ?? REPORT_FORMATS[0];
  if (!isReportFormat(format))
    throw new Error(`--format must be ${REPORT_FORMATS_TEXT} (got ${values.format})`);
  if (values.anonymised === true && !hasAnonymisedForm(format))
    throw new Error(`--format ${format} lists named learners: it has no --anonymised form (use csv)`);
  const lang = values.lang ?? DEFAULT_REPORT_LANG;
  if (!isReportLang(lang)) throw new Error(`--lang must be zh or en (got ${values.lang})`);
  return { cohortId, format, anonymised: values.anonymised === true, lang };
}
