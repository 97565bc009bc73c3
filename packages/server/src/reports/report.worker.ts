/**
 * Report worker thread: restores the matcher index it is given (its snapshot bytes) and assesses
 * learners for cohort reports, off the event loop that serves requests: from their stored vectors
 * (no text analysis), or from their evidence (analysed once; the stored vector goes back).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScheme, type SchemeSpec } from '@skillbank/core';
import { restoreMatcherIndex } from '@skillbank/matcher';
import { assessOne, type LearnerAssessment } from './learner-assessment.js';
import { type PackedLearners, unpackLearners } from './report-jobs.js';

export interface ReportWorkerData {
  snapshot: Uint8Array;
  schemeSpec: SchemeSpec;
}

export interface ReportJob {
  id: number;
  asOf: string;
  learners: PackedLearners;
}

export interface ReportJobDone {
  id: number;
  results: LearnerAssessment[];
  /** Per learner given by evidence, their stored vector; null for the others. */
  analysed: (Uint8Array | null)[];
}

if (parentPort) {
  const port = parentPort;
  const { snapshot, schemeSpec } = workerData as ReportWorkerData;
  const matcher = restoreMatcherIndex(snapshot, createScheme(schemeSpec));
  port.on('message', ({ id, asOf, learners }: ReportJob) => {
    const results: LearnerAssessment[] = [];
    const analysed: (Uint8Array | null)[] = [];
    for (const learner of unpackLearners(learners)) {
      const one = assessOne(matcher, learner, asOf);
      results.push(one.assessment);
      analysed.push(one.analysed);
    }
    const transfer = analysed.flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : []));
    port.postMessage({ id, results, analysed } satisfies ReportJobDone, transfer);
  });
}
