/**
 * Open Badges 3.0 through the API, on every dialect: issued at attestation, verifiable by
 * @digitalbazaar/vc as an independent verifier, revoked with the evidence, bundled, verified and
 * imported — and bad input refused with a clear problem, nothing stored.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  credentialSigner,
  didKeyFromPublicKey,
  OB3_FIXTURES_DIR,
  openBadgeCredential,
  signCredential,
  signCredentialJwt,
} from '@skillbank/core';
import {
  independentlyVerifyCredential,
  independentlyVerifyPresentation,
  testDatabases,
} from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askToAttest, attest, bearer, deposit, signUp, type TestAccount } from './skills-account.fixtures.js';
import { json, openTestApp, readJson, type TestApp } from './test-app.js';

type Json = Record<string, unknown>;

/** A credential from another platform: a fresh did:key issuer, a status list held elsewhere. */
function foreignBadge(overrides: Json = {}) {
  return {
    ...openBadgeCredential({
      id: 'urn:uuid:7d3c1a52-6f1e-4b5a-9c61-2f4e8a9b0c1d',
      baseUrl: 'https://other-school.example',
      issuer: { did: FOREIGN.did, name: '某技师学院', organisation: null },
      subject: { id: 'urn:uuid:11111111-2222-4333-8444-555555555555', displayName: '吴同学' },
      validFrom: '2025-07-01T00:00:00Z',
      evidence: {
        id: 'ev_x',
        hash: 'c'.repeat(64),
        kind: 'assessment',
        title: '光伏电站运维职业技能等级认定',
        description: '通过理论与实操考核。',
        occurredOn: '2025-06-20',
        endedOn: null,
        skills: [{ name: '光伏运维', level: 4 }],
        steps: [],
      },
      occupations: [{ code: '2-02-38-01', name: '光伏' }],
      tasks: [],
      statement: null,
      level: 4,
      status: { listUrl: 'https://other-school.example/api/status-lists/sl_1', index: 7 },
    }),
    ...overrides,
  };
}
const FOREIGN = credentialSigner(generateKeyPairSync('ed25519').privateKey);

/** The spec's signed credential, whose https issuer cannot be resolved here. */
function specSignedCredential(): Json {
  const html = readFileSync(`${OB3_FIXTURES_DIR}/test-vectors/linked-data-proof-ob.html`, 'utf8');
  const match = /<pre class="example json" title="Signed credential">([\s\S]*?)<\/pre/.exec(html);
  return JSON.parse(match?.[1] as string) as Json;
}

