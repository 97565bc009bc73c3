/**
 * One page of a role's candidates: learners ranked by the matcher's `scoreCandidates` (anyone
 * missing an essential requirement ranks below everyone who meets them all), each with the
 * requirements met — by which evidence, attested or not — and those missing, whether they are
 * interested, and the employer's decision about them. Three lists:
 * - `all`: everyone the employer may see for the role — learners discoverable by employers (less
 *   those who withdrew from this employer) and those interested in this role;
 * - `interested`: those interested in this role;
 * - `shortlisted`: those the employer shortlisted and may still see.
 * Every learner on the page is recorded as disclosed to the employer.
 */
import {
  type CandidateState,
  type Clock,
  type Db,
  getAccounts,
  getCandidateStates,
  listActiveInterestLearnerIds,
  listExcludingLearnerIds,
  listLearnerIdsInState,
  type Role,
  recordDisclosures,
  systemNow,
  todayUtc,
} from '@skillbank/core';
import {
  type CandidateScore,
  type MatcherIndex,
  type RequirementSet,
  SCORER_VERSION,
} from '@skillbank/matcher';
import { requirementInputs } from '../hiring/open-roles.cache.js';
import { type RoleBand, roleBand } from '../hiring/role-band.js';
import type { CandidatePoolCache, PoolMember } from './candidate-pool.cache.js';
import { type PooledLearner, vectoriseLearners } from './candidate-vectors.js';

export const CANDIDATE_LISTS = ['all', 'interested', 'shortlisted'] as const;
export type CandidateListName = (typeof CANDIDATE_LISTS)[number];

export interface CandidateItem {
  learnerId: string;
  name: string;
  rank: number;
  score: number;
  allEssentialMet: boolean;
  /** The fit in a word, the band the graduate sees for this role too (`roleBand`). */
  band: RoleBand;
  breakdown: CandidateScore['breakdown'];
  metRequirements: {
    requirementId: string;
    text: string;
    essential: boolean;
    score: number;
    evidenceIds: string[];
    attested: boolean;
    /** The evidence sentence that says the same as the requirement, and the words they share. */
    evidence?: { id: string; sentence: string; words: string[] };
  }[];
  missingRequirements: { requirementId: string; text: string; essential: boolean; score: number }[];
  interested: boolean;
  state: CandidateState | null;
}

export interface CandidatePage {
  scorer: { version: string };
  taxonomy: { id: string; version: string };
  role: { id: string; title: string };
  list: CandidateListName;
  items: CandidateItem[];
  hasMore: boolean;
}

interface Scored {
  learner: PoolMember;
  score: CandidateScore;
}

const sortKey = (s: CandidateScore) => (s.allEssentialMet ? 2 : 0) + s.score;

/** Best first, ties by learner id (as `scoreCandidates` orders them). */
function byRank(a: Scored, b: Scored): number {
  return sortKey(b.score) - sortKey(a.score) || (a.learner.learnerId < b.learner.learnerId ? -1 : 1);
}

/**
 * A candidate's explanation: its band, requirement outcomes with their texts and whether attested
 * evidence backs them. The employer's list and card and the graduate's roles read this same one.
 */
export function explainCandidate(role: Role, learner: Pick<PoolMember, 'attested'>, c: CandidateScore) {
  const texts = new Map(role.requirements.map((r) => [r.id, r.text]));
  return {
    score: c.score,
    allEssentialMet: c.allEssentialMet,
    band: roleBand(
      c.score,
      c.allEssentialMet,
      role.requirements.some((r) => r.essential),
    ),
    breakdown: c.breakdown,
    metRequirements: c.requirements
      .filter((o) => o.met)
      .map((o) => ({
        requirementId: o.id,
        text: texts.get(o.id) ?? '',
        essential: o.essential,
        score: o.score,
        evidenceIds: o.evidenceIds,
        attested: o.evidenceIds.some((id) => learner.attested.has(id)),
        ...(o.evidence ? { evidence: o.evidence } : {}),
      })),
    missingRequirements: c.requirements
      .filter((o) => !o.met)
      .map((o) => ({
        requirementId: o.id,
        text: texts.get(o.id) ?? '',
        essential: o.essential,
        score: o.score,
      })),
  };
}

/** Requirement sets of recently listed roles, per matcher index, by requirement content (analysing them costs ms). */
const requirementSets = new WeakMap<MatcherIndex, Map<string, RequirementSet>>();
const REQUIREMENT_SETS_KEPT = 32;

