/**
 * Several server processes behind one port (`SKILLBANK_WORKERS=n`, node:cluster). The primary
 * serves no requests: it forks the workers at once (they bind the port and answer 503 "starting"),
 * prepares the database once (migrate, first import, demo, platform key, the stored matcher
 * index) and then lets them boot, restarts a worker that dies, runs the transparency sequencer,
 * follows the change feed for taxonomy changes and tells every worker to swap at the same moment
 * (to the index it built and stored), and stops them
 * gracefully. It speaks for all of them: one "listening" and one "ready" line.
 *
 * What workers share goes through the database (the ledger, consent, the stored index), so any
 * worker may serve any request; nothing kept in one worker is needed by another.
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { feedPosition, followFeed, sequencePending } from '@skillbank/core';
import { type Booted, boot } from '../boot.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { StartupMessages } from '../messages/zh/startup.js';

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

export interface PrimaryOptions {
  say: StartupMessages;
  /** The database URL as it may be shown (password masked). */
  shownDb: string;
  /** Logs why the preparation failed, in the words `serve` uses for a single process. */
  reportBootFailure: (error: unknown) => void;
}

/** Runs the cluster primary; resolves 0 once it prepared the database (the processes keep running), 1 when it cannot. */
export async function servePrimary(
  config: Readonly<Config>,
  logger: Logger,
  { say, shownDb, reportBootFailure }: PrimaryOptions,
): Promise<number> {
  const started = performance.now();
  logger.info(say.starting(shownDb));
  let workers: Worker[] = [];
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

  const fork = (): void => {
    const worker = cluster.fork();
    const bornAt = Date.now();
    workers.push(worker);
    worker.on('message', (message: Message) => {
      if (message?.type === 'skillbank:prepared?' && prepared) send(worker, { type: 'skillbank:prepared' });
      if (message?.type !== 'skillbank:ready') return;
      ready.add(worker.id);
      if (announced || ready.size < config.workers || !url) return;
      announced = true;
      logger.info(say.ready(url, Math.round(performance.now() - started)), {
        database: shownDb,
        workers: config.workers,
      });
      if (!config.demo) logger.info(say.demoHint);
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
    logger.info(say.listening(url), { workers: config.workers });
  });
  for (let i = 0; i < config.workers; i++) fork();

  const stopWorkers = async () => {
    const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    for (const worker of workers) worker.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, SHUTDOWN_GRACE_MS);
    killer.unref();
    await Promise.all(exited);
  };

  let booted: Booted;
  try {
    const preparing = boot(config, {
      logger,
      onSwap: () => broadcast({ type: 'skillbank:taxonomy-changed' }),
    });
    const outcome = await Promise.race([preparing, failure]);
    if (typeof outcome === 'number') {
      stopping = true;
      await stopWorkers();
      void preparing.then(
        (b) => b.handle.destroy(),
        () => {},
      );
      return outcome;
    }
    booted = outcome;
  } catch (error) {
    stopping = true;
    await stopWorkers();
    reportBootFailure(error);
    return 1;
  }
  const { handle, refresher } = booted;
  prepared = true;
  broadcast({ type: 'skillbank:prepared' });
  void failure.then(async (code) => {
    stopping = true;
    await stopWorkers();
    await handle.destroy();
    process.exit(code);
  });

  // The primary follows the change feed (it has no requests to poke it): a taxonomy import writes
  // a feed event; on one for the served taxonomy (or a reset: a restored database) it checks the
  // stored taxonomy, restores or builds the new index, and then tells every worker to swap.
  const feed = followFeed(handle.db, {
    since: await feedPosition(handle.db),
    onChanges: async (changes) => {
      const served = booted.deps.served.current.taxonomy.id ?? config.taxonomyId;
      if (changes.reset || changes.events.some((e) => e.kind === 'taxonomy' && e.taxonomyId === served))
        await refresher.checkNow();
    },
    intervalMs: Math.max(1, config.taxonomyRefreshSeconds) * 1000,
    onError: (error) => logger.error('following the change feed failed', { error: String(error) }),
  });
  // An import between the preparation and the feed position above is in no batch: check once.
  void refresher.checkNow();
  const sequencer = setInterval(() => {
    sequencePending(handle.db).catch((error) =>
      logger.error('transparency log sequencing failed', { error: String(error) }),
    );
  }, 2000);
  sequencer.unref();

  const stop = () => {
    if (stopping) return;
    stopping = true;
    logger.info(say.stopping);
    clearInterval(sequencer);
    void feed
      .stop()
      .then(stopWorkers)
      .then(() => refresher.idle())
      .then(() => handle.destroy())
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
