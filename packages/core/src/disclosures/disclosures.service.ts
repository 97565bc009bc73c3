/**
 * The record of disclosure: every time a learner appears in an employer's candidate list, or the
 * employer opens their candidate card, one row (learner, role, employer, view, rank, score, time).
 * The learner can read their own record.
 */

import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import { type Clock, systemNow } from '../time/clock.js';
import type { NewDisclosureRow } from './disclosures.table.js';

export interface Disclosure {
  id: string;
  learnerId: string;
  role: { id: string; title: string };
  employer: { id: string; name: string; organisation: string | null };
  /** `list`: a place in a candidate list; `card`: the candidate card was opened. */
  view: DisclosureView;
  /** Place in the list (1 = first); `null` for an opened card. */
  rank: number | null;
  score: number;
  shownAt: string;
}

export type DisclosureView = 'list' | 'card';

export interface ShownCandidate {
  learnerId: string;
  /** Place in the list; `null` for an opened card. */
  rank: number | null;
  score: number;
}

/** Records that these candidates were shown to an employer for a role (one insert). */
export async function recordDisclosures(
  db: Db,
  {
    roleId,
    employerId,
    shown,
    view = 'list',
    now = systemNow,
  }: {
    roleId: string;
    employerId: string;
    shown: readonly ShownCandidate[];
    view?: DisclosureView;
  } & Clock,
): Promise<void> {
  if (shown.length === 0) return;
  const at = now().toISOString();
  const rows: NewDisclosureRow[] = shown.map((s) => ({
    id: newId('ds'),
    learner_id: s.learnerId,
    role_id: roleId,
    employer_id: employerId,
    rank: s.rank ?? 0,
    score_bp: Math.round(s.score * 10_000),
    shown_at: at,
    view,
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
      'd.view',
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
      view: r.view as DisclosureView,
      rank: r.view === 'card' ? null : Number(r.rank),
      score: Number(r.score_bp) / 10_000,
      shownAt: r.shown_at,
    })),
    hasMore: rows.length > limit,
  };
}
