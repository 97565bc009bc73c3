/**
 * A pool of report worker threads: cohort reports assess their learners there, in chunks, so the
 * event loop keeps answering other requests at their usual latency while a large report runs. The
 * threads restore the served matcher index from its snapshot and are replaced when the served index
 * changes; they do not keep the process alive. With no threads, learners are assessed on the event
 * loop (yielding every few learners).
 */
import type { Worker } from 'node:worker_threads';
import { type MatcherIndex, serializeMatcherIndex } from '@skillbank/matcher';
import { startWorker } from '../workers/worker-script.js';
import { type Assessed, assessOne, type LearnerToAssess } from './learner-assessment.js';
import type { ReportJob, ReportJobDone, ReportWorkerData } from './report.worker.js';
import { packLearners } from './report-jobs.js';

export type { LearnerToAssess } from './learner-assessment.js';

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
  /** Ends the threads (tests; a process exits without it). */
  close(): Promise<void>;
}

/** Learners sent to a thread at a time: small enough to share the work evenly and report progress. */
const CHUNK = 25;
/** Learners assessed on the event loop between two yields, when there are no threads. */
const INLINE_BATCH = 10;

/** A pool of `threads` report workers (0: assess on the event loop). */
export function createReportPool({ threads }: { threads: number }): ReportPool {
  let workers: Worker[] = [];
  let workersFor: MatcherIndex | null = null;
  let nextJob = 0;

  const startThreads = (matcher: MatcherIndex): Worker[] => {
    if (workersFor === matcher && workers.length > 0) return workers;
    for (const worker of workers) void worker.terminate();
    const data: ReportWorkerData = {
      snapshot: serializeMatcherIndex(matcher),
      schemeSpec: matcher.scheme.spec,
    };
    workers = Array.from({ length: threads }, () => {
      const worker = startWorker(new URL('./report.worker.js', import.meta.url), { workerData: data });
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
        worker.unref();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      // Held while it works (a command-line report has nothing else keeping the process up).
      worker.ref();
      worker.postMessage(job, [job.learners.bytes.buffer as ArrayBuffer]);
    });

  return {
    async assess(matcher, learners, asOf, onProgress) {
      const results: Assessed[] = new Array(learners.length);
      if (threads === 0) {
        for (let i = 0; i < learners.length; i++) {
          results[i] = assessOne(matcher, learners[i] as LearnerToAssess, asOf);
          if ((i + 1) % INLINE_BATCH === 0 || i + 1 === learners.length) {
            onProgress?.(i + 1);
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
        }
        return results;
      }
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
        await Promise.all(pool.map(drain));
      } catch (error) {
        // A dead thread: start afresh on the next report.
        for (const worker of workers) void worker.terminate();
        workers = [];
        throw error;
      }
      return results;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
      workers = [];
    },
  };
}
