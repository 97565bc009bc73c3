/**
 * A candidate pool prunes with upper bounds of every learner's key; a bound that is not one (a
 * learner whose exact key exceeds it) can drop that learner from the top. These tests compare the
 * pool's ranking with an exhaustive scan of the same learners by the same (whole-text) reading, on
 * many requirement sets and learner pools, with many evidence items that nearly meet, or just
 * meet, an essential requirement — where a bound on "essential met" that is too low shows.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../eval/random.js';
import { removeFromPool, SCORER, SegmentBuilder, type StoredLearner } from '../index.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import { bundledMatcher, bundledTaxonomy } from '../testing/bundled-matcher.js';
import type { EvidenceInput, RequirementInput } from '../types.js';

const matcher = await bundledMatcher();
const taxonomy = await bundledTaxonomy();
const KINDS = ['work_project', 'learning', 'assessment', 'competition', 'credential'] as const;

/** A part of a text: a run of its characters (at least a few), so it says some of it. */
function fragment(text: string, rand: () => number): string {
  const chars = [...text];
  if (chars.length <= 4) return text;
  const length = 3 + Math.floor(rand() * (chars.length - 3));
  const start = Math.floor(rand() * (chars.length - length + 1));
  return chars.slice(start, start + length).join('');
}

interface Fixture {
  roles: RequirementInput[][];
  learners: LearnerVector[];
}

/**
 * `roleCount` roles of 2–8 requirements from random occupations (0–4 essential, some with a
 * minimum level), and `count` learners of 1–6 items: random task statements, and items that say a
 * fragment of a role's requirement (alone, or beside another task), so that many items land near
 * the covered threshold of a requirement.
 */
function fixture(seed: number, roleCount: number, count: number): Fixture {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const tasks = taxonomy.occupations.flatMap((o) => o.tasks.map((t) => t.text));
  const roles = Array.from({ length: roleCount }, (_, j) => {
    const occupation = pick(taxonomy.occupations.filter((o) => o.tasks.length >= 4));
    const size = Math.min(occupation.tasks.length, 2 + Math.floor(rand() * 7));
    const essentials = j % 5;
    return occupation.tasks.slice(0, size).map(
      (task, i): RequirementInput => ({
        id: `r${i + 1}`,
        text: task.text,
        essential: i < essentials,
        ...(rand() < 0.3 ? { minLevel: 1 + Math.floor(rand() * 8) } : {}),
      }),
    );
  });
  const requirementTexts = roles.flatMap((role) => role.map((r) => r.text));
  const learners = Array.from({ length: count }, (_, l) => {
    const items: EvidenceInput[] = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, k) => {
      const roll = rand();
      const description =
        roll < 0.35
          ? fragment(pick(requirementTexts), rand)
          : roll < 0.55
            ? `${fragment(pick(requirementTexts), rand)}，${pick(tasks)}`
            : roll < 0.6
              ? pick(requirementTexts)
              : rand() < 0.5
                ? pick(tasks)
                : `${pick(tasks)}，${pick(tasks)}`;
      return {
        id: `l${l}-e${k}`,
        kind: pick(KINDS),
        title: '',
        description,
        occurredOn: `20${20 + Math.floor(rand() * 7)}-0${1 + Math.floor(rand() * 9)}-15`,
        attested: rand() < 0.3,
        skills: rand() < 0.5 ? [{ name: '技能', level: 1 + Math.floor(rand() * 8) }] : [],
      };
    });
    // Ids repeat now and then, so ties are broken by id and then by position.
    return matcher.profileVector(items, { id: `p${String(l % 997).padStart(4, '0')}`, asOf: '2026-11-01' });
  });
  return { roles, learners };
}

/** Learner `id` made of the bank's items `picks` (a stored learner, as the server keeps them). */
function assemble(bank: StoredLearner, picks: readonly number[], id: string): StoredLearner {
  const termStart = new Int32Array(picks.length + 1);
  picks.forEach((e, k) => {
    termStart[k + 1] =
      (termStart[k] as number) + (bank.termStart[e + 1] as number) - (bank.termStart[e] as number);
  });
  const terms = new Int32Array(termStart[picks.length] as number);
  const weights = new Float32Array(terms.length);
  picks.forEach((e, k) => {
    const from = bank.termStart[e] as number;
    const to = bank.termStart[e + 1] as number;
    terms.set(bank.terms.subarray(from, to), termStart[k] as number);
    weights.set(bank.weights.subarray(from, to), termStart[k] as number);
  });
  return {
    evidenceIds: picks.map((e, k) => `${id}-${k}-${e}`),
    baseWeight: Float64Array.from(picks, (e) => bank.baseWeight[e] as number),
    day: Int32Array.from(picks, (e) => bank.day[e] as number),
    level: Int8Array.from(picks, (e) => bank.level[e] as number),
    attested: Uint8Array.from(picks, (e) => bank.attested[e] as number),
    termStart,
    terms,
    weights,
    ranking: new Uint8Array(0),
  };
}

