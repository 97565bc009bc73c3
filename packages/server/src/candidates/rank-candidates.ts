/**
 * One page of a role's candidates: the consenting learners ranked by the matcher's
 * `scoreCandidates` (anyone missing an essential requirement ranks below everyone who meets them
 * all), each with the requirements met — by which evidence, attested or not — and those missing.
 * Every learner on the page is recorded as disclosed to the employer.
 */
import { type Clock, type Db, type Role, recordDisclosures, systemNow, todayUtc } from '@skillbank/core';
import { type CandidateScore, SCORER_VERSION } from '@skillbank/matcher';
import type { CandidatePoolCache } from './candidate-pool.cache.js';

export interface CandidatePage {
  scorer: { version: string };
  taxonomy: { id: string; version: string };
  role: { id: string; title: string };
  items: {
    learnerId: string;
    name: string;
    rank: number;
    score: number;
    allEssentialMet: boolean;
    breakdown: CandidateScore['breakdown'];
    metRequirements: {
      requirementId: string;
      text: string;
      essential: boolean;
      score: number;
      evidenceIds: string[];
      attested: boolean;
    }[];
    missingRequirements: { requirementId: string; text: string; essential: boolean; score: number }[];
  }[];
  hasMore: boolean;
}

export async function rankCandidates(
  db: Db,
  cache: CandidatePoolCache,
  role: Role,
  { limit, offset, now = systemNow }: { limit: number; offset: number } & Clock,
): Promise<CandidatePage> {
  const matcher = cache.matcher;
  const snapshot = await cache.snapshot({ day: todayUtc(now()) });
  const set = matcher.requirementSet(
    role.requirements.map((r) => ({
      id: r.id,
      text: r.text,
      essential: r.essential,
      ...(r.minLevel === null ? {} : { minLevel: r.minLevel }),
    })),
  );
  const ranked = matcher.scoreCandidates(set, snapshot.pool, { limit: offset + limit + 1 });
  const texts = new Map(role.requirements.map((r) => [r.id, r.text]));
  const items = ranked.slice(offset, offset + limit).map((c, i) => {
    const learner = snapshot.learners[c.index];
    if (!learner) throw new Error(`scoreCandidates returned an unknown index ${c.index}`);
    return {
      learnerId: learner.learnerId,
      name: learner.name,
      rank: offset + i + 1,
      score: c.score,
      allEssentialMet: c.allEssentialMet,
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
  });
  await recordDisclosures(db, {
    roleId: role.id,
    employerId: role.employerId,
    shown: items.map((item) => ({ learnerId: item.learnerId, rank: item.rank, score: item.score })),
    now,
  });
  return {
    scorer: { version: SCORER_VERSION },
    taxonomy: { ...matcher.taxonomy },
    role: { id: role.id, title: role.title },
    items,
    hasMore: ranked.length > offset + limit,
  };
}
