/**
 * The record of disclosure: every time a learner appears in an employer's candidate list, one row
 * (learner, role, employer, rank, score, time). The learner can read their own record.
 */

import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import { type Clock, systemNow } from '../time/clock.js';
import type { DisclosureRow } from './disclosures.table.js';

export interface Disclosure {
  id: string;
  learnerId: string;
  role: { id: string; title: string };
  employer: { id: string; name: string; organisation: string | null };
  rank: number;
  score: number;
  shownAt: string;
}

export interface ShownCandidate {
  learnerId: string;
  rank: number;
  score: number;
}

/** Records that these candidates were shown to an employer for a role (one insert). */
export async function recordDisclosures(
  db: Db,
  {
    roleId,
    employerId,
    shown,
    now = systemNow,
  }: {
    roleId: string;
    employerId: string;
    shown: readonly ShownCandidate[];
  } & Clock,
): Promise<void> {
  if (shown.length === 0) return;
  const at = now().toISOString();
  const rows: DisclosureRow[] = shown.map((s) => ({
    id: newId('ds'),
    learner_id: s.learnerId,
    role_id: roleId,
    employer_id: employerId,
    rank: s.rank,
    score_bp: Math.round(s.score * 10_000),
    shown_at: at,
  }));
  await db.insertInto('disclosures').values(rows).execute();
}

/** A learner's disclosures, newest first. */
export async function listDisclosures(
  db: Db,
  learnerId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ items: Disclosure[]; hasMore: boolean }> {
  const rows = await db
    .selectFrom('disclosures as d')
    .innerJoin('roles as r', 'r.id', 'd.role_id')
    .innerJoin('accounts as a', 'a.id', 'd.employer_id')
    .select([
      'd.id',
      'd.learner_id',
      'd.role_id',
      'r.title',
      'd.employer_id',
      'a.name',
      'a.organisation',
      'd.rank',
      'd.score_bp',
      'd.shown_at',
    ])
    .where('d.learner_id', '=', learnerId)
    .orderBy('d.shown_at', 'desc')
    .orderBy('d.id')
    .limit(limit + 1)
    .offset(offset)
    .execute();
  return {
    items: rows.slice(0, limit).map((r) => ({
      id: r.id,
      learnerId: r.learner_id,
      role: { id: r.role_id, title: r.title },
      employer: { id: r.employer_id, name: r.name, organisation: r.organisation },
      rank: Number(r.rank),
      score: Number(r.score_bp) / 10_000,
      shownAt: r.shown_at,
    })),
    hasMore: rows.length > limit,
  };
}
