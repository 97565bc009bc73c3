/** How a requirement's `minLevel` scales the credit of an item that shows a lower 新八级 level. */

/** Level factor when the evidence states no level but the requirement asks for one. */
export const UNKNOWN_LEVEL_FACTOR = 0.75;
/** Highest 新八级 level (a requirement's `minLevel` is 0 for none, else 1 … MAX_LEVEL). */
export const MAX_LEVEL = 8;

/** Scales coverage when the evidence shows a lower level than the requirement asks for. */
export function levelFactor(itemLevel: number, minLevel: number): number {
  if (minLevel <= 0) return 1;
  if (itemLevel <= 0) return UNKNOWN_LEVEL_FACTOR;
  return itemLevel >= minLevel ? 1 : itemLevel / minLevel;
}
