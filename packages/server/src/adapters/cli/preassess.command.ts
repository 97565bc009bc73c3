/**
 * `skillbank preassess [--cap N]`: runs the pre-assessment once, now (the server runs it by itself,
 * looking every minute; see README): every cohort member who lets advisors see their evidence and
 * has no assessment for today and their chain head is assessed and stored, so any cohort's next
 * report reads them. Under the same lease as the server's, so it never runs beside another
 * process's run; it sweeps every member even when today's sweep is recorded as done (to catch up
 * after a change), within the day's cap.
 */
import { parseArgs } from 'node:util';
import { getTaxonomyInfo, migrateToLatest, openDatabase } from '@skillbank/core';
import { loadConfig } from '../../config.js';
import { silentLogger } from '../../logger.js';
import { buildAndStoreIndexBytes, currentIndexKey } from '../../matching/stored-index.js';
import { preassessOnce, storedIndexSnapshot } from '../../reports/preassess.js';

export const PREASSESS_USAGE = `  preassess [--cap N]
                   assess for today every cohort member who shares with advisors and has no current
                   assessment (the most recently reported first), at most the day's cap
                   (SKILLBANK_PREASSESS_CAP, 200000), and store them
`;

const count = (value: string | undefined, name: string, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min} (got ${value})`);
  return n;
};

export async function preassessCommand(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  let cap: number | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { cap: { type: 'string' } },
      allowPositionals: false,
      strict: true,
    });
    cap = count(values.cap, 'cap', 0);
  } catch (error) {
    process.stderr.write(`skillbank preassess: ${(error as Error).message}\nusage:\n${PREASSESS_USAGE}`);
    return 2;
  }
  const config = loadConfig(env);
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;
    const taxonomy = await getTaxonomyInfo(db, config.taxonomyId);
    const indexKey = await currentIndexKey(db, config.taxonomyId);
    if (!taxonomy || !indexKey) {
      process.stderr.write(
        `skillbank preassess: taxonomy ${config.taxonomyId} is not stored; run \`skillbank import\` or \`serve\` first\n`,
      );
      return 1;
    }
    if (!(await storedIndexSnapshot(db, config.taxonomyId))) {
      process.stderr.write('building the matcher index…\n');
      await buildAndStoreIndexBytes(db, taxonomy, indexKey, silentLogger);
    }
    const started = performance.now();
    const result = await preassessOnce(db, {
      taxonomyId: config.taxonomyId,
      threads: config.preassess.threads,
      cap: cap ?? config.preassess.cap,
      again: true,
      onChunk: (n) => process.stderr.write(`  ${n} learners assessed…\n`),
    });
    if (!result.ran) {
      process.stderr.write('skillbank preassess: another process is pre-assessing now; nothing done\n');
      return 1;
    }
    const outcome = result.outcome;
    if (!outcome) {
      process.stderr.write(`skillbank preassess: no stored matcher index for ${config.taxonomyId}\n`);
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `pre-assessed ${outcome.assessed} learners for ${outcome.day} (${outcome.stored} stored) in ${seconds} s${
        outcome.capped ? `; stopped at the day's cap, learners left` : ''
      }\n`,
    );
    return 0;
  } finally {
    await handle.destroy();
  }
}
