/** The `skillbank` commands: serve, import a taxonomy folder, migrate. `bin.ts` runs them. */
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { migrateToLatest, openDatabase, sequencePending } from '@skillbank/core';
import { boot, importTaxonomyDir } from '../../boot.js';
import { loadConfig } from '../../config.js';
import { jsonLogger } from '../../logger.js';
import { followPrimary, servePrimary } from '../../processes/cluster.js';
import { progressBar } from '../../progress.js';
import { BACKUP_USAGE, backupCommand, restoreCommand } from './backup.command.js';
import { DEMO_USAGE, demoCommand } from './demo.command.js';
import { REPORT_USAGE, reportCommand } from './report.command.js';
import { auditCommand, checkpointCommand, TRANSPARENCY_USAGE } from './transparency.command.js';

const USAGE = `usage: skillbank <command>

  serve            start the HTTP server (PORT, HOST, DATABASE_URL; see README)
  import <dir>     validate and import a taxonomy folder (taxonomy.json, hierarchy.csv, occupations.csv, tasks.csv)
  migrate          bring the database schema up to date
${DEMO_USAGE}${REPORT_USAGE}${TRANSPARENCY_USAGE}${BACKUP_USAGE}`;

async function serveCommand(env: Record<string, string | undefined>): Promise<void> {
  const config = loadConfig(env);
  const logger = jsonLogger();
  // Several processes: this one becomes the primary, the workers run this command again.
  if (cluster.isPrimary && config.workers > 1) return servePrimary(config, logger);
  const inCluster = cluster.isWorker;
  const started = performance.now();
  const bar = progressBar();
  const booted = await boot(config, {
    logger,
    onImportProgress: (p) => bar.update(p.done, p.total, p.phase),
    ...(inCluster ? { indexBuilds: 'elsewhere' as const, followsPrimary: true } : {}),
  });
  const { app, handle, imported } = booted;
  if (imported)
    bar.finish(
      `imported ${imported.taxonomyId}@${imported.version}: ${imported.counts.occupations} occupations, ${imported.counts.tasks} tasks`,
    );
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    if (inCluster) return; // The primary says it once, for every worker.
    const ms = Math.round(performance.now() - started);
    console.log(
      `Skillbank is serving at http://${info.address}:${info.port}/ (database: ${handle.displayUrl}; ready in ${ms} ms)`,
    );
  });
  // The transparency log takes in new ledger entries every couple of seconds (and whenever a
  // checkpoint or proof is asked for); in a cluster the primary does it.
  const sequencer = inCluster
    ? undefined
    : setInterval(() => {
        sequencePending(handle.db).catch((error) =>
          logger.error('transparency log sequencing failed', { error: String(error) }),
        );
      }, 2000);
  sequencer?.unref();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sequencer);
    server.close(() => void handle.destroy().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (inCluster) followPrimary(booted, stop);
}

async function importCommand(
  dir: string | undefined,
  env: Record<string, string | undefined>,
): Promise<number> {
  if (!dir) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const bar = progressBar();
    const report = await importTaxonomyDir(handle, dir, (p) => bar.update(p.done, p.total, p.phase));
    bar.finish();
    if (report.status === 'invalid') {
      console.error(`import rejected: ${report.problems.length} problem(s); nothing was written`);
      for (const p of report.problems.slice(0, 50))
        console.error(`  ${p.file}:${p.line}${p.field ? ` [${p.field}]` : ''} ${p.message}`);
      return 1;
    }
    console.log(
      `${report.status}: ${report.taxonomyId}@${report.version} — ${report.counts.groups} groups, ${report.counts.occupations} occupations, ${report.counts.tasks} tasks`,
    );
    for (const note of report.notes) console.log(`  note: ${note}`);
    return 0;
  } finally {
    await handle.destroy();
  }
}

async function migrateCommand(env: Record<string, string | undefined>): Promise<number> {
  const handle = openDatabase(loadConfig(env).databaseUrl);
  try {
    const results = await migrateToLatest(handle.db);
    console.log(
      results.length ? results.map((r) => `${r.status} ${r.name}`).join('\n') : 'schema is up to date',
    );
    return 0;
  } finally {
    await handle.destroy();
  }
}

/** Runs one CLI command; resolves to the exit code (serve keeps running and resolves 0). */
export async function main(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const [command, ...rest] = positionals;
  try {
    if (command === 'serve') {
      await serveCommand(env);
      return 0;
    }
    if (command === 'import') return await importCommand(rest[0], env);
    if (command === 'migrate') return await migrateCommand(env);
    if (command === 'demo') return await demoCommand(env);
    if (command === 'report') return await reportCommand(argv.slice(argv.indexOf('report') + 1), env);
    if (command === 'checkpoint')
      return await checkpointCommand(argv.slice(argv.indexOf('checkpoint') + 1), env);
    if (command === 'audit') return await auditCommand(argv.slice(argv.indexOf('audit') + 1), env);
    if (command === 'backup') return await backupCommand(argv.slice(argv.indexOf('backup') + 1), env);
    if (command === 'restore') return await restoreCommand(argv.slice(argv.indexOf('restore') + 1), env);
    process.stderr.write(USAGE);
    return command ? 2 : 0;
  } catch (error) {
    console.error(`skillbank: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
