/**
 * The Open Badges 3.0 specification's signing test vector (fixtures/ob3/test-vectors): our
 * signing path must reproduce its proofValue exactly, and its signed credential must verify.
 */

import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  type CredentialSigner,
  createDocumentLoader,
  OB3_FIXTURES_DIR,
  signCredential,
  verifyCredential,
} from '../src/index.js';

const html = readFileSync(`${OB3_FIXTURES_DIR}/test-vectors/linked-data-proof-ob.html`, 'utf8');

/** The JSON in the `<pre title="…">` block of the test-vector page. */
function preBlock(title: string): Record<string, unknown> {
  const match = new RegExp(`<pre class="example json" title="${title}">([\\s\\S]*?)</pre`).exec(html);
  if (!match?.[1]) throw new Error(`no ${title} block in the test vector`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

/** The hex or multibase value under a heading of the page. */
function valueAfter(heading: string): string {
  const at = html.indexOf(heading);
  const match = /([0-9a-f]{64,128}|z[1-9A-HJ-NP-Za-km-z]{40,})\b/.exec(html.slice(at + heading.length));
  if (at < 0 || !match?.[1]) throw new Error(`no value after ${heading}`);
  return match[1];
}

const publicKeyHex = valueAfter('Public key (hex):');
const privateKeyHex = valueAfter('Private key (hex):');
const expectedProofValue = valueAfter('Proof value (hex)');
const issuerUrl = 'https://example.edu/issuers/565049';
const keyId = `${issuerUrl}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`;

/** The issuer's https key, served to the loader as the specification describes it (a test-only document). */
async function vectorLoader() {
  const keyPair = await Ed25519Multikey.fromJwk({
    jwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyHex, 'hex').toString('base64url') },
    id: keyId,
    controller: issuerUrl,
  });
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  const controller = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: issuerUrl,
    assertionMethod: [method],
  };
  return createDocumentLoader({
    documents: new Map<string, unknown>([
      [keyId, method],
      [issuerUrl, controller],
    ]),
  });
}

describe('the Open Badges 3.0 eddsa-rdfc-2022 test vector', () => {
  it('has a 32-byte key pair and the published proof value', () => {
    expect(publicKeyHex).toHaveLength(64);
    expect(privateKeyHex.slice(64)).toBe(publicKeyHex);
    expect(expectedProofValue).toBe(
      'z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr',
    );
  });

  it('canonicalises the credential to the published N-Quads with bundled contexts only', async () => {
    const nquads = await jsonld.canonize(preBlock('Credential'), {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader: createDocumentLoader(),
      safe: true,
    } as never);
    expect(nquads).toBe(readFileSync(`${OB3_FIXTURES_DIR}/test-vectors/document-canon.txt`, 'utf8'));
  });

  it('signing the credential with its key gives exactly the published proofValue', async () => {
    const privateKey = createPrivateKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(publicKeyHex, 'hex').toString('base64url'),
        d: Buffer.from(privateKeyHex.slice(0, 64), 'hex').toString('base64url'),
      },
      format: 'jwk',
    });
    const signer: CredentialSigner = {
      did: issuerUrl,
      keyId,
      publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
      privateKey,
    };
    const signed = await signCredential(preBlock('Credential'), signer, {
      now: new Date('2010-01-01T19:23:24Z'),
    });
    expect(signed.proof).toEqual(preBlock('Proof'));
    expect((signed.proof as { proofValue: string }).proofValue).toBe(expectedProofValue);
    expect(signed).toEqual(preBlock('Signed credential'));
  });

  it('the published signed credential verifies, with our verifier and with @digitalbazaar/vc', async () => {
    const signed = preBlock('Signed credential');
    const documentLoader = await vectorLoader();
    const ours = await verifyCredential(signed, { documentLoader, now: new Date('2024-01-01T00:00:00Z') });
    expect(ours.checks.find((c) => c.name === 'signature')).toMatchObject({ outcome: 'passed' });
    expect(ours.checks.find((c) => c.name === 'issuer')).toMatchObject({ outcome: 'passed' });
    expect(ours.ok).toBe(true);
    expect(ours.openBadge).toBe(true);

    const theirs = await vc.verifyCredential({
      credential: signed,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
    });
    expect(theirs.verified).toBe(true);
  });

  it('a one-character change of the published proofValue fails', async () => {
    const signed = preBlock('Signed credential');
    const proof = signed.proof as { proofValue: string };
    proof.proofValue = `${proof.proofValue.slice(0, -1)}${proof.proofValue.endsWith('r') ? 's' : 'r'}`;
    const ours = await verifyCredential(signed, { documentLoader: await vectorLoader() });
    expect(ours.ok).toBe(false);
    expect(ours.checks.find((c) => c.name === 'signature')).toMatchObject({ outcome: 'failed' });
  });

  it('without the test-only key document the https issuer is "signature not checked", clearly so', async () => {
    const ours = await verifyCredential(preBlock('Signed credential'));
    expect(ours.ok).toBe(false);
    const signature = ours.checks.find((c) => c.name === 'signature');
    expect(signature).toMatchObject({ ok: false, outcome: 'not_checked' });
    expect(signature?.detail).toContain('signature not checked');
    expect(signature?.detail).toContain(keyId);
  });
});
