/**
 * Several server processes behind one port (`SKILLBANK_WORKERS=n`, node:cluster). The primary
 * serves no requests. It forks the workers first, before it loads anything else, so that they
 * start at once (they bind the port and answer 503 "starting"). Meanwhile it loads its duties
 * (`primary-duties.ts`) and prepares the database once: migrate, first import, demo, platform key,
 * and the stored matcher index (built in a worker thread when missing; never loaded here). Then it
 * lets the workers boot, restarts a worker that dies, runs the transparency sequencer, follows the
 * change feed for taxonomy changes and tells every worker to swap at the same moment (to the index
 * it stored), and stops them gracefully. It speaks for all of them: one "listening" and one "ready"
 * line.
 *
 * What workers share goes through the database (the ledger, consent, the stored index), so any
 * worker may serve any request; nothing kept in one worker is needed by another.
 *
 * This module loads nothing heavy: the primary imports it before forking.
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { Booted } from '../boot.js';
import type { Config } from '../config.js';
import { consoleLogger } from '../logger.js';
import { startup as enStartup } from '../messages/en/startup.js';
import { terminalLang } from '../messages/lang.js';
import { startup as zhStartup } from '../messages/zh/startup.js';
import type { PrimaryDuties } from './primary-duties.js';

/** What the primary and its workers say to each other. */
type Message =
  | { type: 'skillbank:prepared?' }
  | { type: 'skillbank:prepared' }
  | { type: 'skillbank:ready' }
  | { type: 'skillbank:taxonomy-changed' };

/** A worker that dies sooner than this after its start is restarted after a pause, not at once. */
const EARLY_DEATH_MS = 5_000;
/** How long workers get to finish their requests on shutdown before they are killed. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Runs the cluster primary with `count` workers; resolves 0 once it prepared the database (the
 * processes keep running), 1 when it cannot.
 */
export async function servePrimary(count: number, env: Record<string, string | undefined>): Promise<number> {
  const started = performance.now();
  const logger = consoleLogger();
  const say = terminalLang(env) === 'zh' ? zhStartup : enStartup;
  let workers: Worker[] = [];
  let config: Readonly<Config> | null = null;
  let shownDb = '';
  let prepared = false;
  let stopping = false;
  let url: string | null = null;
  let everListened = false;
  const ready = new Set<number>();
  let announced = false;
  const send = (worker: Worker, message: Message) => {
    if (worker.isConnected()) worker.send(message);
  };
  const broadcast = (message: Message) => {
    for (const worker of workers) send(worker, message);
  };

  let failed: (code: number) => void = () => {};
  const failure = new Promise<number>((resolve) => {
    failed = resolve;
  });

  // "Listening" comes after "starting", which needs the configuration (loaded after the fork).
  let startingSaid = false;
  const sayListening = () => {
    if (url && startingSaid) logger.info(say.listening(url), { workers: count });
  };
  const sayReady = () => {
    if (announced || ready.size < count || !url || !config) return;
    announced = true;
    logger.info(say.ready(url, Math.round(performance.now() - started)), {
      database: shownDb,
      workers: count,
    });
    if (!config.demo) logger.info(say.demoHint);
  };

  const fork = (): void => {
    const worker = cluster.fork();
    const bornAt = Date.now();
    workers.push(worker);
    worker.on('message', (message: Message) => {
      if (message?.type === 'skillbank:prepared?' && prepared) send(worker, { type: 'skillbank:prepared' });
      if (message?.type !== 'skillbank:ready') return;
      ready.add(worker.id);
      sayReady();
    });
    worker.once('listening', () => {
      everListened = true;
    });
    worker.once('exit', (code, signal) => {
      workers = workers.filter((w) => w !== worker);
      ready.delete(worker.id);
      if (stopping) return;
      if (!everListened && code !== 0) {
        // It could not even listen (a busy port, an unknown host): it said why; so do not loop.
        failed(code ?? 1);
        return;
      }
      logger.error('worker process died: starting another', { pid: worker.process.pid, code, signal });
      setTimeout(fork, Date.now() - bornAt < EARLY_DEATH_MS ? 1000 : 0);
    });
  };
  cluster.on('listening', (_worker, address: AddressInfo) => {
    if (url) return;
    const host = address.address.includes(':') ? `[${address.address}]` : address.address;
    url = `http://${host}:${address.port}/`;
    sayListening();
  });
  for (let i = 0; i < count; i++) fork();

  const stopWorkers = async () => {
    const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    for (const worker of workers) worker.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, SHUTDOWN_GRACE_MS);
    killer.unref();
    await Promise.all(exited);
  };
  const giveUp = async (code: number, why?: () => void): Promise<number> => {
    stopping = true;
    await stopWorkers();
    why?.();
    return code;
  };

  // The workers are starting: now load the rest (the configuration, the database, the index keeper).
  const dutiesModule = await import('./primary-duties.js');
  try {
    config = dutiesModule.loadConfig(env);
  } catch (error) {
    return giveUp(1, () => console.error(`skillbank: ${(error as Error).message}`));
  }
  shownDb = dutiesModule.shownDatabase(config.databaseUrl);
  logger.info(say.starting(shownDb));
  startingSaid = true;
  sayListening();
  const unwritable = dutiesModule.sqliteWriteProblem(config.databaseUrl);
  if (unwritable)
    return giveUp(1, () => logger.error(say.databaseUnwritable(unwritable.path, unwritable.reason)));

  let duties: PrimaryDuties;
  try {
    const starting = dutiesModule.startPrimaryDuties(config, logger, {
      onIndexChanged: () => broadcast({ type: 'skillbank:taxonomy-changed' }),
    });
    const outcome = await Promise.race([starting, failure]);
    if (typeof outcome === 'number') {
      void starting.then(
        (d) => d.close(),
        () => {},
      );
      return giveUp(outcome);
    }
    duties = outcome;
  } catch (error) {
    return giveUp(1, () => dutiesModule.bootFailureReporter(logger, say, config.databaseUrl)(error));
  }
  prepared = true;
  broadcast({ type: 'skillbank:prepared' });
  sayReady();
  void failure.then(async (code) => {
    stopping = true;
    await duties.stop();
    await stopWorkers();
    await duties.close();
    process.exit(code);
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    logger.info(say.stopping);
    void duties
      .stop()
      .then(stopWorkers)
      .then(() => duties.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

/** In a cluster worker: resolves once the primary has prepared the database (migrated, imported). */
export function preparedByPrimary(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: Message) => {
      if (message?.type !== 'skillbank:prepared') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    process.send?.({ type: 'skillbank:prepared?' } satisfies Message);
  });
}

/**
 * In a cluster worker, once booted: tell the primary, swap the taxonomy when it says so, and stop
 * (finishing the requests in flight) when it goes away.
 */
export function followPrimary(booted: Booted, stop: () => void): void {
  process.on('message', (message: Message) => {
    if (message?.type === 'skillbank:taxonomy-changed') void booted.refresher.checkNow();
  });
  process.once('disconnect', stop);
  process.send?.({ type: 'skillbank:ready' } satisfies Message);
}