/** The scan's ranking of everyone but the removed, at `limit` (indices into the whole array). */
function scanWithout(
  set: ReturnType<typeof matcher.requirementSet>,
  learners: readonly LearnerVector[],
  removed: ReadonlySet<number>,
  limit: number,
) {
  return matcher
    .scoreCandidates(set, learners, { limit: limit + removed.size, meaning: false })
    .filter((c) => !removed.has(c.index))
    .slice(0, limit);
}

describe('candidate pool bounds', () => {
  it('rank as an exhaustive scan does, on many requirement sets and pools, near the covered threshold too', () => {
    let nearThreshold = 0;
    let comparisons = 0;
    for (const [seed, roleCount, count] of [
      [1601, 10, 1500],
      [2602, 10, 700],
      [3603, 6, 2200],
    ] as const) {
      const { roles, learners } = fixture(seed, roleCount, count);
      const pool = matcher.candidatePool(learners);
      for (const role of roles) {
        const set = matcher.requirementSet(role);
        // Everyone by the scan: the essential requirements' credits near the threshold are counted.
        const everyone = matcher.scoreCandidates(set, learners, { limit: learners.length, meaning: false });
        for (const candidate of everyone)
          for (const outcome of candidate.requirements)
            if (outcome.essential && Math.abs(outcome.score - SCORER.coveredThreshold) <= 0.05)
              nearThreshold++;
        for (const limit of [1, 7, 20, 64]) {
          const expected = everyone.slice(0, limit);
          expect(JSON.stringify(matcher.scoreCandidates(set, pool, { limit }))).toBe(
            JSON.stringify(expected),
          );
          comparisons++;
        }
      }
    }
    expect(comparisons).toBe(26 * 4);
    // The data put many essential requirements within 0.05 of the covered threshold.
    expect(nearThreshold).toBeGreaterThan(500);
  });

  it('rank as an exhaustive scan does with learners withdrawn (tombstones), again and again', () => {
    const { roles, learners } = fixture(4604, 8, 1600);
    const pool = matcher.candidatePool(learners);
    const removed = new Set<number>();
    for (const [j, role] of roles.entries()) {
      const set = matcher.requirementSet(role);
      // Withdraw the current leader and a few others, then rank again.
      const [leader] = matcher.scoreCandidates(set, pool, { limit: 1 });
      for (const l of [leader?.index ?? 0, (j * 211) % learners.length, (j * 977 + 5) % learners.length]) {
        removeFromPool(pool, l);
        removed.add(l);
      }
      for (const limit of [3, 20]) {
        expect(JSON.stringify(matcher.scoreCandidates(set, pool, { limit }))).toBe(
          JSON.stringify(scanWithout(set, learners, removed, limit)),
        );
      }
    }
  });

  it('rank as an exhaustive scan does in a large, crowded pool: many learners near every essential requirement', () => {
    // The regime of the 100,000-learner bench: common terms' long posting lists are bounded, not
    // walked, and many learners say part of every essential requirement, so that the bounds alone
    // rule few of them out. Learners are made of items from a bank analysed once.
    const { roles } = fixture(5605, 8, 0);
    const rand = seededRandom(5606);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    const tasks = taxonomy.occupations.flatMap((o) => o.tasks.map((t) => t.text));
    const essentials = roles.flatMap((role) => role.filter((r) => r.essential).map((r) => r.text));
    const bank = matcher.analyseLearner(
      Array.from({ length: 2400 }, (_, e): EvidenceInput => {
        const roll = rand();
        const description =
          roll < 0.45
            ? fragment(pick(essentials), rand)
            : roll < 0.55
              ? `${fragment(pick(essentials), rand)}，${pick(tasks)}`
              : roll < 0.6
                ? pick(essentials)
                : `${pick(tasks)}，${pick(tasks)}`;
        return {
          id: `b${e}`,
          kind: pick(KINDS),
          title: '',
          description,
          occurredOn: `20${20 + Math.floor(rand() * 7)}-0${1 + Math.floor(rand() * 9)}-15`,
          attested: rand() < 0.3,
          skills: rand() < 0.5 ? [{ name: '技能', level: 1 + Math.floor(rand() * 8) }] : [],
        };
      }),
    );
    const builder = new SegmentBuilder('2026-11-01');
    for (let l = 0; l < 30_000; l++) {
      const id = `c${String(l % 9973).padStart(5, '0')}`;
      const picks = Array.from({ length: 2 + Math.floor(rand() * 5) }, () => Math.floor(rand() * 2400));
      builder.addStored(id, assemble(bank, picks, id));
    }
    const segment = builder.build();
    const pool = matcher.segmentPool(segment);
    for (const role of roles) {
      const set = matcher.requirementSet(role);
      const everyone = matcher.scoreCandidates(set, segment, { limit: 64, meaning: false });
      for (const limit of [1, 5, 20, 64]) {
        expect(JSON.stringify(matcher.scoreCandidates(set, pool, { limit }))).toBe(
          JSON.stringify(everyone.slice(0, limit)),
        );
      }
    }
  });
});
