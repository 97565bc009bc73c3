/**
 * A pool of report worker threads: cohort reports assess their learners there, in chunks, so the
 * event loop keeps answering other requests at their usual latency while a large report runs. The
 * threads restore the served matcher index from its snapshot and are replaced when the served index
 * changes; they do not keep the process alive. With no threads, learners are assessed on the event
 * loop (yielding every few learners).
 */
import type { Worker } from 'node:worker_threads';
import type { SchemeSpec } from '@skillbank/core';
import { type MatcherIndex, serializeMatcherIndex } from '@skillbank/matcher';
import { startWorker } from '../workers/worker-script.js';
import { type Assessed, assessOne, type LearnerToAssess } from './learner-assessment.js';
import type { ReportJob, ReportJobDone, ReportWorkerData } from './report.worker.js';
import { packLearners } from './report-jobs.js';

export type { LearnerToAssess } from './learner-assessment.js';

/**
 * A matcher index as its stored snapshot bytes, for a process that does not hold the index itself
 * (the cluster primary's pre-assessor): the threads restore it. `id` names it (the stored index key).
 */
export interface IndexSnapshot {
  id: string;
  snapshot: Uint8Array;
  schemeSpec: SchemeSpec;
}

/** What threads assess with: the served index, or a stored snapshot of it (threads only). */
export type ReportIndex = MatcherIndex | IndexSnapshot;

const isSnapshot = (index: ReportIndex): index is IndexSnapshot => 'snapshot' in index && 'id' in index;
const sameIndex = (a: ReportIndex | null, b: ReportIndex) =>
  a === b || (a !== null && isSnapshot(a) && isSnapshot(b) && a.id === b.id);

export interface ReportPool {
  /**
   * Each learner's assessment, in the order given (with the stored vector of each learner given
   * by evidence); `onProgress` after every chunk.
   */
  assess(
    matcher: MatcherIndex,
    learners: readonly LearnerToAssess[],
    asOf: string,
    onProgress?: (done: number) => void,
  ): Promise<Assessed[]>;
  /** Threads running now: they start with a report and end after `idleMs` without one. */
  running(): number;
  /** Ends the threads (tests; a process exits without it). */
  close(): Promise<void>;
}

/** Learners sent to a thread at a time: small enough to share the work evenly and report progress. */
const CHUNK = 25;
/**
 * Chunks a thread holds at once: the next one is already queued when it finishes one, so it never
 * waits for the event loop to take the results and send more (the loop is busy with other requests).
 */
const IN_FLIGHT = 2;
/** Learners assessed on the event loop between two yields, when there are no threads. */
const INLINE_BATCH = 10;

/**
 * How long threads are kept without a report: each holds a copy of the matcher index (≈ 100 MB), and
 * a report after a longer pause pays their start (restoring the index) again.
 */
const IDLE_MS = 10 * 60_000;

/** The pool `createReportPool` makes: its threads also assess with a stored index snapshot. */
export interface ReportThreadPool extends ReportPool {
  assess(
    matcher: ReportIndex,
    learners: readonly LearnerToAssess[],
    asOf: string,
    onProgress?: (done: number) => void,
  ): Promise<Assessed[]>;
}

/** A pool of `threads` report workers (0: assess on the event loop; a snapshot then needs threads). */
export function createReportPool({
  threads,
  idleMs = IDLE_MS,
}: {
  threads: number;
  idleMs?: number;
}): ReportThreadPool {
  let workers: Worker[] = [];
  let workersFor: ReportIndex | null = null;
  let nextJob = 0;
  let active = 0;
  let idle: NodeJS.Timeout | null = null;
  /** Chunks each thread is working on: it holds the process up while any is. */
  const held = new Map<Worker, number>();

  const stopThreads = () => {
    for (const worker of workers) void worker.terminate();
    workers = [];
    held.clear();
  };

  const startThreads = (matcher: ReportIndex): Worker[] => {
    if (sameIndex(workersFor, matcher) && workers.length > 0) return workers;
    stopThreads();
    const data: ReportWorkerData = isSnapshot(matcher)
      ? { snapshot: matcher.snapshot, schemeSpec: matcher.schemeSpec }
      : { snapshot: serializeMatcherIndex(matcher), schemeSpec: matcher.scheme.spec };
    workers = Array.from({ length: threads }, () => {
      const worker = startWorker(new URL('./report.worker.js', import.meta.url), {
        workerData: data,
      });
      worker.unref();
      return worker;
    });
    workersFor = matcher;
    return workers;
  };

  /** Runs one chunk on a thread; rejects when the thread fails. */
  const run = (worker: Worker, job: ReportJob): Promise<Assessed[]> =>
    new Promise((resolve, reject) => {
      const onMessage = (done: ReportJobDone) => {
        if (done.id !== job.id) return;
        cleanup();
        resolve(done.results.map((assessment, k) => ({ assessment, analysed: done.analysed[k] ?? null })));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`report worker exited with code ${code}`));
      };
      const cleanup = () => {
        const left = (held.get(worker) ?? 1) - 1;
        held.set(worker, left);
        if (left === 0) worker.unref();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      // Held while it works (a command-line report has nothing else keeping the process up).
      held.set(worker, (held.get(worker) ?? 0) + 1);
      worker.ref();
      worker.postMessage(job, [job.learners.bytes.buffer as ArrayBuffer]);
    });

  return {
    async assess(matcher, learners, asOf, onProgress) {
      const results: Assessed[] = new Array(learners.length);
      if (threads === 0) {
        if (isSnapshot(matcher))
          throw new Error('a report pool without threads cannot assess with a snapshot');
        for (let i = 0; i < learners.length; i++) {
          results[i] = assessOne(matcher, learners[i] as LearnerToAssess, asOf);
          if ((i + 1) % INLINE_BATCH === 0 || i + 1 === learners.length) {
            onProgress?.(i + 1);
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
        }
        return results;
      }
      if (idle) clearTimeout(idle);
      active += 1;
      const pool = startThreads(matcher);
      let next = 0;
      let done = 0;
      const drain = async (worker: Worker): Promise<void> => {
        while (next < learners.length) {
          const start = next;
          next = Math.min(learners.length, next + CHUNK);
          const chunk = await run(worker, {
            id: nextJob++,
            asOf,
            learners: packLearners(learners.slice(start, next)),
          });
          chunk.forEach((result, k) => {
            results[start + k] = result;
          });
          done += chunk.length;
          onProgress?.(done);
        }
      };
      try {
        await Promise.all(pool.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => drain(worker))));
      } catch (error) {
        // A dead thread: start afresh on the next report.
        stopThreads();
        throw error;
      } finally {
        active -= 1;
        if (active === 0) {
          idle = setTimeout(stopThreads, idleMs);
          idle.unref();
        }
      }
      return results;
    },
    running: () => workers.length,
    async close() {
      if (idle) clearTimeout(idle);
      await Promise.all(workers.map((worker) => worker.terminate()));
      workers = [];
    },
  };
}