function requirementSetOf(matcher: MatcherIndex, role: Role): RequirementSet {
  const inputs = requirementInputs(role);
  const key = JSON.stringify(inputs);
  let sets = requirementSets.get(matcher);
  if (!sets) {
    sets = new Map();
    requirementSets.set(matcher, sets);
  }
  let set = sets.get(key);
  if (set) sets.delete(key);
  else set = matcher.requirementSet(inputs);
  sets.set(key, set);
  if (sets.size > REQUIREMENT_SETS_KEPT) sets.delete(sets.keys().next().value as string);
  return set;
}

/** Scores a few learners (all of them, best first). */
function scoreFew(matcher: MatcherIndex, role: Role, learners: readonly PooledLearner[]): Scored[] {
  if (learners.length === 0) return [];
  const set = requirementSetOf(matcher, role);
  return matcher
    .scoreCandidates(
      set,
      learners.map((l) => l.vector),
      { limit: learners.length },
    )
    .map((score) => ({ learner: learners[score.index] as PooledLearner, score }));
}

export async function rankCandidates(
  db: Db,
  cache: CandidatePoolCache,
  role: Role,
  {
    list = 'all',
    limit,
    offset,
    now = systemNow,
  }: { list?: CandidateListName; limit: number; offset: number } & Clock,
): Promise<CandidatePage> {
  const matcher = cache.matcher;
  const day = todayUtc(now());
  // The reads are independent (each sees every change committed before this call): together.
  const [snapshot, excluded, interestedIds] = await Promise.all([
    cache.snapshot({ day }),
    listExcludingLearnerIds(db, role.employerId),
    listActiveInterestLearnerIds(db, role.id),
  ]);
  const interested = new Set(interestedIds);
  const visible = (id: string) => interested.has(id) || (snapshot.has(id) && !excluded.has(id));
  const wanted = offset + limit + 1;
  let ranked: Scored[];
  if (list === 'all') {
    // The discoverable pool, less those who withdrew from this employer, ranked by the vectors
    // (the pool holds no text); its shortlist — the learners up to this page — is then read by
    // meaning from their evidence, together with the interested learners (some are not in the
    // pool), and re-ordered: the full reading adds credit by meaning and takes it from a
    // requirement whose object alone the evidence names (its action read), and re-orders within
    // the shortlist; a learner below it keeps their vector rank.
    const skipped = [...new Set([...excluded, ...interested])].filter((id) => snapshot.has(id)).length;
    const shortlist = snapshot
      .rank(requirementSetOf(matcher, role), wanted + skipped)
      .map((s) => s.learner.learnerId)
      .filter((id) => !excluded.has(id) && !interested.has(id))
      .slice(0, wanted);
    // Pool members from the cache's kept copies (an unchanged shortlist analyses no text), the
    // interested read afresh (not every one of them is in the pool, and so on the feed's watch).
    const [members, others] = await Promise.all([
      cache.vectorised(shortlist, day),
      vectoriseLearners(db, matcher, interestedIds, { day }),
    ]);
    const read = [...members, ...others];
    ranked = scoreFew(matcher, role, read).sort(byRank).slice(0, wanted);
  } else {
    const ids =
      list === 'interested'
        ? interestedIds
        : (await listLearnerIdsInState(db, role.id, 'shortlisted')).filter(visible);
    ranked = scoreFew(matcher, role, await vectoriseLearners(db, matcher, ids, { day })).slice(0, wanted);
  }
  const page = ranked.slice(offset, offset + limit);
  const pageIds = page.map((s) => s.learner.learnerId);
  // Names are read for the page (the pool keeps none: they are current, and 100,000 cost memory);
  // the disclosures are recorded meanwhile (the page is decided), all before the page is returned.
  const [states, accounts] = await Promise.all([
    getCandidateStates(db, role.id, pageIds),
    getAccounts(db, pageIds),
    recordDisclosures(db, {
      roleId: role.id,
      employerId: role.employerId,
      shown: page.map(({ learner, score }, i) => ({
        learnerId: learner.learnerId,
        rank: offset + i + 1,
        score: score.score,
      })),
      now,
    }),
  ]);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const items = page.map(
    ({ learner, score }, i): CandidateItem => ({
      learnerId: learner.learnerId,
      name: names.get(learner.learnerId) ?? '',
      rank: offset + i + 1,
      ...explainCandidate(role, learner, score),
      interested: interested.has(learner.learnerId),
      state: states.get(learner.learnerId)?.state ?? null,
    }),
  );
  return {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...matcher.taxonomy },
    role: { id: role.id, title: role.title },
    list,
    items,
    hasMore: ranked.length > offset + limit,
  };
}
