/** verifyLedger on hand-built chains: each check catches its own kind of problem. */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signText } from '../src/accounts/account-keys.js';
import { attestationMessage } from '../src/attestation/attestation.message.js';
import { canonicalHash } from '../src/ledger/canonical.js';
import { ledgerEntryHash } from '../src/ledger/ledger.hash.js';
import { GENESIS_HASH, type LedgerEntry, type LedgerEntryType } from '../src/ledger/ledger.types.js';
import { verifyLedger } from '../src/ledger/ledger.verify.js';

const LEARNER = 'ac_learner';
const ATTESTER = 'ac_attester';
const keys = generateKeyPairSync('ed25519');
const publicKeys = { [ATTESTER]: keys.publicKey.export({ format: 'jwk' }).x as string };

type Spec = {
  type: LedgerEntryType;
  evidenceId: string | null;
  refId?: string | null;
  actorId?: string;
  payload: unknown;
};

/** A correctly hashed chain of these entries. */
function chain(specs: Spec[], learnerId = LEARNER): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const [i, spec] of specs.entries()) {
    const unhashed = {
      id: `le_${i + 1}`,
      learnerId,
      seq: i + 1,
      type: spec.type,
      evidenceId: spec.evidenceId,
      refId: spec.refId ?? null,
      actorId: spec.actorId ?? learnerId,
      payload: spec.payload,
      prevHash: entries.at(-1)?.hash ?? GENESIS_HASH,
      createdAt: `2026-01-0${(i % 9) + 1}T00:00:00.000Z`,
    };
    entries.push({ ...unhashed, hash: ledgerEntryHash(unhashed) });
  }
  return entries;
}

const record = (id: string, supersedes: string | null = null) => ({
  id,
  learnerId: LEARNER,
  kind: 'work_project',
  title: `证据 ${id}`,
  description: '描述',
  occurredOn: '2025-01-01',
  endedOn: null,
  taxonomyId: 'cn2022',
  occupationCodes: [],
  skills: [{ name: '焊接', level: 3 }],
  steps: [],
  artifacts: [],
  supersedes,
});
const deposit = (id: string): Spec => ({ type: 'deposit', evidenceId: id, payload: record(id) });
const correction = (id: string, old: string): Spec => ({
  type: 'correction',
  evidenceId: id,
  refId: old,
  payload: record(id, old),
});
const revocation = (id: string): Spec => ({
  type: 'revocation',
  evidenceId: id,
  payload: { evidenceId: id, reason: null },
});
function attestation(id: string, evidenceHash = canonicalHash(record(id)), signer = keys.privateKey): Spec {
  const unsigned = {
    id: `at_${id}`,
    evidenceId: id,
    evidenceHash,
    learnerId: LEARNER,
    attesterId: ATTESTER,
    statement: '属实',
    level: 4,
    signedAt: '2026-01-05T00:00:00.000Z',
  };
  return {
    type: 'attestation',
    evidenceId: id,
    actorId: ATTESTER,
    payload: { ...unsigned, algorithm: 'Ed25519', signature: signText(signer, attestationMessage(unsigned)) },
  };
}

const run = (entries: LedgerEntry[], head?: { seq: number; hash: string }) =>
  verifyLedger({ learnerId: LEARNER, entries, publicKeys, ...(head ? { head } : {}) });

describe('verifyLedger', () => {
  it('passes a sound chain and counts what each check looked at', () => {
    const entries = chain([
      deposit('e1'),
      attestation('e1'),
      deposit('e2'),
      correction('e3', 'e2'),
      revocation('e1'),
      {
        type: 'consent',
        evidenceId: null,
        payload: { discoverableByEmployers: true, advisorsCanSeeEvidence: false },
      },
    ]);
    const last = entries.at(-1) as LedgerEntry;
    expect(run(entries, { seq: 6, hash: last.hash })).toEqual({
      ok: true,
      entries: 6,
      head: { seq: 6, hash: last.hash },
      checks: {
        hashChain: { ok: true, checked: 6 },
        signatures: { ok: true, checked: 1 },
        revocations: { ok: true, checked: 3 },
      },
    });
    expect(run([])).toMatchObject({ ok: true, entries: 0 });
  });

  it('hashChain: an edited entry, a broken link, a gap, a foreign entry, an unhashable payload', () => {
    const entries = chain([deposit('e1'), deposit('e2'), deposit('e3')]);
    const edited = structuredClone(entries);
    (edited[1]?.payload as { title: string }).title = '改了';
    expect(run(edited).firstBadEntry).toMatchObject({ seq: 2, check: 'hashChain' });

    const relinked = structuredClone(entries);
    (relinked[2] as LedgerEntry).prevHash = GENESIS_HASH;
    expect(run(relinked).checks.hashChain.firstBadEntry).toMatchObject({ seq: 3 });

    expect(run([entries[0], entries[2]] as LedgerEntry[]).checks.hashChain.firstBadEntry).toMatchObject({
      seq: 3,
    });
    expect(run(chain([deposit('e1')], 'ac_someone_else')).checks.hashChain.ok).toBe(false);

    const fractional = structuredClone(entries);
    (fractional[0] as LedgerEntry).payload = { ...record('e1'), skills: [{ name: '焊接', level: 3.5 }] };
    expect(run(fractional).checks.hashChain.firstBadEntry).toMatchObject({ seq: 1 });
  });

  it('hashChain: the head catches entries removed from the end', () => {
    const entries = chain([deposit('e1'), deposit('e2')]);
    const head = { seq: 2, hash: (entries[1] as LedgerEntry).hash };
    expect(run(entries, head).ok).toBe(true);
    expect(run(entries.slice(0, 1), head)).toMatchObject({
      ok: false,
      firstBadEntry: { seq: 2, check: 'hashChain' },
    });
  });

  it('signatures: a forged signature, an unknown key, a signature over other content', () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = chain([deposit('e1'), attestation('e1', undefined, other)]);
    expect(run(forged)).toMatchObject({
      ok: false,
      firstBadEntry: { seq: 2, check: 'signatures' },
      checks: { hashChain: { ok: true }, revocations: { ok: true } },
    });
    expect(
      verifyLedger({ learnerId: LEARNER, entries: chain([deposit('e1'), attestation('e1')]), publicKeys: {} })
        .checks.signatures.firstBadEntry?.reason,
    ).toContain('no published key');
    const elsewhere = chain([deposit('e1'), attestation('e1', 'f'.repeat(64))]);
    expect(run(elsewhere).checks.signatures.firstBadEntry?.reason).toContain('not the hash');
  });

  it('revocations: standing must follow from the ledger even when every hash is sound', () => {
    expect(run(chain([deposit('e1'), revocation('e9')])).checks.revocations).toMatchObject({
      ok: false,
      firstBadEntry: { seq: 2 },
    });
    expect(
      run(chain([deposit('e1'), revocation('e1'), revocation('e1')])).checks.revocations.firstBadEntry,
    ).toMatchObject({
      seq: 3,
    });
    expect(
      run(chain([deposit('e1'), revocation('e1'), attestation('e1')])).checks.revocations.firstBadEntry,
    ).toMatchObject({
      seq: 3,
    });
    expect(
      run(chain([deposit('e1'), correction('e2', 'e1'), correction('e3', 'e1')])).checks.revocations
        .firstBadEntry,
    ).toMatchObject({ seq: 3 });
    const result = run(chain([deposit('e1'), revocation('e9')]));
    expect(result.checks.hashChain.ok).toBe(true);
    expect(result.checks.signatures.ok).toBe(true);
  });
});
