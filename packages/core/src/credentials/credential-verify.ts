/**
 * Verifying a credential offline, check by check: signature, issuer, dates, status, taxonomy
 * alignment. Each check passes, fails, or says plainly that it could not be done here (a did:web
 * or https issuer, a status list this server does not hold). Malformed input is not a failed
 * check but an `invalid` error: there is nothing to check.
 */

import { createPublicKey } from 'node:crypto';
import { compactVerify, decodeProtectedHeader } from 'jose';
import type jsigs from 'jsonld-signatures';
import { invalidField } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { DEFAULT_SCHEME } from '../taxonomy/scheme/scheme.resolve.js';
import type { TaxonomyScheme } from '../taxonomy/scheme/taxonomy-scheme.js';
import {
  asArray,
  assertBounded,
  assertCredentialShape,
  isObject,
  issuerId,
  issuerName,
  type JsonObject,
  readCredentialInput,
} from './credential-input.js';
import { publicKeyFromDidKey } from './did-key.js';
import { createDocumentLoader, type DocumentLoader, DocumentRefusedError } from './document-loader.js';
import { ldStack } from './ld-stack.js';
import { decodeStatusList, statusBit } from './status-list.js';

export type CheckName = 'signature' | 'issuer' | 'dates' | 'status' | 'alignment';
export type CheckOutcome = 'passed' | 'failed' | 'not_checked' | 'not_applicable';

/** What a check found, as a code: pages word it in the reader's language from `code` and `params`. */
export type CheckCode =
  | 'proof_matches'
  | 'proof_mismatch'
  | 'proof_unsupported'
  | 'key_unresolvable'
  | 'jwt_matches'
  | 'jwt_mismatch'
  | 'jwt_unsupported'
  | 'jwt_issuer_mismatch'
  | 'issuer_matches'
  | 'issuer_mismatch'
  | 'issuer_unconfirmed'
  | 'dates_valid'
  | 'not_yet_valid'
  | 'expired'
  | 'no_status'
  | 'status_unsupported'
  | 'status_list_elsewhere'
  | 'status_list_invalid'
  | 'status_index_outside'
  | 'revoked'
  | 'not_revoked'
  | 'no_alignment'
  | 'alignment_unchecked'
  | 'alignment_unknown'
  | 'alignment_foreign'
  | 'alignment_found';

export interface VerificationCheck {
  name: CheckName;
  /** `true` only when the check was done and passed (or does not apply). */
  ok: boolean;
  outcome: CheckOutcome;
  code: CheckCode;
  /** What the messages of `code` fill in (DIDs, URLs, dates). */
  params: Record<string, string>;
  /** The same in an English sentence (the API's `detail`). */
  detail: string;
}

/** A taxonomy alignment this platform understood: an occupation, or one of its tasks. */
export interface UnderstoodAlignment {
  occupationCode: string;
  taskId: string | null;
  name: string;
}

export interface CredentialVerification {
  /** Every check passed or does not apply. */
  ok: boolean;
  format: 'ldp_vc' | 'jwt_vc';
  checks: VerificationCheck[];
  /** The credential (for a VC-JWT: its claims as a credential). */
  credential: JsonObject;
  issuer: { id: string; name: string | null };
  /** An Open Badges 3.0 credential (`OpenBadgeCredential` or `AchievementCredential`). */
  openBadge: boolean;
  alignments: UnderstoodAlignment[];
}

export interface VerifyOptions {
  now?: Date;
  /** Clock skew tolerated on dates, seconds. */
  maxClockSkew?: number;
  /** The status list credential at a URL, when this server holds it; `null` otherwise. */
  resolveStatusList?: (url: string) => Promise<JsonObject | null>;
  /** The name of an occupation code (`2-02-38-01`) or task id (`2-02-38-01#3`); `null` if unknown. */
  resolveAlignment?: (code: string) => Promise<string | null>;
  /** The scheme whose codes alignments are read as (default: CN-2022's). */
  scheme?: TaxonomyScheme;
  documentLoader?: DocumentLoader;
}

/**
 * Verifies a credential: a JSON-LD object (or its text) with an `eddsa-rdfc-2022` proof, or a
 * VC-JWT. Throws `DomainError('invalid')` for malformed input.
 *
 * @example
 *   const { ok, checks } = await verifyCredential(await request.json(), { resolveStatusList });
 */
