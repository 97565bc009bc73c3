/**
 * Open Badges 3.0 out and in, without storage: what we issue verifies with @digitalbazaar/vc as an
 * independent verifier and fails after any one-field tamper; revocation flips the status list; bad
 * input is a clear `invalid` error.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  credentialSigner,
  DomainError,
  didKeyFromPublicKey,
  type JsonObject,
  learnerSubjectId,
  loadOrCreatePlatformKey,
  openBadgeCredential,
  type PlatformKey,
  publicKeyFromDidKey,
  signCredential,
  signCredentialJwt,
  signPresentation,
  statusListCredential,
  verifyCredential,
} from '../src/index.js';
import { independentlyVerifyCredential, independentlyVerifyPresentation } from '../src/testing/index.js';

const BASE = 'https://skills.example';
const LIST_URL = `${BASE}/api/status-lists/sl_test`;

let platform: PlatformKey;
const attester = credentialSigner(generateKeyPairSync('ed25519').privateKey);

function unsignedBadge(overrides: Partial<Parameters<typeof openBadgeCredential>[0]> = {}) {
  return openBadgeCredential({
    id: 'urn:uuid:5b0c2a5e-9f6c-4d8e-8a55-0a3b1c2d3e4f',
    baseUrl: BASE,
    issuer: { did: attester.did, name: '李老师', organisation: '某职业技术学院' },
    subject: { id: learnerSubjectId('did:key:zPlatform', 'ac_learner'), displayName: '王小明' },
    validFrom: '2026-06-01T08:00:00.000Z',
    evidence: {
      id: 'ev_1',
      hash: 'a'.repeat(64),
      kind: 'work_project',
      title: '客户数据清洗与可视化看板',
      description: '用 Python 清洗了 3 万条客户记录，搭建了销售看板。',
      occurredOn: '2026-03-01',
      endedOn: '2026-05-30',
      skills: [
        { name: 'Python 数据分析', level: 3 },
        { name: '数据可视化', level: null },
      ],
      steps: ['明确任务', '实施计划'],
    },
    occupations: [{ code: '4-04-05-03', name: '数据分析处理工程技术人员' }],
    tasks: [{ id: '4-04-05-03#1', text: '进行数据采集与清洗' }],
    statement: '他独立完成了数据清洗。',
    level: 3,
    status: { listUrl: LIST_URL, index: 4242 },
    ...overrides,
  });
}

const signedLists = new Map<string, Promise<JsonObject>>();

/** The platform-signed status list with these bits set (memoised: signing is the slow part). */
function signedList(revoked: number[]): Promise<JsonObject> {
  const key = revoked.join(',');
  if (!signedLists.has(key)) signedLists.set(key, signList(revoked));
  return (signedLists.get(key) as Promise<JsonObject>).then((list) => structuredClone(list));
}

async function signList(revoked: number[]) {
  const list = statusListCredential({
    url: LIST_URL,
    issuer: platform.did,
    validFrom: '2026-01-01T00:00:00Z',
    revokedIndexes: revoked,
  });
  return signCredential(list, platform.credentialSigner());
}

/** @digitalbazaar/vc with its own status list checker (see @skillbank/core/testing): none of our verification code. */
async function independentlyVerify(credential: JsonObject, revoked: number[] = []) {
  return independentlyVerifyCredential(credential, new Map([[LIST_URL, await signedList(revoked)]]));
}

const ourOptions = (revoked: number[] = []) => ({
  resolveStatusList: async (url: string) => (url === LIST_URL ? signedList(revoked) : null),
  resolveAlignment: async (code: string) =>
    ({ '4-04-05-03': '数据分析处理工程技术人员', '4-04-05-03#1': '进行数据采集与清洗' })[code] ?? null,
});

