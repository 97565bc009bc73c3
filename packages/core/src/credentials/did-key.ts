/**
 * did:key identities (Multikey, Ed25519) for the Ed25519 keys attesters and the platform hold, so
 * anyone can check a signature offline: the public key is the identifier.
 */
import type { KeyObject } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { base58Decode, base58Encode } from './base58.js';

/** The multicodec prefix of an Ed25519 public key (0xed, varint-encoded). */
const ED25519_PUB_PREFIX = Uint8Array.of(0xed, 0x01);

export interface DidKeyIdentity {
  /** `did:key:z6Mk…` */
  did: string;
  /** The verification method, `did:key:z6Mk…#z6Mk…`. */
  keyId: string;
  /** `z6Mk…`: multibase (base58btc) of the multicodec-prefixed public key. */
  publicKeyMultibase: string;
}

/** The did:key of an Ed25519 public key given as base64url of its 32 raw bytes (the JWK `x`). */
export function didKeyFromPublicKey(publicKeyX: string): DidKeyIdentity {
  const raw = Buffer.from(publicKeyX, 'base64url');
  if (raw.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  const publicKeyMultibase = `z${base58Encode(Buffer.concat([ED25519_PUB_PREFIX, raw]))}`;
  const did = `did:key:${publicKeyMultibase}`;
  return { did, keyId: `${did}#${publicKeyMultibase}`, publicKeyMultibase };
}

/** The raw 32-byte Ed25519 public key (base64url) inside a `did:key:z6Mk…`; `null` for anything else. */
export function publicKeyFromDidKey(didOrKeyId: string): string | null {
  const match = /^did:key:z([1-9A-HJ-NP-Za-km-z]+)(?:#z[1-9A-HJ-NP-Za-km-z]+)?$/.exec(didOrKeyId);
  const bytes = match?.[1] ? base58Decode(match[1]) : null;
  if (bytes?.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return null;
  return Buffer.from(bytes.subarray(2)).toString('base64url');
}

/** Something that can sign credentials: an identity plus its Ed25519 private key. */
export interface CredentialSigner extends DidKeyIdentity {
  privateKey: KeyObject;
}

/** A signer from an Ed25519 private key (its public half gives the did:key). */
export function credentialSigner(privateKey: KeyObject): CredentialSigner {
  const x = privateKey.export({ format: 'jwk' }).x;
  if (!x || privateKey.asymmetricKeyType !== 'ed25519') throw new Error('expected an Ed25519 private key');
  return { ...didKeyFromPublicKey(x), privateKey };
}

/** The Digital Bazaar Multikey key pair for a signer, as the Data Integrity suite wants it. */
export function multikeyPair(signer: CredentialSigner): Promise<Ed25519Multikey.Ed25519MultikeyPair> {
  return Ed25519Multikey.fromJwk({
    jwk: signer.privateKey.export({ format: 'jwk' }) as Record<string, unknown>,
    secretKey: true,
    id: signer.keyId,
    controller: signer.did,
  });
}
