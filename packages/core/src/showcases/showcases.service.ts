/**
 * Skill showcases (炫技分享): a learner picks attested entries to show at an unguessable public
 * link, and can revoke the link. Whoever opens it gets the entries re-verified on the spot — the
 * learner's whole hash chain, and each shown entry's attestation signatures over its recomputed
 * hash — and is told the outcome. Entries the learner later revoked or corrected drop out.
 */

import { randomBytes } from 'node:crypto';
import { getAccount, getAccounts } from '../accounts/accounts.service.js';
import { attestationSignatureValid } from '../attestation/attestation.message.js';
import type { Db, Trx } from '../db/database.js';
import { DomainError, invalidField } from '../errors.js';
import { listAllEvidence } from '../evidence/evidence.service.js';
import type { Evidence } from '../evidence/evidence.types.js';
import { buildExportTransparency, verifyExportTransparency } from '../export/export.transparency.js';
import { fieldMessage } from '../field-messages.js';
import { loadLedger, verifyStoredLedger } from '../ledger/ledger.service.js';
import type { LedgerVerification } from '../ledger/ledger.verify.js';
import { type Clock, systemNow } from '../time/clock.js';
import type { Checkpoint } from '../transparency/checkpoint.js';
import type { Hex } from '../transparency/merkle.js';
import {
  findShowcaseRow,
  findShowcaseRowBySlug,
  insertShowcaseRow,
  listShowcaseRows,
  setShowcaseRevokedAt,
  setShowcaseSettings,
} from './showcases.repository.js';
import type { ShowcaseRow } from './showcases.table.js';

export const SHOWCASE_LIMITS = {
  title: 100,
  entries: 20,
  displayName: 100,
  school: 100,
  field: 100,
} as const;

/** What the graduate chose to show besides the pieces. Defaults show nothing beyond them. */
export interface ShowcaseSettings {
  /** The name shown; empty: the account's name. */
  displayName: string | null;
  school: string | null;
  field: string | null;
  /** A summary of the skills of the shown pieces. */
  showSummary: boolean;
  /** The occupations the shown pieces fit best (matcher). */
  showBestFits: boolean;
}

export const DEFAULT_SHOWCASE_SETTINGS: ShowcaseSettings = Object.freeze({
  displayName: null,
  school: null,
  field: null,
  showSummary: false,
  showBestFits: false,
});

export interface Showcase {
  id: string;
  slug: string;
  learnerId: string;
  title: string;
  evidenceIds: string[];
  createdAt: string;
  revokedAt: string | null;
  settings: ShowcaseSettings;
}

function toShowcase(row: ShowcaseRow): Showcase {
  return {
    id: row.id,
    slug: row.slug,
    learnerId: row.learner_id,
    title: row.title,
    evidenceIds: JSON.parse(row.evidence_ids) as string[],
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    settings: {
      displayName: row.display_name,
      school: row.school,
      field: row.field,
      showSummary: Number(row.show_summary) === 1,
      showBestFits: Number(row.show_best_fits) === 1,
    },
  };
}

/** Checks and trims the settings' texts (empty: not shown). */
function settingsRow(settings: Partial<ShowcaseSettings>) {
  const text = (field: 'displayName' | 'school' | 'field', max: number) => {
    const value = settings[field]?.trim() ?? '';
    if (value.length > max) throw invalidField(field, fieldMessage('too_long', { max }));
    return value.length > 0 ? value : null;
  };
  return {
    display_name: text('displayName', SHOWCASE_LIMITS.displayName),
    school: text('school', SHOWCASE_LIMITS.school),
    field: text('field', SHOWCASE_LIMITS.field),
    show_summary: settings.showSummary ? 1 : 0,
    show_best_fits: settings.showBestFits ? 1 : 0,
  };
}

/**
 * Creates a showcase of the learner's own current entries, attested or self-reported (the page
 * shows attested ones first and labels the others), with what else to show (run in a transaction).
 */
export async function createShowcase(
  trx: Trx,
  learnerId: string,
  {
    title,
    evidenceIds,
    settings = {},
  }: { title: string; evidenceIds: readonly string[]; settings?: Partial<ShowcaseSettings> },
  { now = systemNow }: Clock = {},
): Promise<Showcase> {
  const name = title.trim();
  if (name.length === 0) throw invalidField('title', fieldMessage('empty'));
  if (name.length > SHOWCASE_LIMITS.title)
    throw invalidField('title', fieldMessage('too_long', { max: SHOWCASE_LIMITS.title }));
  const ids = [...new Set(evidenceIds)];
  if (ids.length === 0) throw invalidField('evidenceIds', fieldMessage('showcase_pick_one'));
  if (ids.length > SHOWCASE_LIMITS.entries)
    throw invalidField(
      'evidenceIds',
      fieldMessage('showcase_pick_at_most', { max: SHOWCASE_LIMITS.entries }),
    );
  const mine = new Map((await listAllEvidence(trx, learnerId)).map((e) => [e.id, e]));
  for (const id of ids) {
    const status = mine.get(id)?.status;
    if (status !== 'attested' && status !== 'self_reported')
      throw invalidField('evidenceIds', fieldMessage('showcase_entry_not_attested', { id }));
  }
  const shown = settingsRow(settings);
  const row: ShowcaseRow = {
    id: `sc_${randomBytes(12).toString('base64url')}`,
    slug: randomBytes(18).toString('base64url'),
    learner_id: learnerId,
    title: name,
    evidence_ids: JSON.stringify(ids),
    created_at: now().toISOString(),
    revoked_at: null,
    ...shown,
  };
  await insertShowcaseRow(trx, row);
  return toShowcase(row);
}

