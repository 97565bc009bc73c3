/**
 * The auditor: proves that the database still extends a checkpoint someone kept. It recomputes
 * the tree from the stored leaf data (so rewritten leaves change the root), checks the first
 * `treeSize` leaves still hash to the checkpoint's root, that every logged entry is still in its
 * learner's chain unchanged and every chain entry is logged, that every chain verifies with the
 * logged keys, and that no account row holds another key than the log. With full write access to
 * the database, rewriting and rehashing history, truncating a chain or replacing a key therefore
 * breaks one of these, as long as the auditor kept one checkpoint from before.
 */
import type { Db } from '../db/database.js';
import { loadStoredRows } from '../ledger/ledger.service.js';
import { verifyLedger } from '../ledger/ledger.verify.js';
import { type Checkpoint, verifyCheckpointSignature } from './checkpoint.js';
import { appendToFrontier, type Frontier, frontierRoot, leafHash } from './merkle.js';
import { loggedAttesterKeys } from './transparency.log.js';
import { listLeafRows, readTreeState } from './transparency.repository.js';

export interface AuditProblem {
  leafIndex: number | null;
  learnerId: string | null;
  reason: string;
}

export interface AuditReport {
  ok: boolean;
  /** The checkpoint audited against (`null`: none was given, so only the database's own consistency). */
  since: (Checkpoint & { signatureValid: boolean }) | null;
  current: { treeSize: number; rootHash: string };
  /** `pending`: chain entries not yet sequenced into the log (newer than its last sequencing). */
  checked: { leaves: number; learners: number; entries: number; keys: number; pending: number };
  /** The first problems found (at most `maxProblems`), and how many there were. */
  problems: AuditProblem[];
  problemCount: number;
}

const PAGE = 5000;

/**
 * Audits the database against a checkpoint kept from before.
 * @example const report = await auditLog(db, JSON.parse(readFileSync('checkpoint.json', 'utf8')));
 */
export async function auditLog(
  db: Db,
  since: Checkpoint | null,
  { trustedKeyId, maxProblems = 100 }: { trustedKeyId?: string; maxProblems?: number } = {},
): Promise<AuditReport> {
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const problem = (leafIndex: number | null, learnerId: string | null, reason: string) => {
    problemCount += 1;
    if (problems.length < maxProblems) problems.push({ leafIndex, learnerId, reason });
  };

  const signatureValid =
    since !== null &&
    verifyCheckpointSignature(since) &&
    (trustedKeyId === undefined || trustedKeyId === since.keyId);
  if (since && !signatureValid)
    problem(null, null, 'the checkpoint’s signature does not verify with the platform key');

  // 1. Recompute the tree from the stored leaf data.
  const logged = new Map<string, { learnerId: string; seq: number; leafIndex: number }>();
  let frontier: Frontier = [];
  let size = 0;
  for (let from = 0; ; from += PAGE) {
    const rows = await listLeafRows(db, from, PAGE);
    for (const row of rows) {
      const idx = Number(row.idx);
      if (idx !== size) problem(idx, null, `leaf ${size} is missing: the log was cut or renumbered`);
      const hash = leafHash(row.data);
      if (hash !== row.leaf_hash) problem(idx, null, 'the stored leaf hash is not the hash of its data');
      frontier = appendToFrontier(size, frontier, hash).frontier;
      size = idx + 1;
      if (since && size === since.treeSize && frontierRoot(frontier) !== since.rootHash)
        problem(
          null,
          null,
          `the first ${since.treeSize} log entries no longer hash to the checkpoint’s root: history was rewritten`,
        );
      try {
        const data = JSON.parse(row.data) as Record<string, unknown>;
        if (data.kind === 'ledger_entry' && data.entryHash === row.entry_hash)
          logged.set(row.entry_hash, {
            learnerId: String(data.learnerId),
            seq: Number(data.seq),
            leafIndex: idx,
          });
        else if (data.kind !== 'attester_key')
          problem(idx, null, 'the leaf data is not a ledger entry or a key');
      } catch {
        problem(idx, null, 'the leaf data is not JSON');
      }
    }
    if (rows.length < PAGE) break;
  }
  if (since && size < since.treeSize)
    problem(
      null,
      null,
      `the log has ${size} entries, fewer than the ${since.treeSize} of the checkpoint: it was truncated`,
    );
  const root = frontierRoot(frontier);
  const state = await readTreeState(db);
  if (state.size !== size || frontierRoot(state.frontier) !== root)
    problem(null, null, 'the stored tree head does not match the stored leaves');

  // 2. Every chain verifies with the logged keys; every entry is logged, every logged entry is in its chain.
  const keys = await loggedAttesterKeys(db);
  const publicKeys = Object.fromEntries([...keys].map(([id, k]) => [id, k.publicKey]));
  const learnerRows = await db
    .selectFrom('ledger_heads')
    .select('learner_id')
    .union(db.selectFrom('ledger_entries').select('learner_id'))
    .execute();
  let entries = 0;
  let pending = 0;
  const seen = new Set<string>();
  for (const { learner_id: learnerId } of learnerRows) {
    const stored = await loadStoredRows(db, learnerId);
    const report = verifyLedger({ learnerId, ...stored, publicKeys });
    if (!report.ok && report.firstBadEntry)
      problem(null, learnerId, `chain entry ${report.firstBadEntry.seq}: ${report.firstBadEntry.reason}`);
    for (const e of stored.entries) {
      entries += 1;
      seen.add(e.hash);
      const leaf = logged.get(e.hash);
      // Not in the log yet: appended after the last sequencing (nothing can vouch for it yet).
      if (!leaf) pending += 1;
      else if (leaf.learnerId !== learnerId || leaf.seq !== e.seq)
        problem(
          null,
          learnerId,
          `chain entry ${e.seq} is logged for another place: it was moved outside the platform`,
        );
    }
  }
  for (const [hash, leaf] of logged) {
    if (!seen.has(hash))
      problem(
        leaf.leafIndex,
        leaf.learnerId,
        `logged chain entry ${leaf.seq} is no longer in the learner’s chain: it was removed or rewritten`,
      );
  }

  // 3. No account row holds another key than the log.
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'public_key'])
    .where('public_key', 'is not', null)
    .execute();
  for (const a of accounts) {
    const key = keys.get(a.id);
    if (!key) problem(null, null, `attester ${a.id} has a key that was never logged`);
    else if (key.publicKey !== a.public_key)
      problem(
        null,
        null,
        `attester ${a.id}'s stored key is not the key in the log: it was replaced in the database`,
      );
  }

  return {
    ok: problemCount === 0,
    since: since ? { ...since, signatureValid } : null,
    current: { treeSize: size, rootHash: root },
    checked: { leaves: size, learners: learnerRows.length, entries, keys: keys.size, pending },
    problems,
    problemCount,
  };
}
