/**
 * Worker thread: builds the matcher index over a taxonomy and posts back its snapshot bytes, so
 * that the (second-long) build never blocks the event loop that serves requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScheme, type SchemeSpec, type TaxonomyData } from '@skillbank/core';
import { buildMatcherIndex, serializeMatcherIndex } from '@skillbank/matcher';

/** What the worker is given: the taxonomy without its scheme object (code), and the scheme's spec (data). */
export interface IndexBuildInput {
  data: Omit<TaxonomyData, 'info'> & { info: Omit<TaxonomyData['info'], 'scheme'> };
  schemeSpec: SchemeSpec;
}

if (parentPort) {
  const { data, schemeSpec } = workerData as IndexBuildInput;
  const taxonomy: TaxonomyData = { ...data, info: { ...data.info, scheme: createScheme(schemeSpec) } };
  const bytes = serializeMatcherIndex(buildMatcherIndex(taxonomy));
  parentPort.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
}