/** A learner's showcases, newest first (revoked ones included, marked). */
export async function listShowcases(db: Db, learnerId: string): Promise<Showcase[]> {
  return (await listShowcaseRows(db, learnerId)).map(toShowcase);
}

/** Revokes a learner's showcase: its link stops working at once. */
export async function revokeShowcase(
  trx: Trx,
  learnerId: string,
  id: string,
  { now = systemNow }: Clock = {},
): Promise<Showcase> {
  const row = await findShowcaseRow(trx, id);
  if (!row || row.learner_id !== learnerId)
    throw new DomainError('showcase.not_found', { showcaseId: id }, `showcase ${id} was not found`);
  if (row.revoked_at === null) await setShowcaseRevokedAt(trx, id, now().toISOString());
  return toShowcase((await findShowcaseRow(trx, id)) as ShowcaseRow);
}

/** Changes what a learner's showcase shows besides its pieces. */
export async function updateShowcaseSettings(
  trx: Trx,
  learnerId: string,
  id: string,
  settings: Partial<ShowcaseSettings>,
): Promise<Showcase> {
  const row = await findShowcaseRow(trx, id);
  if (!row || row.learner_id !== learnerId)
    throw new DomainError('showcase.not_found', { showcaseId: id }, `showcase ${id} was not found`);
  await setShowcaseSettings(trx, id, settingsRow(settings));
  return toShowcase((await findShowcaseRow(trx, id)) as ShowcaseRow);
}

export interface ShownAttestation {
  attesterId: string;
  attesterName: string;
  organisation: string | null;
  statement: string | null;
  level: number | null;
  signedAt: string;
  /** The Ed25519 signature verifies with the attester's published key over this entry's hash. */
  signatureValid: boolean;
}

export interface ShownEntry {
  evidence: Pick<
    Evidence,
    'id' | 'kind' | 'title' | 'description' | 'occurredOn' | 'endedOn' | 'skills' | 'steps' | 'hash'
  >;
  attestations: ShownAttestation[];
  /** `attested`: vouched for by an attester (signatures checked); `self_reported`: the graduate's own account. */
  status: 'attested' | 'self_reported';
  /**
   * The chain verifies, every attestation of the entry verifies over its recomputed hash and, when
   * the showcase was opened against a checkpoint, the entry and its attestations are proven in it.
   */
  verified: boolean;
  /** Inclusion proofs of the entry's deposit and attestations in the checkpoint's tree, by seq. */
  proofs: { seq: number; entryHash: string; leafIndex: number; path: Hex[] }[];
}

export interface PublicShowcase {
  /** Whose showcase it is (for the server to match the shown pieces; not shown). */
  learnerId: string;
  title: string;
  createdAt: string;
  learner: { name: string };
  settings: ShowcaseSettings;
  entries: ShownEntry[];
  /** Chosen entries no longer shown because the learner revoked or corrected them. */
  withdrawn: number;
  ledger: Pick<LedgerVerification, 'ok' | 'entries' | 'firstBadEntry'>;
  verifiedAt: string;
  /** The signed transparency checkpoint the entries were proven against, if one was given. */
  checkpoint: Checkpoint | null;
}

/**
 * The public view of a showcase link, re-verified now; `null` for an unknown or revoked link. With
 * `anchor` (a checkpoint that includes the given entry hashes, e.g. from `checkpointCovering`),
 * every shown entry carries its inclusion proofs, checked too.
 */