export async function verifyCredential(
  input: unknown,
  options: VerifyOptions = {},
): Promise<CredentialVerification> {
  const read = readCredentialInput(input);
  const documentLoader = options.documentLoader ?? createDocumentLoader();
  const proofResult =
    read.format === 'jwt_vc'
      ? await verifyJwt(read.jwt)
      : await verifyDataIntegrity(read.credential, documentLoader);
  const credential = proofResult.credential;
  const issuer = { id: issuerId(credential) as string, name: issuerName(credential) };
  const { check: alignment, alignments } = await checkAlignment(
    credential,
    options.resolveAlignment,
    options.scheme ?? DEFAULT_SCHEME,
  );
  const checks: VerificationCheck[] = [
    proofResult.signature,
    checkIssuer(issuer.id, proofResult.signerDid, proofResult.signature),
    checkDates(credential, options.now ?? new Date(), options.maxClockSkew ?? 300),
    await checkStatus(credential, options, documentLoader),
    alignment,
  ];
  const types = asArray(credential.type);
  return {
    ok: checks.every((c) => c.ok),
    format: read.format,
    checks,
    credential,
    issuer,
    openBadge: types.includes('OpenBadgeCredential') || types.includes('AchievementCredential'),
    alignments,
  };
}

interface ProofResult {
  credential: JsonObject;
  signature: VerificationCheck;
  /** The DID whose key made the proof, when it was checked. */
  signerDid: string | null;
}

/** Builds a check: its outcome, a code and params for messages in any language, and an English sentence. */
const check =
  (outcome: CheckOutcome) =>
  (name: CheckName, code: CheckCode, params: Record<string, string>, detail: string): VerificationCheck => ({
    name,
    ok: outcome === 'passed' || outcome === 'not_applicable',
    outcome,
    code,
    params,
    detail,
  });
const passed = check('passed');
const failed = check('failed');
const notChecked = check('not_checked');
const notApplicable = check('not_applicable');

/** Only `eddsa-rdfc-2022` Data Integrity proofs are checked; a proof of another kind is "not checked". */
async function verifyDataIntegrity(
  credential: JsonObject,
  documentLoader: DocumentLoader,
): Promise<ProofResult> {
  const proofs = asArray(credential.proof);
  if (proofs.length === 0) throw invalidField('credential.proof', fieldMessage('proof_missing'));
  const proof = proofs[0];
  if (proofs.length > 1 || !isObject(proof)) {
    throw invalidField('credential.proof', fieldMessage('proof_not_single'));
  }
  const method = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    const kind =
      [proof.type, proof.cryptosuite].filter((v) => typeof v === 'string').join(' / ') || 'of no type';
    return {
      credential,
      signerDid: null,
      signature: notChecked(
        'signature',
        'proof_unsupported',
        { kind },
        `signature not checked: the proof is ${kind}; only DataIntegrityProof / eddsa-rdfc-2022 is checked here`,
      ),
    };
  }
  const resolvable =
    method.startsWith('did:key:') ||
    (await documentLoader(method).then(
      () => true,
      () => false,
    ));
  if (!resolvable) {
    return {
      credential,
      signerDid: null,
      signature: notChecked(
        'signature',
        'key_unresolvable',
        { key: method || '-' },
        `signature not checked: the issuer's key ${method || '(none named)'} cannot be resolved here (did:key keys are checked offline; did:web and https keys are not fetched)`,
      ),
    };
  }
  let result: Awaited<ReturnType<typeof jsigs.verify>>;
  try {
    const { jsigs, DataIntegrityProof, cryptosuite } = await ldStack();
    result = await jsigs.verify(credential, {
      suite: new DataIntegrityProof({ cryptosuite }),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader,
    });
  } catch (error) {
    throw malformed(error);
  }
  if (!result.verified) {
    const cause = innermost(result.error);
    if (isInputProblem(cause)) throw malformed(cause);
    return {
      credential,
      signerDid: null,
      signature: failed(
        'signature',
        'proof_mismatch',
        {},
        `the proof does not match the credential: ${describe(cause)}`,
      ),
    };
  }
  return {
    credential,
    signerDid: method.split('#')[0] ?? null,
    signature: passed(
      'signature',
      'proof_matches',
      { signer: method.split('#')[0] as string },
      `the eddsa-rdfc-2022 proof by ${method.split('#')[0]} matches the credential`,
    ),
  };
}

/** Registered JWT claims that mirror credential fields; dropped to get the credential back. */
const JWT_CLAIMS = ['iss', 'sub', 'jti', 'nbf', 'exp', 'iat', 'aud'];

