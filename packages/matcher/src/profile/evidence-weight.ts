/**
 * Evidence weights: how much one item counts. The formula is core's (`@skillbank/core/evidence-weight`,
 * the one the skill profile uses): kind × attestation × recency; this module applies it to the
 * matcher's plain evidence (optional dates, recency counted to a reference day).
 */
import { attestationFactor, kindFactor, recencyForAge } from '@skillbank/core/evidence-weight';
import { dayNumber } from '@skillbank/core/time';
import type { EvidenceInput } from '../types.js';

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
export function referenceDay(
  evidence: readonly Pick<EvidenceInput, 'occurredOn'>[],
  asOf?: string,
): number | null {
  const given = parseDay(asOf);
  if (given !== null) return given;
  let latest: number | null = null;
  for (const item of evidence) {
    const day = parseDay(item.occurredOn);
    if (day !== null) latest = Math.max(latest ?? day, day);
  }
  return latest;
}

/** What weighs an item: its kind, attestation and date (the rest of an `EvidenceInput` may come along). */
export type WeighedItem = Pick<EvidenceInput, 'kind' | 'attested' | 'occurredOn'> &
  Partial<Omit<EvidenceInput, 'steps' | 'occupationCodes'>>;

export function evidenceFactors(
  evidence: WeighedItem,
  today: number | null,
): { kind: number; attestation: number; recency: number } {
  return {
    kind: kindFactor(evidence.kind),
    attestation: attestationFactor(evidence.attested === true),
    recency: recencyFactor(parseDay(evidence.occurredOn), today),
  };
}

/** The recency factor of an item dated `day` (days since 1970, null when undated) seen on `today`; 1 when either is unknown. */
export function recencyFactor(day: number | null, today: number | null): number {
  if (day === null || today === null) return 1;
  return recencyForAge(today - day);
}