export async function openShowcase(
  db: Db,
  slug: string,
  {
    now = systemNow,
    anchor,
  }: Clock & { anchor?: (entryHashes: readonly string[]) => Promise<Checkpoint> } = {},
): Promise<PublicShowcase | null> {
  if (!/^[A-Za-z0-9_-]{10,60}$/.test(slug)) return null;
  const row = await findShowcaseRowBySlug(db, slug);
  if (!row || row.revoked_at !== null) return null;
  const showcase = toShowcase(row);
  const learner = await getAccount(db, showcase.learnerId);
  if (!learner) return null;
  const [all, ledger] = await Promise.all([
    listAllEvidence(db, showcase.learnerId),
    verifyStoredLedger(db, showcase.learnerId),
  ]);
  const byId = new Map(all.map((e) => [e.id, e]));
  // Attested pieces first (in the chosen order), then self-reported ones; withdrawn ones drop out.
  const current = showcase.evidenceIds
    .map((id) => byId.get(id))
    .filter((e): e is Evidence => e?.status === 'attested' || e?.status === 'self_reported');
  const chosen = [
    ...current.filter((e) => e.status === 'attested'),
    ...current.filter((e) => e.status === 'self_reported'),
  ];
  const attesters = new Map(
    (
      await getAccounts(
        db,
        chosen.flatMap((e) => e.attestations.map((a) => a.attesterId)),
      )
    ).map((a) => [a.id, a]),
  );
  // The ledger entries behind each shown piece: its deposit (or correction) and its attestations.
  const { entries: chain } = await loadLedger(db, showcase.learnerId);
  const behind = (e: Evidence) =>
    chain.filter((x) => x.seq === e.entry.seq || e.attestations.some((a) => a.seq === x.seq));
  const shown = chain.filter((x) => chosen.some((e) => behind(e).includes(x)));
  const checkpoint = anchor ? await anchor(shown.map((x) => x.hash)) : null;
  const section = checkpoint ? await buildExportTransparency(db, checkpoint, shown, []) : null;
  const entries = chosen.map((e): ShownEntry => {
    const attestations = e.attestations.map((a): ShownAttestation => {
      const attester = attesters.get(a.attesterId);
      const signatureValid =
        a.evidenceHash === e.hash &&
        attestationSignatureValid(
          {
            id: a.id,
            evidenceId: a.evidenceId,
            evidenceHash: a.evidenceHash,
            learnerId: a.learnerId,
            attesterId: a.attesterId,
            statement: a.statement,
            level: a.level,
            signedAt: a.createdAt,
            signature: a.signature,
          },
          attester?.publicKey,
        );
      return {
        attesterId: a.attesterId,
        attesterName: attester?.name ?? a.attesterId,
        organisation: attester?.organisation ?? null,
        statement: a.statement,
        level: a.level,
        signedAt: a.createdAt,
        signatureValid,
      };
    });
    return {
      evidence: {
        id: e.id,
        kind: e.kind,
        title: e.title,
        description: e.description,
        occurredOn: e.occurredOn,
        endedOn: e.endedOn,
        skills: e.skills,
        steps: e.steps,
        hash: e.hash,
      },
      attestations,
      status: e.status === 'attested' ? 'attested' : 'self_reported',
      verified:
        ledger.ok &&
        attestations.length > 0 &&
        attestations.every((a) => a.signatureValid) &&
        (section === null || verifyExportTransparency(section, behind(e), {}).problems.length === 0),
      proofs: section
        ? behind(e).flatMap((x) =>
            section.entries
              .filter((p) => p.seq === x.seq)
              .map((p) => ({ seq: x.seq, entryHash: x.hash, leafIndex: p.leafIndex, path: p.path })),
          )
        : [],
    };
  });
  return {
    title: showcase.title,
    learnerId: showcase.learnerId,
    createdAt: showcase.createdAt,
    learner: { name: showcase.settings.displayName ?? learner.name },
    settings: showcase.settings,
    entries,
    withdrawn: showcase.evidenceIds.length - entries.length,
    ledger: {
      ok: ledger.ok,
      entries: ledger.entries,
      ...(ledger.firstBadEntry ? { firstBadEntry: ledger.firstBadEntry } : {}),
    },
    verifiedAt: now().toISOString(),
    checkpoint,
  };
}

/** One skill across the shown pieces: its highest level, how many pieces show it, whether an attester vouched for one. */
export interface ShowcaseSkill {
  name: string;
  level: number | null;
  pieces: number;
  attested: boolean;
}

/**
 * The skills of the shown pieces, vouched-for ones first, then by level and by how many pieces
 * show them (case-insensitive names are one skill).
 */
export function showcaseSkillSummary(entries: readonly ShownEntry[]): ShowcaseSkill[] {
  const byName = new Map<string, ShowcaseSkill>();
  for (const entry of entries) {
    for (const skill of entry.evidence.skills) {
      const key = skill.name.trim().toLowerCase();
      const seen = byName.get(key) ?? { name: skill.name.trim(), level: null, pieces: 0, attested: false };
      seen.pieces += 1;
      seen.attested ||= entry.status === 'attested' && entry.verified;
      if (skill.level !== null && (seen.level === null || skill.level > seen.level)) seen.level = skill.level;
      byName.set(key, seen);
    }
  }
  return [...byName.values()].sort(
    (a, b) =>
      Number(b.attested) - Number(a.attested) ||
      (b.level ?? 0) - (a.level ?? 0) ||
      b.pieces - a.pieces ||
      a.name.localeCompare(b.name),
  );
}
