/**
 * The shapes of the role read from evidence titles (`role-reading.ts` reads it): how it is weighed,
 * what one reading holds, and an item's texts it is read from. Types only, so the index state and
 * the learner vector name them without depending on the reading's code.
 */
import type { FeatureName } from '../classify/feature-names.js';

export interface RoleSettings {
  /** Share of the score: B = (1 − share) · (profile and coverage part) + share · role reading. */
  share: number;
  /** The classifier's feature weights as a role reading uses them. */
  features: Readonly<Record<FeatureName, number>>;
}

/** Occupation indices (ascending) and their share of the best score, in (0, 1]. */
export interface RoleReading {
  indices: Int32Array;
  values: Float32Array;
  /** The share of the score the reading takes (`RoleSettings.share`). */
  share: number;
}

/** An item's texts, and the role they name once read (undefined: not read yet). */
export interface RoleSource {
  title: string;
  description: string;
  reading?: RoleReading | null;
}
