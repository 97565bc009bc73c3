/**
 * Signing credentials and presentations: a Data Integrity proof (`eddsa-rdfc-2022`) over the
 * RDF-canonicalised document, or the compact VC-JWT form (EdDSA, `typ: vc+jwt`).
 */
import { SignJWT } from 'jose';
import { VC_V2_CONTEXT } from './contexts.js';
import type { JsonObject } from './credential-input.js';
import { type CredentialSigner, multikeyPair } from './did-key.js';
import { createDocumentLoader, type DocumentLoader } from './document-loader.js';
import { ldStack } from './ld-stack.js';

export interface SignOptions {
  /** The proof's `created` time (defaults to now). */
  now?: Date;
  documentLoader?: DocumentLoader;
}

/** Proof `created` is an XML Schema dateTime; whole seconds, as the libraries write it. */
const proofDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/**
 * Adds an `eddsa-rdfc-2022` Data Integrity proof to an (unsigned) credential.
 *
 * @example
 *   const signed = await signCredential(openBadge, credentialSigner(privateKey));
 */
export async function signCredential(
  credential: JsonObject,
  signer: CredentialSigner,
  { now = new Date(), documentLoader = createDocumentLoader() }: SignOptions = {},
): Promise<JsonObject> {
  const { vc, DataIntegrityProof, cryptosuite } = await ldStack();
  const keyPair = await multikeyPair(signer);
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date: proofDate(now) });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader, now });
}

/** Signs a Verifiable Presentation of credentials (proof purpose `assertionMethod`: no challenge). */
export async function signPresentation(
  { id, holder, credentials }: { id: string; holder: string; credentials: JsonObject[] },
  signer: CredentialSigner,
  { now = new Date(), documentLoader = createDocumentLoader() }: SignOptions = {},
): Promise<JsonObject> {
  const presentation: JsonObject = {
    '@context': [VC_V2_CONTEXT],
    id,
    type: ['VerifiablePresentation'],
    holder,
    verifiableCredential: credentials,
  };
  const { vc, jsigs, DataIntegrityProof, cryptosuite } = await ldStack();
  const keyPair = await multikeyPair(signer);
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date: proofDate(now) });
  return vc.signPresentation({
    presentation,
    suite,
    documentLoader,
    purpose: new jsigs.purposes.AssertionProofPurpose(),
  });
}

/**
 * The VC-JWT form (VC-JOSE-COSE): the credential itself is the JWT claims set, with the
 * registered claims that mirror it (`iss`, `jti`, `sub`, `nbf`, `exp`), signed with EdDSA.
 */
export async function signCredentialJwt(credential: JsonObject, signer: CredentialSigner): Promise<string> {
  const { proof: _proof, ...claims } = credential;
  const issuer = credential.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : (issuer as JsonObject | undefined)?.id;
  const subject = (credential.credentialSubject as JsonObject | undefined)?.id;
  const registered: JsonObject = {
    iss: issuerId,
    ...(typeof credential.id === 'string' ? { jti: credential.id } : {}),
    ...(typeof subject === 'string' ? { sub: subject } : {}),
    ...(typeof credential.validFrom === 'string' ? { nbf: epochSeconds(credential.validFrom) } : {}),
    ...(typeof credential.validUntil === 'string' ? { exp: epochSeconds(credential.validUntil) } : {}),
  };
  return new SignJWT({ ...claims, ...registered })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: signer.keyId })
    .sign(signer.privateKey);
}

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
