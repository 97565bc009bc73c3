/** The `skillbank` commands: serve, import a taxonomy folder, migrate. `bin.ts` runs them. */

import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { migrateToLatest, openDatabase, sequencePending } from '@skillbank/core';
import { type Booted, boot, importTaxonomyDir } from '../../boot.js';
import { type Config, loadConfig } from '../../config.js';
import { consoleLogger } from '../../logger.js';
import { catalogue } from '../../messages/index.js';
import { terminalLang } from '../../messages/lang.js';
import { followPrimary, preparedByPrimary, servePrimary } from '../../processes/cluster.js';
import { progressBar } from '../../progress.js';
import { startConfiguredPreassessor } from '../../reports/preassess.js';
import { BACKUP_USAGE, backupCommand, restoreCommand } from './backup.command.js';
import { DEMO_USAGE, demoCommand } from './demo.command.js';
import { PREASSESS_USAGE, preassessCommand } from './preassess.command.js';
import { REPORT_USAGE, reportCommand } from './report.command.js';
import { bootFailureReporter, shownDatabase, sqliteWriteProblem } from './serve-problems.js';
import { auditCommand, checkpointCommand, TRANSPARENCY_USAGE } from './transparency.command.js';

const USAGE = `usage: skillbank <command>

  serve            start the HTTP server (PORT, HOST, DATABASE_URL; see README)
  import <dir>     validate and import a taxonomy folder (taxonomy.json, hierarchy.csv, occupations.csv, tasks.csv)
  migrate          bring the database schema up to date
${DEMO_USAGE}${REPORT_USAGE}${PREASSESS_USAGE}${TRANSPARENCY_USAGE}${BACKUP_USAGE}`;

/** Binds the port (rejecting with the listen error), so a busy port is reported before any slow work. */
function listen(server: ServerType, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * `skillbank serve`: says so at once, binds the port first (a busy port or an unwritable database
 * is a one-line message, never a stack trace), answers 503 "starting" while the taxonomy and the
 * matcher index are prepared, then serves. Resolves 1 when it cannot start, 0 once serving.
 */
async function serveCommand(env: Record<string, string | undefined>): Promise<number> {
  const inCluster = cluster.isWorker;
  let config: Readonly<Config>;
  try {
    config = loadConfig(env);
  } catch (error) {
    // The primary read the same configuration and says what is wrong with it, once.
    if (inCluster) return 1;
    throw error;
  }
  const logger = consoleLogger();
  const say = catalogue(terminalLang(env)).startup;
  const started = performance.now();
  // Several processes: this one becomes the primary; the workers run this command again.
  if (cluster.isPrimary && config.workers > 1) return servePrimary(config.workers, env);
  const shownDb = shownDatabase(config.databaseUrl);
  // In a cluster the primary checks the database before the workers use it.
  const unwritable = inCluster ? null : sqliteWriteProblem(config.databaseUrl);
  if (unwritable) {
    logger.error(say.databaseUnwritable(unwritable.path, unwritable.reason));
    return 1;
  }
  const reportBootFailure = bootFailureReporter(logger, say, config.databaseUrl);
  if (!inCluster) logger.info(say.starting(shownDb));
  let app: Booted['app'] | null = null;
  const server = createAdaptorServer({
    fetch: (request: Request, bindings: unknown) =>
      app
        ? app.fetch(request, bindings)
        : new Response(`${catalogue('zh').startup.startingPage}\n${catalogue('en').startup.startingPage}\n`, {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '3' },
          }),
  });
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') logger.error(say.portBusy(config.port, config.host));
    else if (code === 'EACCES') logger.error(say.portDenied(config.port, config.host));
    else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') logger.error(say.hostUnknown(config.host));
    else logger.error(say.startFailed((error as Error).message));
    return 1;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;
  // In a cluster the primary speaks for every worker, and prepares the database before they boot.
  if (inCluster) await preparedByPrimary();
  else logger.info(say.listening(url));
  const bar = process.stderr.isTTY && !inCluster ? progressBar() : null;
  let lastLogged = '';
  let booted: Booted;
  try {
    booted = await boot(config, {
      ...(inCluster
        ? { indexBuilds: 'elsewhere' as const, followsPrimary: true, preparedByPrimary: true }
        : {}),
      logger,
      onImportProgress: (p) => {
        if (bar) return bar.update(p.done, p.total, p.phase);
        const percent = p.total > 0 ? Math.floor((p.done / p.total) * 4) * 25 : 100;
        if (`${p.phase}${percent}` !== lastLogged) logger.info(say.importing(p.phase, percent));
        lastLogged = `${p.phase}${percent}`;
      },
    });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    reportBootFailure(error);
    return 1;
  }
  const { imported, handle } = booted;
  if (imported && bar) {
    bar.finish(
      `imported ${imported.taxonomyId}@${imported.version}: ${imported.counts.occupations} occupations, ${imported.counts.tasks} tasks`,
    );
  }
  app = booted.app;
  // Everything but matching serves already; "ready" means the matcher index is in too.
  await booted.deps.served.whenReady();
  if (!inCluster) {
    logger.info(say.ready(url, Math.round(performance.now() - started)), { database: handle.displayUrl });
    if (!config.demo) logger.info(say.demoHint);
  }
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
  // So does the pre-assessment of recently reported cohort learners after the day changes.
  const preassessor = inCluster ? null : startConfiguredPreassessor(handle.db, config, logger);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (!inCluster) logger.info(say.stopping);
    clearInterval(sequencer);
    const stopped = preassessor?.stop() ?? Promise.resolve();
    server.close(() => void stopped.then(() => handle.destroy()).then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (inCluster) followPrimary(booted, stop);
  return 0;
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
      const code = await serveCommand(env);
      // A cluster worker that cannot serve must exit: its channel to the primary keeps it alive.
      if (code !== 0 && cluster.isWorker) process.exit(code);
      return code;
    }
    if (command === 'import') return await importCommand(rest[0], env);
    if (command === 'migrate') return await migrateCommand(env);
    if (command === 'demo') return await demoCommand(env);
    if (command === 'report') return await reportCommand(argv.slice(argv.indexOf('report') + 1), env);
    if (command === 'preassess')
      return await preassessCommand(argv.slice(argv.indexOf('preassess') + 1), env);
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
