/** Verifiable credentials: Open Badges 3.0 out (issue, sign, status lists) and in (verify offline). */
/// <reference path="./vendor.d.ts" />
export { OB3_CONTEXT, OB3_FIXTURES_DIR, VC_V1_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
export {
  getImportedCredential,
  type ImportedCredential,
  importCredential,
} from './credential-import.service.js';
export {
  asArray,
  assertBounded,
  isObject,
  issuerId,
  type JsonObject,
  MAX_CREDENTIAL_BYTES,
  MAX_CREDENTIAL_DEPTH,
  readCredentialInput,
} from './credential-input.js';
export { signCredential, signCredentialJwt, signPresentation } from './credential-sign.js';
export {
  type CheckCode,
  type CheckName,
  type CheckOutcome,
  type CredentialVerification,
  type UnderstoodAlignment,
  type VerificationCheck,
  type VerifyOptions,
  verifyCredential,
} from './credential-verify.js';
export {
  type CredentialIssuing,
  type EvidenceAlignments,
  type IssuedCredential,
  learnerPresentation,
  listEvidenceCredentials,
  listLearnerCredentials,
  localStatusLists,
  signedStatusList,
  statusListUrl,
} from './credentials.service.js';
export type { ImportedCredentialRow, IssuedCredentialRow, StatusListRow } from './credentials.table.js';
export {
  type CredentialSigner,
  credentialSigner,
  type DidKeyIdentity,
  didKeyFromPublicKey,
  publicKeyFromDidKey,
} from './did-key.js';
export {
  createDocumentLoader,
  type DocumentLoader,
  DocumentRefusedError,
  type RemoteDocument,
} from './document-loader.js';
export {
  learnerSubjectId,
  type OpenBadgeInput,
  openBadgeCredential,
  SKILL_LEVEL_SCHEME,
  skillLevelIri,
  TAXONOMY_FRAMEWORK,
} from './open-badge.js';
export {
  decodeStatusList,
  encodeStatusList,
  STATUS_LIST_LENGTH,
  statusBit,
  statusListCredential,
  statusListEntry,
} from './status-list.js';
