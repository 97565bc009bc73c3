/**
 * Several server processes behind one port (`SKILLBANK_WORKERS=n`, node:cluster). The primary
 * serves no requests: it prepares the database once (migrate, first import, demo, platform key,
 * the stored matcher index), forks the workers, restarts a worker that dies, runs the transparency
 * sequencer, watches the taxonomy and tells every worker to swap at the same moment, and stops
 * them gracefully. It prints the start-up line once, when every worker listens.
 *
 * What workers share goes through the database (the ledger, consent, the stored index), so that
 * any worker may serve any request; nothing is kept in one worker that another would need.
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { sequencePending } from '@skillbank/core';
import { type Booted, boot } from '../boot.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** What the primary says to its workers. */
type PrimaryMessage = { type: 'skillbank:taxonomy-changed' };

const TAXONOMY_CHANGED: PrimaryMessage = { type: 'skillbank:taxonomy-changed' };
/** A worker that dies sooner than this after its start is restarted after a pause, not at once. */
const EARLY_DEATH_MS = 5_000;
/** How long workers get to finish their requests on shutdown before they are killed. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Runs the cluster primary; resolves once every worker listens (the processes keep running). */
export async function servePrimary(config: Readonly<Config>, logger: Logger): Promise<void> {
  const started = performance.now();
  let workers: Worker[] = [];
  const broadcast = (message: PrimaryMessage) => {
    for (const worker of workers) if (worker.isConnected()) worker.send(message);
  };
  const booted: Booted = await boot(config, { logger, onSwap: () => broadcast(TAXONOMY_CHANGED) });
  const { handle, refresher } = booted;

  // The primary watches the taxonomy on a timer (it has no requests to poke it).
  const watch = setInterval(() => refresher.poke(), Math.max(1, config.taxonomyRefreshSeconds) * 1000);
  watch.unref();
  const sequencer = setInterval(() => {
    sequencePending(handle.db).catch((error) =>
      logger.error('transparency log sequencing failed', { error: String(error) }),
    );
  }, 2000);
  sequencer.unref();

  let stopping = false;
  const listening = new Set<number>();
  let announced = false;
  const ready = new Promise<void>((resolve) => {
    cluster.on('listening', (worker, address: AddressInfo) => {
      listening.add(worker.id);
      if (announced || listening.size < config.workers) return;
      announced = true;
      const host = address.address.includes(':') ? `[${address.address}]` : address.address;
      console.log(
        `Skillbank is serving at http://${host}:${address.port}/ (database: ${handle.displayUrl}; ${config.workers} worker processes; ready in ${Math.round(performance.now() - started)} ms)`,
      );
      resolve();
    });
  });

  const fork = (): Worker => {
    const worker = cluster.fork();
    const bornAt = Date.now();
    workers.push(worker);
    worker.once('exit', (code, signal) => {
      workers = workers.filter((w) => w !== worker);
      listening.delete(worker.id);
      if (stopping) return;
      logger.error('worker process died: starting another', { pid: worker.process.pid, code, signal });
      const pause = Date.now() - bornAt < EARLY_DEATH_MS ? 1000 : 0;
      setTimeout(fork, pause);
    });
    return worker;
  };
  for (let i = 0; i < config.workers; i++) fork();

  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    clearInterval(sequencer);
    const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    for (const worker of workers) worker.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, SHUTDOWN_GRACE_MS);
    killer.unref();
    void Promise.all(exited)
      .then(() => refresher.idle())
      .then(() => handle.destroy())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await ready;
}

/**
 * In a cluster worker: swap the taxonomy when the primary says so, and stop (finishing the
 * requests in flight) when the primary goes away.
 */
export function followPrimary(booted: Booted, stop: () => void): void {
  process.on('message', (message: PrimaryMessage) => {
    if (message?.type === TAXONOMY_CHANGED.type) void booted.refresher.checkNow();
  });
  process.once('disconnect', stop);
}
