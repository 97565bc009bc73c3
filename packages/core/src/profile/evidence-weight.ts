/**
 * The evidence weight: how much one piece of evidence counts, between 0 and 1. One formula, owned
 * here and used both by the skill profile (`profile.formula.ts`) and by the matcher (which imports
 * `@skillbank/core/evidence-weight`), so a piece weighs the same on the profile and in a match:
 *
 *   weight = kind × attestation × recency
 *   - kind: assessment 1.0, credential 0.9, competition 0.85, work project 0.8, learning 0.6 — how
 *     directly the kind of evidence shows the skill;
 *   - attestation: 1.0 when someone signed it, 0.4 for a self-claim;
 *   - recency: halves every 5 years since the evidence ended (or happened); never above 1; 1 when
 *     the age is unknown (undated evidence, or no reference date).
 *
 * The 新八级 level is not part of the weight: it is what the evidence shows, not how much it
 * counts. A piece's level for a skill is the level its attester gave (the lowest, when several did),
 * else the level the learner claimed (`skillLevel`).
 */
import { daysBetween } from '../time/dates.js';

export const EVIDENCE_WEIGHT = Object.freeze({
  kindWeight: Object.freeze({
    assessment: 1,
    credential: 0.9,
    competition: 0.85,
    work_project: 0.8,
    learning: 0.6,
  }) as Readonly<Record<string, number>>,
  attestedFactor: 1,
  selfReportedFactor: 0.4,
  halfLifeYears: 5,
});

/** How directly a kind of evidence shows a skill (0 for an unknown kind). */
export function kindFactor(kind: string): number {
  return EVIDENCE_WEIGHT.kindWeight[kind] ?? 0;
}

/** 1 when someone signed the piece, 0.4 for a self-claim. */
export function attestationFactor(attested: boolean): number {
  return attested ? EVIDENCE_WEIGHT.attestedFactor : EVIDENCE_WEIGHT.selfReportedFactor;
}

/** Recency of a piece `ageDays` old: halves every 5 years; a piece dated in the future counts as new. */
export function recencyForAge(ageDays: number): number {
  const ageYears = Math.max(0, ageDays) / 365.25;
  return 0.5 ** (ageYears / EVIDENCE_WEIGHT.halfLifeYears);
}

/** Recency of a piece dated `date` as of `asOf` (both `YYYY-MM-DD`), 1 when either is missing. */
export function recencyBetween(date: string | null | undefined, asOf: string | null | undefined): number {
  if (!date || !asOf) return 1;
  return recencyForAge(daysBetween(date, asOf));
}

/** A piece's level for a skill: the attester's level when it was attested with one, else the claimed level. */
export function skillLevel(
  piece: { attested: boolean; attestedLevel?: number | null | undefined },
  claimed: number | null,
): number | null {
  return piece.attested && piece.attestedLevel != null ? piece.attestedLevel : claimed;
}
