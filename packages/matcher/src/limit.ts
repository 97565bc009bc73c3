/** The one clamp for a caller's `limit`: a whole number from 0 to `max` (anything not finite is 0). */
export function clampLimit(limit: number, max: number): number {
  if (!Number.isFinite(limit)) return 0;
  return Math.max(0, Math.min(max, Math.floor(limit)));
}
