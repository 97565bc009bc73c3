/**
 * The role an evidence item's title names. People title their evidence by the job they did (小区保安,
 * 饭店后厨, 开挖机) as postings are titled by the job offered, so each item's title (its description
 * at half weight) is read with the job-title classifier's text features (`classify/`): its
 * similarity to each occupation's name and profile, and the aliases it contains. Each occupation
 * gets its score as a share of the best one; a learner's reading is the weighted mean over the items
 * that have one. It enters the score as a third part beside profile and task coverage (`scorer.ts`),
 * so the sibling or the neighbour one level up or down that shares the words of the field is told
 * apart by the job the evidence names.
 *
 * Not the classifier as it ships: the name counts more than the profile (the profile is the score's
 * first part already), and the votes of labelled posting titles are left out (they carry how coders
 * label postings — 数据分析 is 2-02-30-09 there — not what a graduate's project was: an e-commerce
 * data internship is 商务数据分析师). Chosen by 5-fold cross-validation on the dev narratives
 * among a grid (README, "Role read from evidence titles").
 */
import { CLASSIFY, CLASSIFY_WEIGHTS, rankCandidates } from '../classify/classify.js';
import { titleFeatures } from '../classify/classify-features.js';
import type { IndexState } from '../index-state.js';
import type { LearnerVector } from '../profile/learner-vector.js';
import type { EvidenceInput } from '../types.js';
import type { RoleReading, RoleSettings, RoleSource } from './role-types.js';

export type { RoleReading, RoleSettings, RoleSource };

/** The shipped setting (see above; chosen by cross-validation, `pnpm eval --narratives-cv`). */
export const DEFAULT_ROLE_SETTINGS: RoleSettings = Object.freeze({
  share: 0.15,
  features: Object.freeze({
    ...CLASSIFY_WEIGHTS,
    name: 1,
    profile: 0.5,
    neighbour: 0,
    neighbourGroup: 0,
    neighbourSibling: 0,
  }),
});

/** The role an item's title names, read once per source. */
export function itemRole(state: IndexState, source: RoleSource): RoleReading | null {
  if (source.reading === undefined) source.reading = readRole(state, source);
  return source.reading;
}

/**
 * The role a learner's titles name, read when first matched and kept on the learner vector (a
 * learner vectorised for candidate lists never pays for it).
 */
export function learnerRoleOf(state: IndexState, learner: LearnerVector): RoleReading | null {
  if (learner.role === undefined)
    learner.role = learnerRole(
      learner.evidence.map((item) => ({ role: itemRole(state, item.roleSource), weight: item.weight })),
    );
  return learner.role;
}

/** The best candidates kept per item (the rest score too little to matter). */
const ROLE_CANDIDATES = 40;

/** The role one item's title names, null when it has no title or nothing in it names a role. */
export function readRole(
  state: IndexState,
  item: Pick<EvidenceInput, 'title' | 'description'>,
): RoleReading | null {
  if (state.scoring.role === false) return null;
  const settings = state.roleReading ?? DEFAULT_ROLE_SETTINGS;
  if (settings.share <= 0) return null;
  const title = item.title.trim();
  if (title === '') return null;
  const features = titleFeatures(
    state,
    state.titles,
    { title, description: item.description },
    {
      descriptionWeight: CLASSIFY.descriptionWeight,
      evidence: state.scoring.formWords,
      neighbours:
        settings.features.neighbour + settings.features.neighbourGroup + settings.features.neighbourSibling >
        0,
    },
  );
  const ranked = rankCandidates(state, features, settings.features).slice(0, ROLE_CANDIDATES);
  const best = ranked[0]?.score ?? 0;
  if (best <= 0) return null;
  ranked.sort((a, b) => a.index - b.index);
  return {
    indices: Int32Array.from(ranked, (c) => c.index),
    values: Float32Array.from(ranked, (c) => c.score / best),
    share: settings.share,
  };
}

/** Weighted mean of the items' readings (items without one left out); null when none has one. */
export function learnerRole(
  items: readonly { role: RoleReading | null; weight: number }[],
): RoleReading | null {
  const sums = new Map<number, number>();
  let total = 0;
  let share = 0;
  for (const { role, weight } of items) {
    if (!role || weight <= 0) continue;
    total += weight;
    share = role.share;
    for (let i = 0; i < role.indices.length; i++) {
      const index = role.indices[i] as number;
      sums.set(index, (sums.get(index) ?? 0) + weight * (role.values[i] as number));
    }
  }
  if (total === 0) return null;
  // Filled by loops, not `from` with an iterator and a callback (read for every learner ranked).
  const indices = new Int32Array(sums.size);
  let at = 0;
  for (const index of sums.keys()) indices[at++] = index;
  indices.sort();
  const values = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) values[i] = (sums.get(indices[i] as number) as number) / total;
  return { indices, values, share };
}
