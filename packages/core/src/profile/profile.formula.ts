/**
 * The skill profile formula: how active evidence becomes, per skill, a level and a confidence.
 * Pure, deterministic and versioned — the same evidence and `asOf` date always give the same
 * profile, and every result names `PROFILE_FORMULA_VERSION`.
 *
 * In words:
 * 1. Each piece of evidence has a weight = kind × attestation × recency (`evidence-weight.ts`, the
 *    one evidence weight, which the matcher uses too).
 *    - kind: assessment 1.0, credential 0.9, competition 0.85, work project 0.8, learning 0.6 —
 *      how directly the kind of evidence shows the skill;
 *    - attestation: 1.0 when someone signed it, 0.4 for a self-claim;
 *    - recency: halves every 5 years since the evidence ended (or happened); never above 1.
 * 2. A skill's level is the weight-averaged level of the pieces that give one, rounded half up to
 *    the new eight levels (1 学徒工 … 8 首席技师). A piece's level is the level its attester gave
 *    (the lowest, when several did), else the level the learner claimed; no level → `null`.
 * 3. A skill's confidence (0–1) = support × (½ + ½ × agreement):
 *    - support = 1 − e^(−Σ weights): more, stronger, fresher evidence → closer to 1;
 *    - agreement = 1 − (weighted standard deviation of the levels ÷ 4), at least 0: pieces that
 *      agree on the level raise confidence, pieces that disagree lower it.
 * Skill names are normalised (core transferable skills by their canonical name, aliases accepted);
 * within one piece a skill counts once. Sums run in evidence-id order so input order never matters.
 */

import type { EvidenceKind } from '../evidence/evidence.vocabulary.js';
import { skillLevelLabel } from '../evidence/evidence.vocabulary.js';
import { normaliseSkill } from '../skills/skills.vocabulary.js';
import {
  attestationFactor,
  EVIDENCE_WEIGHT,
  kindFactor,
  recencyBetween,
  skillLevel,
} from './evidence-weight.js';

export const PROFILE_FORMULA_VERSION = '1.0.0';

export const PROFILE_PARAMETERS = Object.freeze({
  kindWeight: EVIDENCE_WEIGHT.kindWeight as Readonly<Record<EvidenceKind, number>>,
  attestedFactor: EVIDENCE_WEIGHT.attestedFactor,
  selfReportedFactor: EVIDENCE_WEIGHT.selfReportedFactor,
  halfLifeYears: EVIDENCE_WEIGHT.halfLifeYears,
  /** Σ weights at which support reaches 1 − 1/e ≈ 0.63. */
  supportScale: 1,
  /** Weighted standard deviation of levels at which agreement reaches 0. */
  levelSpreadForNoAgreement: 4,
});

export interface WeightInput {
  kind: EvidenceKind;
  attested: boolean;
  occurredOn: string;
  endedOn?: string | null;
}

export interface WeightParts {
  kind: number;
  attestation: number;
  recency: number;
  /** The product of the three. */
  weight: number;
}

/** The parts of a piece's weight as of a date (`YYYY-MM-DD`). */
export function evidenceWeightParts(e: WeightInput, asOf: string): WeightParts {
  const kind = kindFactor(e.kind);
  const attestation = attestationFactor(e.attested);
  const recency = recencyBetween(e.endedOn ?? e.occurredOn, asOf);
  return { kind, attestation, recency, weight: kind * attestation * recency };
}

/**
 * How much one piece of evidence counts as of a date, between 0 and 1.
 * @example evidenceWeight({ kind: 'assessment', attested: true, occurredOn: '2026-01-01' }, '2026-01-01') // 1
 * evidenceWeight({ kind: 'learning', attested: false, occurredOn: '2021-01-01' }, '2026-01-01') // ≈ 0.12
 */
export function evidenceWeight(e: WeightInput, asOf: string): number {
  return evidenceWeightParts(e, asOf).weight;
}

export interface ProfileEvidence extends WeightInput {
  id: string;
  skills: readonly { name: string; level?: number | null }[];
  /** The level an attester gave (the lowest of several), if any. */
  attestedLevel?: number | null;
}

