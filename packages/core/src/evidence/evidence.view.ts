/** Folds ledger entries into evidence with its standing (pure: used on stored chains and on exports). */
import { canonicalHash } from '../ledger/canonical.js';
import type {
  AttestationRecord,
  EvidenceRecord,
  LedgerEntry,
  RevocationRecord,
} from '../ledger/ledger.types.js';
import type { ActiveEvidence, Evidence, EvidenceStatus } from './evidence.types.js';

function statusOf(e: Evidence): EvidenceStatus {
  if (e.revocation) return 'revoked';
  if (e.supersededBy) return 'superseded';
  return e.attestations.length > 0 ? 'attested' : 'self_reported';
}

/**
 * Evidence by id, from any set of entries (a whole chain, or a page plus the entries about it).
 * Entries about evidence that is not among them are ignored.
 */
export function buildEvidenceViews(entries: readonly LedgerEntry[]): Map<string, Evidence> {
  const sorted = [...entries].sort((a, b) =>
    a.learnerId === b.learnerId ? a.seq - b.seq : a.learnerId < b.learnerId ? -1 : 1,
  );
  const views = new Map<string, Evidence>();
  for (const entry of sorted) {
    if (entry.type === 'deposit' || entry.type === 'correction') {
      const record = entry.payload as EvidenceRecord;
      views.set(record.id, {
        ...record,
        hash: canonicalHash(record),
        status: 'self_reported',
        createdAt: entry.createdAt,
        entry: { seq: entry.seq, hash: entry.hash },
        supersededBy: null,
        revocation: null,
        attestations: [],
      });
      const old = record.supersedes ? views.get(record.supersedes) : undefined;
      if (old) old.supersededBy = record.id;
    } else if (entry.type === 'revocation') {
      const { evidenceId, reason } = entry.payload as RevocationRecord;
      const view = views.get(evidenceId);
      if (view) view.revocation = { reason, at: entry.createdAt, seq: entry.seq };
    } else if (entry.type === 'attestation') {
      const { signedAt, ...record } = entry.payload as AttestationRecord;
      views.get(record.evidenceId)?.attestations.push({ ...record, createdAt: signedAt, seq: entry.seq });
    }
  }
  for (const view of views.values()) view.status = statusOf(view);
  return views;
}

export function isActive(e: Pick<Evidence, 'status'>): boolean {
  return e.status === 'self_reported' || e.status === 'attested';
}

/** The plain form of a piece of evidence for matching and profiles. */
export function toActiveEvidence(e: Evidence): ActiveEvidence {
  const levels = e.attestations.map((a) => a.level).filter((l): l is number => l !== null);
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    description: e.description,
    occurredOn: e.occurredOn,
    endedOn: e.endedOn,
    skills: e.skills.map((s) => ({ ...s })),
    steps: [...e.steps],
    occupationCodes: [...e.occupationCodes],
    attested: e.attestations.length > 0,
    attestedLevel: levels.length > 0 ? Math.min(...levels) : null,
  };
}

/** The active evidence among views, in ledger order. */
export function activeEvidenceOf(views: Iterable<Evidence>): ActiveEvidence[] {
  return [...views]
    .filter(isActive)
    .sort((a, b) => a.entry.seq - b.entry.seq)
    .map(toActiveEvidence);
}
