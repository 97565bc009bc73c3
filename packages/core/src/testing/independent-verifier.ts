/**
 * Verifying credentials the way an outside party would: @digitalbazaar/vc with its own Bitstring
 * Status List checker, and none of our verification code — only our bundled document loader
 * (contexts, did:key) plus the status lists the test fetched through the public API.
 */
/// <reference path="../credentials/vendor.d.ts" />
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import jsigs from 'jsonld-signatures';
import { createDocumentLoader } from '../credentials/document-loader.js';

type Json = Record<string, unknown>;

/** A loader that also serves the given documents (status lists) by URL. */
function loaderWith(documents: ReadonlyMap<string, unknown>) {
  return createDocumentLoader({ documents });
}

/**
 * The library's status check: `verified` says the list was checked, each result's `status` whether
 * the bit is set; a relying party treats a set revocation bit as a failed credential. The list is
 * the platform's while the credential is the attester's, hence `verifyMatchingIssuers: false`.
 */
async function independentStatus(options: Json, suite: unknown, documentLoader: unknown) {
  const result = await checkStatus({ ...options, suite, documentLoader, verifyMatchingIssuers: false });
  return { ...result, verified: result.verified && (result.results ?? []).every((r) => r.status === false) };
}

/** `@digitalbazaar/vc`'s verdict on a credential (status lists by URL in `statusLists`). */
export function independentlyVerifyCredential(
  credential: Json,
  statusLists: ReadonlyMap<string, unknown> = new Map(),
) {
  const documentLoader = loaderWith(statusLists);
  const suite = new DataIntegrityProof({ cryptosuite });
  return vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: (options: Json) => independentStatus(options, suite, documentLoader),
  });
}

/** `@digitalbazaar/vc`'s verdict on a presentation signed for `assertionMethod` (no challenge). */
export function independentlyVerifyPresentation(
  presentation: Json,
  statusLists: ReadonlyMap<string, unknown> = new Map(),
) {
  const documentLoader = loaderWith(statusLists);
  const suite = new DataIntegrityProof({ cryptosuite });
  return vc.verify({
    presentation,
    suite,
    documentLoader,
    presentationPurpose: new jsigs.purposes.AssertionProofPurpose(),
    checkStatus: (options: Json) => independentStatus(options, suite, documentLoader),
  });
}