/** Every path to a scalar in a JSON value, e.g. `credentialSubject.achievement.name`. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  }
  return [prefix];
}

function tampered(credential: JsonObject, path: (string | number)[]): JsonObject {
  const copy = structuredClone(credential);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const value = node[last];
  node[last] =
    typeof value === 'string'
      ? `${value.slice(0, -1)}${value.endsWith('x') ? 'y' : 'x'}`
      : typeof value === 'number'
        ? value + 1
        : !value;
  return copy;
}

beforeAll(async () => {
  platform = await loadOrCreatePlatformKey(join(mkdtempSync(join(tmpdir(), 'ob3-')), 'platform-key.json'));
});

describe('did:key for Ed25519 keys', () => {
  it('agrees with the Multikey library and reads back', async () => {
    const id = didKeyFromPublicKey(
      platform.publicKeyMultibase === '' ? '' : (publicKeyFromDidKey(platform.did) as string),
    );
    expect(id.did).toBe(platform.did);
    expect(id.keyId).toBe(`${platform.did}#${platform.publicKeyMultibase}`);
    expect(platform.did).toMatch(/^did:key:z6Mk/);
    expect(publicKeyFromDidKey('did:key:zNotAKey')).toBeNull();
    expect(publicKeyFromDidKey('did:web:example.com')).toBeNull();
  });
});

describe('issuing an OpenBadgeCredential', () => {
  let signed: JsonObject;
  beforeAll(async () => {
    signed = await signCredential(unsignedBadge(), attester, { now: new Date('2026-06-01T08:00:00Z') });
  });

  it('is an OB3 credential with the attester as did:key issuer, alignments, level and evidence', () => {
    expect(signed.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(signed.issuer).toMatchObject({ id: attester.did });
    const subject = signed.credentialSubject as JsonObject;
    expect(subject.id).toMatch(/^urn:uuid:/);
    const achievement = subject.achievement as JsonObject;
    expect((achievement.alignment as JsonObject[]).map((a) => a.targetCode)).toEqual([
      '4-04-05-03',
      '4-04-05-03#1',
    ]);
    expect(subject.result).toEqual([
      expect.objectContaining({ achievedLevel: 'urn:skillbank:scheme:xinbaji:3' }),
    ]);
    expect(signed.proof).toMatchObject({
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: attester.keyId,
    });
  });

  it('verifies with @digitalbazaar/vc as an independent verifier, status included', async () => {
    const result = await independentlyVerify(signed);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.verified).toBe(true);
  });

  it('verifies with our verifier, every check passing', async () => {
    const result = await verifyCredential(signed, ourOptions());
    expect(result.checks.map((c) => [c.name, c.outcome])).toEqual([
      ['signature', 'passed'],
      ['issuer', 'passed'],
      ['dates', 'passed'],
      ['status', 'passed'],
      ['alignment', 'passed'],
    ]);
    expect(result.ok).toBe(true);
    expect(result.alignments).toEqual([
      { occupationCode: '4-04-05-03', taskId: null, name: '数据分析处理工程技术人员' },
      { occupationCode: '4-04-05-03', taskId: '4-04-05-03#1', name: '进行数据采集与清洗' },
    ]);
  });

  it('fails independent verification after any one-field tamper', async () => {
    const paths = leafPaths(signed);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const result = await independentlyVerify(tampered(signed, path));
      expect(result.verified, `tampering ${path.join('.')} went unnoticed`).toBe(false);
    }
  });

  it('fails our verifier after any one-field tamper (a failed check or a clear invalid error)', async () => {
    for (const path of leafPaths(signed)) {
      const outcome = await verifyCredential(tampered(signed, path), ourOptions()).then(
        (r) => r.ok,
        (error: unknown) => {
          expect(error).toBeInstanceOf(DomainError);
          return false;
        },
      );
      expect(outcome, `tampering ${path.join('.')} went unnoticed`).toBe(false);
    }
  });

  it('revocation flips the status list and both verifiers report it', async () => {
    expect((await independentlyVerify(signed, [4242])).verified).toBe(false);
    expect((await independentlyVerify(signed, [4241, 4243])).verified).toBe(true);
    const ours = await verifyCredential(signed, ourOptions([4242]));
    expect(ours.ok).toBe(false);
    expect(ours.checks.find((c) => c.name === 'status')).toMatchObject({ outcome: 'failed' });
    expect(ours.checks.find((c) => c.name === 'status')?.detail).toContain('revoked');
  });

  it('a status list this verifier does not hold is "not checked", not passed', async () => {
    const result = await verifyCredential(signed);
    expect(result.checks.find((c) => c.name === 'status')).toMatchObject({
      ok: false,
      outcome: 'not_checked',
    });
    expect(result.checks.find((c) => c.name === 'signature')).toMatchObject({ outcome: 'passed' });
  });

  it('an expired credential fails the dates check', async () => {
    const expiring = await signCredential(
      { ...unsignedBadge(), validUntil: '2026-07-01T00:00:00Z' },
      attester,
    );
    const result = await verifyCredential(expiring, {
      ...ourOptions(),
      now: new Date('2026-08-01T00:00:00Z'),
    });
    expect(result.checks.find((c) => c.name === 'dates')).toMatchObject({ outcome: 'failed' });
    expect(result.checks.find((c) => c.name === 'dates')?.detail).toContain('expired on 2026-07-01');
    expect((await independentlyVerify(expiring)).verified).toBe(false);
  });

  it('an unknown occupation code fails the alignment check', async () => {
    const badge = unsignedBadge({ occupations: [{ code: '9-99-99-99', name: '不存在' }], tasks: [] });
    const result = await verifyCredential(await signCredential(badge, attester), ourOptions());
    expect(result.checks.find((c) => c.name === 'alignment')).toMatchObject({ outcome: 'failed' });
    expect(result.checks.find((c) => c.name === 'alignment')?.detail).toContain('9-99-99-99');
  });

  it('signed by another key than the issuer named: the issuer check fails', async () => {
    const other = credentialSigner(generateKeyPairSync('ed25519').privateKey);
    const result = await verifyCredential(await signCredential(unsignedBadge(), other), ourOptions());
    expect(result.checks.find((c) => c.name === 'signature')).toMatchObject({ outcome: 'passed' });
    expect(result.checks.find((c) => c.name === 'issuer')).toMatchObject({ outcome: 'failed' });
    expect(result.ok).toBe(false);
  });
});

describe('the VC-JWT form', () => {
  it('verifies, and fails when a payload byte changes', async () => {
    const jwt = await signCredentialJwt(unsignedBadge(), attester);
    const [header] = jwt.split('.');
    expect(JSON.parse(Buffer.from(header as string, 'base64url').toString())).toMatchObject({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      kid: attester.keyId,
    });
    const result = await verifyCredential(jwt, ourOptions());
    expect(result.format).toBe('jwt_vc');
    expect(result.ok).toBe(true);
    expect(result.credential.credentialSubject).toEqual(unsignedBadge().credentialSubject);

    const [h, payload, signature] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.name = 'Something else';
    const forged = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    const bad = await verifyCredential(forged, ourOptions());
    expect(bad.ok).toBe(false);
    expect(bad.checks.find((c) => c.name === 'signature')).toMatchObject({ outcome: 'failed' });
  });
});

describe('a presentation of credentials signed by the platform', () => {
  it('verifies with @digitalbazaar/vc (assertionMethod proof, no challenge)', async () => {
    const credential = await signCredential(unsignedBadge(), attester);
    const presentation = await signPresentation(
      {
        id: 'urn:uuid:0e8a3f1c-1111-4222-8333-444455556666',
        holder: platform.did,
        credentials: [credential],
      },
      platform.credentialSigner(),
    );
    const result = await independentlyVerifyPresentation(
      presentation,
      new Map([[LIST_URL, await signedList([])]]),
    );
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });
});

describe('bad input is a clear invalid error', () => {
  /** Rejected as invalid, naming the field and what is wrong with it (by code; the server words it). */
  const rejects = async (input: unknown, problem: Record<string, unknown>) => {
    const error = await verifyCredential(input, ourOptions()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid');
    expect((error as DomainError).problems).toContainEqual(expect.objectContaining(problem));
  };

  it('not JSON, not a JWT', () =>
    rejects('{"@context": [', { path: 'credential', code: 'credential_unreadable' }));
  it('not a credential', () =>
    rejects({ hello: 'world' }, { path: 'credential.@context.0', code: 'credential_context_first' }));
  it('an unknown context', () =>
    rejects(
      {
        ...unsignedBadge(),
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://evil.example/ctx.json'],
      },
      { code: 'credential_context_unknown', params: { context: 'https://evil.example/ctx.json' } },
    ));
  it('an unsigned credential', () =>
    rejects(unsignedBadge(), { path: 'credential.proof', code: 'proof_missing' }));
  it('malformed JSON-LD (a term no context defines)', async () => {
    const signed = await signCredential(unsignedBadge(), attester);
    await rejects(
      { ...signed, credentialSubject: { ...(signed.credentialSubject as JsonObject), '@type': 5 } },
      { path: 'credential', code: expect.stringMatching(/^jsonld_/) },
    );
  });
  it('a malformed date', async () => {
    const signed = await signCredential(unsignedBadge(), attester);
    await rejects(
      { ...signed, validFrom: 'yesterday' },
      { path: 'credential.validFrom', code: 'date_time_format' },
    );
  });
  it('5 MB of nested arrays, as text', () =>
    rejects(`${'['.repeat(2_500_000)}${']'.repeat(2_500_000)}`, { code: 'credential_too_large' }));
  it('deeply nested arrays, as a parsed object', () => {
    let deep: unknown[] = [];
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      deep.push(next);
      deep = next;
    }
    return rejects(
      { ...unsignedBadge(), evidence: root },
      { code: 'credential_too_deep', params: { max: 32 } },
    );
  });
  it('a wrong proof type is "not checked", never passed', async () => {
    const signed = await signCredential(unsignedBadge(), attester);
    const result = await verifyCredential(
      { ...signed, proof: { ...(signed.proof as JsonObject), cryptosuite: 'ecdsa-rdfc-2019' } },
      ourOptions(),
    );
    expect(result.ok).toBe(false);
    expect(result.checks.find((c) => c.name === 'signature')).toMatchObject({ outcome: 'not_checked' });
  });
});
