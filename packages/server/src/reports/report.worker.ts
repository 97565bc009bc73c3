/**
 * Report worker thread: restores the matcher index it is given (its snapshot bytes) and assesses
 * learners for cohort reports, off the event loop that serves requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScheme, type SchemeSpec } from '@skillbank/core';
import { type EvidenceInput, restoreMatcherIndex } from '@skillbank/matcher';
import { assessLearner, type LearnerAssessment } from './learner-assessment.js';

export interface ReportWorkerData {
  snapshot: Uint8Array;
  schemeSpec: SchemeSpec;
}

export interface ReportJob {
  id: number;
  asOf: string;
  learners: { learnerId: string; items: EvidenceInput[] }[];
}

export interface ReportJobDone {
  id: number;
  results: LearnerAssessment[];
}

if (parentPort) {
  const port = parentPort;
  const { snapshot, schemeSpec } = workerData as ReportWorkerData;
  const matcher = restoreMatcherIndex(snapshot, createScheme(schemeSpec));
  port.on('message', ({ id, asOf, learners }: ReportJob) => {
    const results = learners.map(({ learnerId, items }) => assessLearner(matcher, items, learnerId, asOf));
    port.postMessage({ id, results } satisfies ReportJobDone);
  });
}
