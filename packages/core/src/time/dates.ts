/** Calendar dates (`YYYY-MM-DD`, UTC): the one place Skillbank parses, checks and moves them. */

export const DAY_MS = 24 * 3600 * 1000;

/** `YYYY-MM-DD` (the form; `isIsoDate` also checks that the date exists). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return dayNumber(value) !== null;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, or `null` when it is not a real date.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(value: string | undefined): number | null {
  if (value === undefined || !ISO_DATE_PATTERN.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return null;
  return Math.floor(time / DAY_MS);
}

/** The UTC date of a moment, `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The moment `days` days after `from` (negative: before). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** Days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/**
 * The latest date evidence may carry: tomorrow (UTC), so a learner ahead of UTC can log today's work.
 */
export function latestEvidenceDate(now: Date = new Date()): string {
  return todayUtc(addDays(now, 1));
}
