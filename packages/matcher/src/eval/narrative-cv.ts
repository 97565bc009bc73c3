/**
 * Cross-validation of what is fitted on the dev narratives (`pnpm eval --narratives-cv`): the role
 * read from evidence titles (`scoring/role-reading.ts`) has a share of the score and the classifier
 * feature weights it uses. Every setting of a small grid is evaluated on every narrative; then, for
 * each of 5 folds (a fixed hash of the narrative id), the setting is chosen on the other four folds
 * and scored on the held-out one, and once more tuned on the odd ids and checked on the even ones
 * (and the other way round). A setting is only eligible when the three-direction graduate
 * still sees each direction led by its occupation (the directions test), a constraint, not a score.
 */

import { matcherOverState } from '../build-matcher-index.js';
import type { FeatureName } from '../classify/classify-features.js';
import type { IndexState } from '../index-state.js';
import { DEFAULT_ROLE_SETTINGS, type RoleSettings } from '../scoring/role-reading.js';
import {
  THREE_DIRECTION_INTRUDERS,
  THREE_DIRECTION_LEADERS,
  THREE_DIRECTIONS,
} from '../testing/three-directions.js';
import type { Narrative } from './datasets.js';
import { foldOf } from './title-cv.js';

export interface GridSetting {
  /** Whether the votes of labelled posting titles count (at the classifier's own weights). */
  neighbours: boolean;
  profile: number;
  name: number;
  share: number;
}

export interface GridRow {
  setting: GridSetting;
  /** The three-direction graduate's constraint holds. */
  eligible: boolean;
  /** Rank of the right occupation per narrative id (0: not in the top 10). */
  ranks: Map<string, number>;
}

export const ROLE_GRID: readonly GridSetting[] = [false, true].flatMap((neighbours) =>
  [0, 0.5, 1.3].flatMap((profile) =>
    [0.45, 1].flatMap((name) =>
      [0.1, 0.15, 0.2, 0.25, 0.3].map((share) => ({ neighbours, profile, name, share })),
    ),
  ),
);

export function roleSettings(setting: GridSetting, base: RoleSettings = DEFAULT_ROLE_SETTINGS): RoleSettings {
  const classifier: Partial<Record<FeatureName, number>> = setting.neighbours
    ? { neighbour: 1.3, neighbourGroup: 0.8, neighbourSibling: 0.1 }
    : { neighbour: 0, neighbourGroup: 0, neighbourSibling: 0 };
  return {
    share: setting.share,
    features: { ...base.features, ...classifier, name: setting.name, profile: setting.profile },
  };
}

/** Every setting on every narrative (a fresh state per setting: nothing analysed is shared). */
export function evaluateGrid(
  state: IndexState,
  narratives: readonly Narrative[],
  grid: readonly GridSetting[] = ROLE_GRID,
): GridRow[] {
  return grid.map((setting) => {
    const matcher = matcherOverState({ ...state, roleReading: roleSettings(setting) }, performance.now());
    const result = matcher.match(THREE_DIRECTIONS, { limit: 10 });
    const leaders = (result.directions ?? []).map((d) => d.matches[0]?.code ?? '');
    const overall = result.matches.map((m) => m.code);
    const eligible =
      leaders.join() === THREE_DIRECTION_LEADERS.join() &&
      !THREE_DIRECTION_INTRUDERS.some((code) => overall.includes(code));
    const ranks = new Map<string, number>();
    for (const item of narratives) {
      const codes = matcher.match(item.evidence, { limit: 10 }).matches.map((m) => m.code);
      ranks.set(item.id, codes.indexOf(item.code) + 1);
    }
    return { setting, eligible, ranks };
  });
}

export interface NarrativeFigures {
  total: number;
  top1: number;
  top5: number;
  mrr: number;
}

export function figuresOf(row: GridRow, ids: readonly string[]): NarrativeFigures {
  let top1 = 0;
  let top5 = 0;
  let mrr = 0;
  for (const id of ids) {
    const rank = row.ranks.get(id) ?? 0;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 5) top5++;
    if (rank >= 1) mrr += 1 / rank;
  }
  const n = Math.max(1, ids.length);
  return { total: ids.length, top1: top1 / n, top5: top5 / n, mrr: mrr / n };
}

/** The eligible setting best on `ids` (top-1 + top-5 + MRR; ties: the smaller share, then grid order). */
export function chooseSetting(rows: readonly GridRow[], ids: readonly string[]): GridRow | undefined {
  let best: GridRow | undefined;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    if (!row.eligible) continue;
    const f = figuresOf(row, ids);
    const value = f.top1 + f.top5 + f.mrr;
    if (
      value > bestValue + 1e-12 ||
      (Math.abs(value - bestValue) <= 1e-12 && best && row.setting.share < best.setting.share)
    ) {
      best = row;
      bestValue = value;
    }
  }
  return best;
}

export interface NestedFigures extends NarrativeFigures {
  chosen: GridSetting[];
}

/** k-fold: the setting chosen on the other folds, scored on the held-out fold; figures pooled. */
export function nestedCrossValidation(
  rows: readonly GridRow[],
  ids: readonly string[],
  folds = 5,
): NestedFigures {
  let top1 = 0;
  let top5 = 0;
  let mrr = 0;
  const chosen: GridSetting[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = ids.filter((id) => foldOf(id, folds) === fold);
    const train = ids.filter((id) => foldOf(id, folds) !== fold);
    const best = chooseSetting(rows, train);
    if (!best || test.length === 0) continue;
    chosen.push(best.setting);
    const f = figuresOf(best, test);
    top1 += f.top1 * test.length;
    top5 += f.top5 * test.length;
    mrr += f.mrr * test.length;
  }
  const n = Math.max(1, ids.length);
  return { total: ids.length, top1: top1 / n, top5: top5 / n, mrr: mrr / n, chosen };
}
