/**
 * Evidence weights: how much one item says about what a person can do, from its kind, whether
 * someone vouched for it, the level it shows (新八级) and how recent it is.
 */
import { dayNumber } from '@skillbank/core/time';
import type { EvidenceInput, EvidenceKind } from '../types.js';

/** Doing the work weighs most; a course shows exposure rather than ability. */
export const KIND_WEIGHTS: Readonly<Record<EvidenceKind, number>> = Object.freeze({
  work_project: 1,
  competition: 0.9,
  assessment: 0.9,
  credential: 0.8,
  learning: 0.7,
});

export const ATTESTED_WEIGHT = 1;
export const SELF_REPORTED_WEIGHT = 0.8;
/** Weight when no skill level is given. */
export const UNKNOWN_LEVEL_WEIGHT = 0.85;
/** Recency halves every this many years, but never falls below the floor. */
export const RECENCY_HALF_LIFE_YEARS = 5;
export const RECENCY_FLOOR = 0.4;
/** Weight when the date is unknown. */
export const UNDATED_WEIGHT = 0.85;

/** Highest 新八级 level among the item's skills (levels outside 1–8 are ignored), or null. */
export function evidenceLevel(evidence: EvidenceInput): number | null {
  let level: number | null = null;
  for (const skill of evidence.skills ?? []) {
    const value = skill.level;
    if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= 8)
      level = Math.max(level ?? 0, value);
  }
  return level;
}

/** Days since 1970 of a `YYYY-MM-DD` date, or null when it is not a real date. */
export const parseDay = dayNumber;

/** The reference date for recency: `asOf` if valid, else the latest date among the evidence. */
export function referenceDay(evidence: readonly EvidenceInput[], asOf?: string): number | null {
  const given = parseDay(asOf);
  if (given !== null) return given;
  let latest: number | null = null;
  for (const item of evidence) {
    const day = parseDay(item.occurredOn);
    if (day !== null) latest = Math.max(latest ?? day, day);
  }
  return latest;
}

export function evidenceFactors(
  evidence: EvidenceInput,
  today: number | null,
): { kind: number; attestation: number; level: number; recency: number } {
  const level = evidenceLevel(evidence);
  return {
    kind: KIND_WEIGHTS[evidence.kind] ?? KIND_WEIGHTS.learning,
    attestation: evidence.attested === true ? ATTESTED_WEIGHT : SELF_REPORTED_WEIGHT,
    level: level === null ? UNKNOWN_LEVEL_WEIGHT : 0.7 + (0.3 * (level - 1)) / 7,
    recency: recencyFactor(parseDay(evidence.occurredOn), today),
  };
}

/** The recency factor of an item dated `day` (days since 1970, null when undated) seen on `today`. */
export function recencyFactor(day: number | null, today: number | null): number {
  if (day === null || today === null) return UNDATED_WEIGHT;
  const years = Math.max(0, today - day) / 365.25;
  return Math.max(RECENCY_FLOOR, 0.5 ** (years / RECENCY_HALF_LIFE_YEARS));
}