export interface SkillContribution {
  evidenceId: string;
  weight: number;
  level: number | null;
  attested: boolean;
}

export interface ProfileSkill {
  name: string;
  /** Grouping key (`core:digital`, or the lower-cased free name). */
  key: string;
  /** Core transferable skill id, or `null` for a free skill. */
  core: string | null;
  level: number | null;
  levelLabel: { zh: string; en: string } | null;
  /** The unrounded weighted level (2 decimals), or `null`. */
  levelScore: number | null;
  confidence: number;
  evidenceIds: string[];
  contributions: SkillContribution[];
}

export interface DerivedProfile {
  formula: { version: string };
  asOf: string;
  skills: ProfileSkill[];
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

function deriveSkill(
  name: string,
  key: string,
  core: string | null,
  parts: SkillContribution[],
): ProfileSkill {
  const p = PROFILE_PARAMETERS;
  const sorted = [...parts].sort((a, b) =>
    a.evidenceId < b.evidenceId ? -1 : a.evidenceId > b.evidenceId ? 1 : 0,
  );
  const mass = sorted.reduce((sum, c) => sum + c.weight, 0);
  const levelled = sorted.filter((c): c is SkillContribution & { level: number } => c.level !== null);
  const levelMass = levelled.reduce((sum, c) => sum + c.weight, 0);
  let levelScore: number | null = null;
  let agreement = 1;
  if (levelled.length > 0 && levelMass > 0) {
    const mean = levelled.reduce((sum, c) => sum + c.weight * c.level, 0) / levelMass;
    levelScore = mean;
    const variance = levelled.reduce((sum, c) => sum + c.weight * (c.level - mean) ** 2, 0) / levelMass;
    agreement = Math.max(0, 1 - Math.sqrt(variance) / p.levelSpreadForNoAgreement);
  }
  const support = 1 - Math.exp(-mass / p.supportScale);
  const level = levelScore === null ? null : Math.min(8, Math.max(1, Math.floor(levelScore + 0.5)));
  const label = level === null ? null : skillLevelLabel(level);
  return {
    name,
    key,
    core,
    level,
    levelLabel: label ? { zh: label.zh, en: label.en } : null,
    levelScore: levelScore === null ? null : round(levelScore, 2),
    confidence: round(support * (0.5 + 0.5 * agreement), 3),
    evidenceIds: sorted.map((c) => c.evidenceId),
    contributions: sorted.map((c) => ({ ...c, weight: round(c.weight, 4) })),
  };
}

/**
 * The skill profile of a set of active evidence as of a date (`YYYY-MM-DD`). Skills are ordered by
 * confidence, then level, then name (code-point order), all descending except the name.
 */
export function deriveProfile(evidence: readonly ProfileEvidence[], asOf: string): DerivedProfile {
  // A free skill is shown as the piece with the smallest id spells it, whatever the input order.
  const bySkill = new Map<
    string,
    { name: string; nameFrom: string; core: string | null; parts: SkillContribution[] }
  >();
  for (const e of evidence) {
    const { weight } = evidenceWeightParts(e, asOf);
    const perPiece = new Map<string, { name: string; core: string | null; level: number | null }>();
    for (const skill of e.skills) {
      const { key, name, core } = normaliseSkill(skill.name);
      const claimed = skill.level ?? null;
      const seen = perPiece.get(key);
      const level =
        seen && seen.level !== null && (claimed === null || seen.level > claimed) ? seen.level : claimed;
      perPiece.set(key, { name: seen?.name ?? name, core, level });
    }
    for (const [key, s] of perPiece) {
      const group = bySkill.get(key) ?? { name: s.name, nameFrom: e.id, core: s.core, parts: [] };
      if (e.id < group.nameFrom) Object.assign(group, { name: s.name, nameFrom: e.id });
      group.parts.push({
        evidenceId: e.id,
        weight,
        level: skillLevel(e, s.level),
        attested: e.attested,
      });
      bySkill.set(key, group);
    }
  }
  const skills = [...bySkill].map(([key, g]) => deriveSkill(g.name, key, g.core, g.parts));
  skills.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      (b.level ?? 0) - (a.level ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return { formula: { version: PROFILE_FORMULA_VERSION }, asOf, skills };
}