describe.each(testDatabases())('credentials API on $name', (database) => {
  let t: TestApp;
  let learner: TestAccount;
  let other: TestAccount;
  let employer: TestAccount;
  beforeAll(async () => {
    t = await openTestApp(database);
    learner = await signUp(t.app, 'learner', '赵同学');
    other = await signUp(t.app, 'learner', '钱同学');
    employer = await signUp(t.app, 'employer', '钱经理', '某光伏公司');
  });
  afterAll(() => t.destroy());

  const get = (path: string, who?: TestAccount, headers: Record<string, string> = {}) =>
    t.app.request(path, who ? bearer(who.token, { headers }) : { headers });
  const post = (path: string, body: unknown, who?: TestAccount, init: RequestInit = {}) =>
    t.app.request(path, who ? bearer(who.token, json(body, init)) : json(body, init));

  async function attestedPiece(overrides: Json = {}) {
    const piece = await deposit(t.app, learner, overrides);
    await askToAttest(t.app, learner, piece.id, employer);
    await attest(t.app, employer, piece.id, { statement: '表现良好。', level: 3 });
    return piece;
  }

  /** The status lists a credential refers to, fetched through the public API (no token). */
  async function statusListsOf(credential: Json): Promise<Map<string, unknown>> {
    const url = (credential.credentialStatus as Json).statusListCredential as string;
    const res = await t.app.request(new URL(url).pathname);
    expect(res.status).toBe(200);
    return new Map([[url, await res.json()]]);
  }

  async function credentialOf(evidenceId: string, who: TestAccount = learner): Promise<Json> {
    const res = await get(`/api/evidence/${evidenceId}/credential`, who);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/vc\+ld\+json/);
    return (await res.json()) as Json;
  }

  it('an attestation issues an OpenBadgeCredential by the attester’s did:key that @digitalbazaar/vc verifies', async () => {
    const piece = await attestedPiece();
    const credential = await credentialOf(piece.id);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer).toMatchObject({
      id: didKeyFromPublicKey(employer.publicKey as string).did,
      name: '钱经理 (某光伏公司)',
    });
    const subject = credential.credentialSubject as Json;
    expect(subject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: '赵同学' },
    ]);
    const achievement = subject.achievement as Json;
    expect(achievement.name).toBe('光伏运维、digital skills');
    expect((achievement.alignment as Json[])[0]).toMatchObject({
      targetCode: '2-02-38-01',
      targetType: 'ext:Occupation',
    });
    expect(subject.result).toEqual([
      expect.objectContaining({ achievedLevel: 'urn:skillbank:scheme:xinbaji:3' }),
    ]);
    expect(JSON.stringify(credential)).not.toContain(learner.id);

    const independent = await independentlyVerifyCredential(credential, await statusListsOf(credential));
    expect(independent.error).toBeUndefined();
    expect(independent.verified).toBe(true);

    const ours = await readJson(await post('/api/credentials/verify', { credential }));
    expect(ours.checks.map((c: Json) => [c.name, c.outcome])).toEqual([
      ['signature', 'passed'],
      ['issuer', 'passed'],
      ['dates', 'passed'],
      ['status', 'passed'],
      ['alignment', 'passed'],
    ]);
    expect(ours.ok).toBe(true);
  });

  it('gives the VC-JWT form on Accept: application/vc+jwt, and it verifies', async () => {
    const piece = await attestedPiece();
    const res = await get(`/api/evidence/${piece.id}/credential`, learner, { accept: 'application/vc+jwt' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vc+jwt');
    const jwt = await res.text();
    expect(jwt.split('.')).toHaveLength(3);
    const verdict = await readJson(
      await t.app.request('/api/credentials/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/vc+jwt' },
        body: jwt,
      }),
    );
    expect(verdict).toMatchObject({ ok: true, format: 'jwt_vc' });
  });

  it('revoking the evidence flips its status bit: both verifiers report it revoked', async () => {
    const piece = await attestedPiece();
    const credential = await credentialOf(piece.id);
    expect((await independentlyVerifyCredential(credential, await statusListsOf(credential))).verified).toBe(
      true,
    );
    expect((await post(`/api/evidence/${piece.id}/revoke`, {}, learner)).status).toBe(200);

    const independent = await independentlyVerifyCredential(credential, await statusListsOf(credential));
    expect(independent.verified).toBe(false);
    const ours = await readJson(await post('/api/credentials/verify', { credential }));
    expect(ours.ok).toBe(false);
    expect(ours.checks.find((c: Json) => c.name === 'status')).toMatchObject({ outcome: 'failed' });
    // The learner still reads it (revoked, withdrawn evidence); the attester no longer does.
    expect((await get(`/api/evidence/${piece.id}/credential`, learner)).status).toBe(200);
    expect((await get(`/api/evidence/${piece.id}/credential`, employer)).status).toBe(404);
  });

  it('follows the evidence access rules, and 404s for evidence never attested', async () => {
    const piece = await attestedPiece();
    expect((await get(`/api/evidence/${piece.id}/credential`)).status).toBe(401);
    expect((await get(`/api/evidence/${piece.id}/credential`, other)).status).toBe(404);
    expect((await get(`/api/evidence/${piece.id}/credential`, employer)).status).toBe(200);
    const plain = await deposit(t.app, learner);
    const res = await get(`/api/evidence/${plain.id}/credential`, learner);
    expect(res.status).toBe(404);
    expect((await readJson(res)).detail).toContain('never attested');
  });

  it('bundles a learner’s credentials in force as a presentation the platform signs', async () => {
    const piece = await attestedPiece();
    const res = await get(`/api/learners/${learner.id}/credentials`, learner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/vp\+ld\+json/);
    const presentation = (await res.json()) as Json;
    expect(presentation.holder).toBe(t.deps.platformKey.did);
    expect((presentation.proof as Json).verificationMethod).toBe(t.deps.platformKey.keyId);
    const credentials = presentation.verifiableCredential as Json[];
    const ids = credentials.map((c) => (c.evidence as Json[])[0]?.id);
    expect(ids).toContain(`urn:skillbank:evidence:${piece.hash}`);
    const lists = new Map<string, unknown>();
    for (const c of credentials) for (const [k, v] of await statusListsOf(c)) lists.set(k, v);
    const independent = await independentlyVerifyPresentation(presentation, lists);
    expect(independent.error).toBeUndefined();
    expect(independent.verified).toBe(true);
    expect((await get(`/api/learners/${learner.id}/credentials`, other)).status).toBe(404);
  });

  it('serves status lists publicly; an unknown one is 404', async () => {
    const res = await t.app.request('/api/status-lists/sl_doesnotexist');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  describe('import', () => {
    const count = async () =>
      (await readJson(await get(`/api/evidence?learner=${learner.id}&limit=100`, learner))).items.length;

    it('stores a verified foreign credential as credential evidence, with its original bytes and checks', async () => {
      const signed = await signCredential(foreignBadge(), FOREIGN);
      const original = JSON.stringify(signed, null, 2);
      const res = await t.app.request(
        '/api/evidence/import',
        bearer(learner.token, {
          method: 'POST',
          headers: { 'content-type': 'application/vc+ld+json' },
          body: original,
        }),
      );
      expect(res.status).toBe(201);
      const body = await readJson(res);
      expect(body).toMatchObject({
        kind: 'credential',
        title: '光伏运维',
        occupationCodes: ['2-02-38-01'],
        skills: [{ name: '光伏运维', level: 4 }],
        credential: { format: 'ldp_vc', issuer: { id: FOREIGN.did, name: '某技师学院' } },
      });
      expect(body.artifacts[0].sha256).toBe(body.credential.originalSha256);
      expect(body.verification.checks.map((c: Json) => [c.name, c.outcome])).toEqual([
        ['signature', 'passed'],
        ['issuer', 'passed'],
        ['dates', 'passed'],
        ['status', 'not_checked'],
        ['alignment', 'passed'],
      ]);
      expect(body.verification.ok).toBe(false);
      const { createHash } = await import('node:crypto');
      expect(body.credential.originalSha256).toBe(createHash('sha256').update(original).digest('hex'));
      expect((await get(`/api/evidence/${body.id}`, learner)).status).toBe(200);

      const again = await t.app.request(
        '/api/evidence/import',
        bearer(learner.token, {
          method: 'POST',
          headers: { 'content-type': 'application/vc+ld+json' },
          body: original,
        }),
      );
      expect(again.status).toBe(409);
    });

    it('takes a VC-JWT in {credential}', async () => {
      const jwt = await signCredentialJwt(
        foreignBadge({ id: 'urn:uuid:00000000-0000-4000-8000-000000000001' }),
        FOREIGN,
      );
      const res = await post('/api/evidence/import', { credential: jwt }, learner);
      expect(res.status).toBe(201);
      expect((await readJson(res)).credential.format).toBe('jwt_vc');
    });

    it('stores an https issuer it cannot resolve as "signature not checked", clearly so', async () => {
      const res = await post('/api/evidence/import', { credential: specSignedCredential() }, learner);
      expect(res.status).toBe(201);
      const body = await readJson(res);
      const signature = body.verification.checks.find((c: Json) => c.name === 'signature');
      expect(signature).toMatchObject({ ok: false, outcome: 'not_checked' });
      expect(signature.detail).toMatch(/^signature not checked/);
    });

    it.each([
      [
        'a tampered credential',
        async () => ({ credential: { ...(await signCredential(foreignBadge(), FOREIGN)), name: '改过的' } }),
        400,
        /signature/,
      ],
      [
        'an expired one',
        async () => ({
          credential: await signCredential(foreignBadge({ validUntil: '2025-12-31T00:00:00Z' }), FOREIGN),
        }),
        400,
        /expired on 2025-12-31/,
      ],
      [
        'an unknown context',
        async () => ({
          credential: {
            ...foreignBadge(),
            '@context': ['https://www.w3.org/ns/credentials/v2', 'https://evil.example/x'],
          },
        }),
        400,
        /unknown context https:\/\/evil\.example\/x/,
      ],
      ['malformed JSON', async () => '{"credential": {', 400, /Malformed JSON/],
      ['an unsigned credential', async () => ({ credential: foreignBadge() }), 400, /proof/],
      [
        'an unknown occupation code',
        async () => ({
          credential: await signCredential(
            foreignBadge({
              credentialSubject: {
                ...(foreignBadge().credentialSubject as Json),
                achievement: {
                  ...((foreignBadge().credentialSubject as Json).achievement as Json),
                  alignment: [
                    {
                      type: ['Alignment'],
                      targetCode: '9-99-99-99',
                      targetName: 'x',
                      targetUrl: 'https://x.example',
                    },
                  ],
                },
              },
            }),
            FOREIGN,
          ),
        }),
        400,
        /9-99-99-99/,
      ],
      [
        'not an Open Badge',
        async () => ({
          credential: await signCredential({ ...foreignBadge(), type: ['VerifiableCredential'] }, FOREIGN),
        }),
        400,
        /not an Open Badges 3\.0 credential/,
      ],
      [
        'deeply nested arrays under the size limit',
        async () => `{"credential": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
        400,
        /nests deeper/,
      ],
      [
        '5 MB of nested arrays',
        async () => `{"credential": ${'['.repeat(2_500_000)}${']'.repeat(2_500_000)}}`,
        413,
        /larger than/,
      ],
    ])('refuses %s with a clear problem and stores nothing', async (_name, makeBody, status, detail) => {
      const before = await count();
      const res = await post('/api/evidence/import', await makeBody(), learner);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await readJson(res);
      expect(`${problem.detail} ${JSON.stringify(problem.errors ?? [])}`).toMatch(detail);
      expect(await count()).toBe(before);
    });

    it('is for learners only', async () => {
      const signed = await signCredential(foreignBadge(), FOREIGN);
      expect((await post('/api/evidence/import', { credential: signed }, employer)).status).toBe(403);
      expect((await post('/api/evidence/import', { credential: signed })).status).toBe(401);
    });
  });

  it('verify is public and answers malformed input with a problem', async () => {
    const res = await post('/api/credentials/verify', { credential: { hello: 'world' } });
    expect(res.status).toBe(400);
    expect((await readJson(res)).errors[0].path).toBe('credential.@context.0');
  });
});