async function verifyJwt(jwt: string): Promise<ProofResult> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let payload: unknown;
  try {
    header = decodeProtectedHeader(jwt);
    payload = JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('credential', fieldMessage('jwt_malformed'));
  }
  assertBounded(payload, 'credential');
  if (!isObject(payload)) throw invalidField('credential', fieldMessage('jwt_payload_not_object'));
  // VC-JWT as in VC 1.1 carries the credential in a `vc` claim; VC-JOSE-COSE makes it the payload.
  const credential = isObject(payload.vc)
    ? payload.vc
    : Object.fromEntries(Object.entries(payload).filter(([k]) => !JWT_CLAIMS.includes(k)));
  assertCredentialShape(credential);
  const kid =
    typeof header.kid === 'string' ? header.kid : typeof payload.iss === 'string' ? payload.iss : '';
  const publicKey = publicKeyFromDidKey(kid);
  if (header.alg !== 'EdDSA' || !publicKey) {
    return {
      credential,
      signerDid: null,
      signature: notChecked(
        'signature',
        'jwt_unsupported',
        { alg: String(header.alg), key: kid || '-' },
        `signature not checked: the JWT is signed with ${String(header.alg)} by ${kid || 'an unnamed key'}; only EdDSA with a did:key is checked here`,
      ),
    };
  }
  const signerDid = kid.split('#')[0] as string;
  if (typeof payload.iss === 'string' && payload.iss !== signerDid) {
    return {
      credential,
      signerDid: null,
      signature: failed(
        'signature',
        'jwt_issuer_mismatch',
        { iss: String(payload.iss), signer: signerDid },
        `the JWT's iss ${payload.iss} is not its signer ${signerDid}`,
      ),
    };
  }
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    await compactVerify(jwt, key, { algorithms: ['EdDSA'] });
  } catch {
    return {
      credential,
      signerDid: null,
      signature: failed('signature', 'jwt_mismatch', {}, 'the JWT signature does not match its content'),
    };
  }
  return {
    credential,
    signerDid,
    signature: passed(
      'signature',
      'jwt_matches',
      { signer: signerDid },
      `the EdDSA JWT signature by ${signerDid} matches`,
    ),
  };
}

function checkIssuer(
  issuer: string,
  signerDid: string | null,
  signature: VerificationCheck,
): VerificationCheck {
  if (signature.outcome !== 'passed' || signerDid === null) {
    return notChecked(
      'issuer',
      'issuer_unconfirmed',
      { issuer },
      `issuer ${issuer} not confirmed: the signature was not checked or did not match`,
    );
  }
  if (signerDid !== issuer)
    return failed(
      'issuer',
      'issuer_mismatch',
      { issuer, signer: signerDid },
      `signed by ${signerDid}, but the credential names ${issuer} as issuer`,
    );
  return passed('issuer', 'issuer_matches', { issuer }, `issued and signed by ${issuer}`);
}

function readDate(credential: JsonObject, field: string): Date | null {
  const value = credential[field];
  if (value === undefined || value === null) return null;
  const time =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw invalidField(`credential.${field}`, fieldMessage('date_time_format'));
  return new Date(time);
}

function checkDates(credential: JsonObject, now: Date, maxClockSkew: number): VerificationCheck {
  const from = readDate(credential, 'validFrom') ?? readDate(credential, 'issuanceDate');
  const until = readDate(credential, 'validUntil') ?? readDate(credential, 'expirationDate');
  const skew = maxClockSkew * 1000;
  if (from && from.getTime() - skew > now.getTime()) {
    return failed(
      'dates',
      'not_yet_valid',
      { from: from.toISOString() },
      `not valid before ${from.toISOString()}`,
    );
  }
  if (until && until.getTime() + skew < now.getTime())
    return failed('dates', 'expired', { until: until.toISOString() }, `expired on ${until.toISOString()}`);
  const start = from ? `valid from ${from.toISOString()}` : 'no start date';
  return passed(
    'dates',
    'dates_valid',
    { from: from?.toISOString() ?? '', until: until?.toISOString() ?? '' },
    until ? `${start} until ${until.toISOString()}` : `${start}, no end date`,
  );
}

async function checkStatus(
  credential: JsonObject,
  { resolveStatusList }: VerifyOptions,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  const entries = asArray(credential.credentialStatus).filter(isObject);
  if (entries.length === 0)
    return notApplicable('status', 'no_status', {}, 'no status entry: the issuer did not make it revocable');
  const entry = entries.find(
    (e) => e.type === 'BitstringStatusListEntry' && e.statusPurpose === 'revocation',
  );
  if (!entry) {
    return notChecked(
      'status',
      'status_unsupported',
      { type: String(entries[0]?.type) },
      `status not checked: ${String(entries[0]?.type)} is not a revocation list read here`,
    );
  }
  const url = entry.statusListCredential;
  const index = Number(entry.statusListIndex);
  if (typeof url !== 'string' || !Number.isInteger(index) || index < 0) {
    throw invalidField('credential.credentialStatus', fieldMessage('credential_status_incomplete'));
  }
  const list = resolveStatusList ? await resolveStatusList(url) : null;
  if (!list)
    return notChecked(
      'status',
      'status_list_elsewhere',
      { url },
      `status not checked: the list ${url} is not held here, and nothing is fetched`,
    );
  const listCheck = await verifyDataIntegrity(list, documentLoader).catch(() => null);
  const subject = list.credentialSubject;
  if (
    listCheck?.signature.outcome !== 'passed' ||
    !isObject(subject) ||
    typeof subject.encodedList !== 'string'
  ) {
    return failed(
      'status',
      'status_list_invalid',
      { url },
      `the status list ${url} is not a validly signed Bitstring Status List`,
    );
  }
  const revoked = statusBit(decodeStatusList(subject.encodedList), index);
  if (revoked === null)
    return failed(
      'status',
      'status_index_outside',
      { url, index: String(index) },
      `index ${index} is outside the status list ${url}`,
    );
  return revoked
    ? failed('status', 'revoked', { url, index: String(index) }, `revoked: entry ${index} of ${url} is set`)
    : passed(
        'status',
        'not_revoked',
        { url, index: String(index) },
        `not revoked (entry ${index} of ${url})`,
      );
}

