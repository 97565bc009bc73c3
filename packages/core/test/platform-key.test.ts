/** The platform key file: created once (0600), reused, shared by concurrent starts, never serialised. */
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreatePlatformKey, publicKeyFromDidKey } from '../src/index.js';

const freshPath = () => join(mkdtempSync(join(tmpdir(), 'platform-key-')), 'nested', 'platform-key.json');

describe('loadOrCreatePlatformKey', () => {
  it('creates an Ed25519 did:key in a 0600 file on first use and reuses it after', async () => {
    const path = freshPath();
    const first = await loadOrCreatePlatformKey(path);
    expect(first.did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
    expect(first.keyId).toBe(`${first.did}#${first.publicKeyMultibase}`);
    expect(publicKeyFromDidKey(first.did)).not.toBeNull();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await loadOrCreatePlatformKey(path);
    expect(again.did).toBe(first.did);
  });

  it('signs and verifies bytes; a changed byte or signature fails', async () => {
    const key = await loadOrCreatePlatformKey(freshPath());
    const data = new TextEncoder().encode('ledger checkpoint 42');
    const signature = await key.sign(data);
    expect(signature).toHaveLength(64);
    expect(await key.verify(data, signature)).toBe(true);
    expect(await key.verify(new TextEncoder().encode('ledger checkpoint 43'), signature)).toBe(false);
    signature[0] = (signature[0] ?? 0) ^ 1;
    expect(await key.verify(data, signature)).toBe(false);
    expect(await key.verify(data, new Uint8Array(3))).toBe(false);
  });

  it('concurrent first starts end with one key', async () => {
    const path = freshPath();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreatePlatformKey(path)));
    expect(new Set(keys.map((k) => k.did)).size).toBe(1);
  });

  it('never serialises the private key', async () => {
    const path = freshPath();
    const key = await loadOrCreatePlatformKey(path);
    const secret = JSON.parse(readFileSync(path, 'utf8')).privateKeyJwk.d as string;
    expect(JSON.stringify(key)).not.toContain(secret);
    expect(JSON.parse(JSON.stringify(key))).toEqual({
      did: key.did,
      keyId: key.keyId,
      publicKeyMultibase: key.publicKeyMultibase,
    });
  });

  it('tightens a restored file to 0600 and refuses a corrupt one without printing it', async () => {
    const path = freshPath();
    await loadOrCreatePlatformKey(path);
    chmodSync(path, 0o644);
    await loadOrCreatePlatformKey(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(
      path,
      '{"type":"Ed25519","privateKeyJwk":{"kty":"OKP","crv":"Ed25519","x":"AAAA","d":"SECRETSECRET"}}',
    );
    const error = await loadOrCreatePlatformKey(path).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).not.toContain('SECRETSECRET');
    writeFileSync(path, 'not json');
    await expect(loadOrCreatePlatformKey(path)).rejects.toThrow(/is not JSON/);
  });
});
