/**
 * (b6) level pairs (`narratives-pairs.json`, issue 9): figures of the dev set for the level of work.
 * Each item belongs to one seeded pair (`samplePairs`): a professional of major group 2 and the
 * technician or operator of group 4 or 6 in the same line of work; the other occupation of its pair
 * is its *partner*.
 *
 * **Level confusion** (the figure this set exists for): an item whose top 1 is not its label but
 * its partner, or another occupation at the partner's level (major group 2, or 4 / 6) in the
 * partner's middle group. (The "the other level in the same middle group of either
 * occupation" comes to the same: middle groups sit inside major groups, so the label's own middle
 * group holds no occupation of the other level.) Counted by direction: a professional's narrative
 * answered at the worker's level, and a worker's answered at the professional's.
 */
import type { Occupation, TaxonomyData } from '@skillbank/core';
import type { MatcherIndex } from '../matcher-index.js';
import type { Narrative } from './datasets.js';
import { rankCounter } from './metrics.js';
import { type LevelPair, workLevel } from './sample-pairs.js';

export interface LevelPairFigures {
  /** Items. */
  total: number;
  top1: number;
  top5: number;
  mrr: number;
  /** Pairs, and how many have both narratives right first. */
  pairs: number;
  bothRight: number;
  /** Top-1 misses that are a level confusion (see the file's comment), by the label's side. */
  confusions: { professionalAsWorker: number; workerAsProfessional: number };
  /** Of those, the top 1 is exactly the partner. */
  partner: number;
  /** Top-1 misses at the other level anywhere in the classification (a wider reading). */
  otherLevel: number;
  /**
   * Graded readings of the same question, for tuning with more than a handful of events: items whose
   * partner is ranked above their label (or ranked while the label is not, in the first 10), and
   * items whose partner is in the first 5 at all.
   */
  partnerAbove: number;
  partnerTop5: number;
  /** `id label → first three codes [kind]` for every top-1 miss: a dev set, its misses may be read. */
  misses: string[];
}

/** The kind of a top-1 miss: the partner, the partner's middle group at its level, or neither. */
export function levelMissKind(
  partner: Occupation,
  answer: Pick<Occupation, 'code' | 'majorCode' | 'middleCode'>,
): 'partner' | 'partner-group' | 'other' {
  if (answer.code === partner.code) return 'partner';
  if (workLevel(answer) === workLevel(partner) && answer.middleCode === partner.middleCode)
    return 'partner-group';
  return 'other';
}

export function evaluateLevelPairs(
  matcher: MatcherIndex,
  taxonomy: TaxonomyData,
  narratives: readonly Narrative[],
  pairs: readonly LevelPair[],
): LevelPairFigures {
  const partners = new Map<string, Occupation>();
  for (const { professional, worker } of pairs) {
    partners.set(professional.code, worker);
    partners.set(worker.code, professional);
  }
  const occupations = new Map(taxonomy.occupations.map((o) => [o.code, o]));
  const rank = rankCounter();
  const right = new Set<string>();
  const confusions = { professionalAsWorker: 0, workerAsProfessional: 0 };
  let partnerHits = 0;
  let otherLevel = 0;
  let partnerAbove = 0;
  let partnerTop5 = 0;
  const misses: string[] = [];
  for (const item of narratives) {
    const partner = partners.get(item.code);
    if (!partner) throw new Error(`${item.id}: ${item.code} is in no level pair`);
    const ranked = matcher.match(item.evidence, { limit: 10 }).matches.map((m) => m.code);
    rank.add(ranked, item.code);
    const labelRank = ranked.indexOf(item.code);
    const partnerRank = ranked.indexOf(partner.code);
    if (partnerRank >= 0 && (labelRank < 0 || partnerRank < labelRank)) partnerAbove++;
    if (partnerRank >= 0 && partnerRank < 5) partnerTop5++;
    const top = ranked[0];
    if (top === item.code) {
      right.add(item.code);
      continue;
    }
    const answer = top === undefined ? undefined : occupations.get(top);
    const kind = answer ? levelMissKind(partner, answer) : 'other';
    if (kind !== 'other') {
      if (workLevel(partner) === 'worker') confusions.professionalAsWorker++;
      else confusions.workerAsProfessional++;
      if (kind === 'partner') partnerHits++;
    }
    if (answer && workLevel(answer) === workLevel(partner)) otherLevel++;
    misses.push(`${item.id} ${item.code} → ${ranked.slice(0, 3).join(' ')} [${kind}]`);
  }
  return {
    total: rank.total,
    top1: rank.at(1),
    top5: rank.at(5),
    mrr: rank.mrr(),
    pairs: pairs.length,
    bothRight: pairs.filter((p) => right.has(p.professional.code) && right.has(p.worker.code)).length,
    confusions,
    partner: partnerHits,
    otherLevel,
    partnerAbove,
    partnerTop5,
    misses,
  };
}