async function checkAlignment(
  credential: JsonObject,
  resolveAlignment: VerifyOptions['resolveAlignment'],
  scheme: TaxonomyScheme,
): Promise<{ check: VerificationCheck; alignments: UnderstoodAlignment[] }> {
  const alignments = asArray(credential.credentialSubject)
    .filter(isObject)
    .flatMap((subject) => asArray(isObject(subject.achievement) ? subject.achievement.alignment : undefined))
    .filter(isObject);
  if (alignments.length === 0) {
    return {
      check: notApplicable('alignment', 'no_alignment', {}, 'the achievement names no alignment'),
      alignments: [],
    };
  }
  const understood: UnderstoodAlignment[] = [];
  const unknown: string[] = [];
  let foreign = 0;
  for (const alignment of alignments) {
    const code = typeof alignment.targetCode === 'string' ? alignment.targetCode : '';
    const taskOf = scheme.occupationOfTask(code);
    if (!scheme.isOccupationCode(code) && taskOf === null) {
      foreign++;
      continue;
    }
    const name = resolveAlignment ? await resolveAlignment(code) : null;
    if (name === null) unknown.push(code);
    else
      understood.push({
        occupationCode: taskOf ?? code,
        taskId: taskOf === null ? null : code,
        name,
      });
  }
  const others = foreign > 0 ? `; ${foreign} alignment(s) to other frameworks kept as given` : '';
  if (!resolveAlignment && foreign < alignments.length) {
    return {
      check: notChecked(
        'alignment',
        'alignment_unchecked',
        { foreign: String(foreign) },
        `the occupation codes were not looked up${others}`,
      ),
      alignments: [],
    };
  }
  if (unknown.length > 0) {
    return {
      check: failed(
        'alignment',
        'alignment_unknown',
        { codes: unknown.join(', '), foreign: String(foreign) },
        `no such occupation or task in the classification: ${unknown.join(', ')}${others}`,
      ),
      alignments: understood,
    };
  }
  if (understood.length === 0) {
    return {
      check: notApplicable(
        'alignment',
        'alignment_foreign',
        { foreign: String(foreign) },
        `no alignment to the occupation classification${others}`,
      ),
      alignments: [],
    };
  }
  return {
    check: passed(
      'alignment',
      'alignment_found',
      { count: String(understood.length), foreign: String(foreign) },
      `${understood.length} alignment(s) to the occupation classification found${others}`,
    ),
    alignments: understood,
  };
}

/** The deepest cause in an error chain (jsonld and jsonld-signatures wrap errors several times). */
function innermost(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 10; i++) {
    const next =
      (current as { errors?: unknown[] } | null)?.errors?.[0] ??
      (current as { cause?: unknown } | null)?.cause ??
      (current as { details?: { cause?: unknown } } | null)?.details?.cause;
    if (!next) break;
    current = next;
  }
  return current;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'invalid signature';
}

/** Errors that mean the input is not processable JSON-LD (as opposed to a wrong signature). */
function isInputProblem(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return error instanceof DocumentRefusedError || name.startsWith('jsonld.');
}

function malformed(error: unknown): Error {
  const cause = innermost(error);
  if (cause instanceof DocumentRefusedError) {
    return invalidField(
      'credential',
      fieldMessage('document_refused', { url: cause.url, reason: cause.message.slice(cause.url.length + 2) }),
    );
  }
  const name = (cause as { name?: string } | null)?.name ?? '';
  if (name === 'jsonld.ValidationError') {
    const event = (cause as { details?: { event?: { details?: { property?: string } } } }).details?.event;
    const property = event?.details?.property;
    return invalidField(
      'credential',
      property ? fieldMessage('jsonld_undefined_property', { property }) : fieldMessage('jsonld_invalid'),
    );
  }
  return invalidField('credential', fieldMessage('jsonld_error', { detail: describe(cause) }));
}
