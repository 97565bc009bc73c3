/**
 * Instants written in a time zone, for anything a person reads (pages, downloaded reports, the
 * CLI). Stored times and the API stay ISO 8601 UTC; these functions only write them for a reader,
 * in a zone given explicitly (the pages' request-scoped zone lives in `adapters/pages/time-zone`).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The canonical IANA name of `zone`, or null when it is not a time zone this runtime knows. */
export function validTimeZone(zone: string | null | undefined): string | null {
  if (!zone || zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export interface ZonedTime {
  /** `2026-11-30` in the zone. */
  date: string;
  /** `11:04` in the zone (24-hour). */
  time: string;
  /** The zone's offset at that instant: `UTC+8`, `UTC-3:30`, `UTC`. */
  offset: string;
}

/** The parts of an instant in a zone; null when `iso` is not a date-time. */
export function zonedParts(iso: string, zone: string): ZonedTime | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const part of formatter(validTimeZone(zone) ?? 'UTC').formatToParts(at)) parts[part.type] = part.value;
  const named = (parts.timeZoneName ?? 'GMT').replace(/^GMT/, 'UTC');
  const offset = named === 'UTC+0' || named === 'UTC-0' ? 'UTC' : named;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    offset,
  };
}

/**
 * A stored instant as a reader in `zone` reads it: `2026-11-30 11:04 UTC+8`. Text that is not a
 * date-time is returned unchanged, never a made-up time.
 */
export function formatTimeIn(iso: string, zone: string): string {
  const z = zonedParts(iso, zone);
  return z ? `${z.date} ${z.time} ${z.offset}` : iso;
}

/** The calendar date of a stored instant in `zone`: `2026-11-30`. */
export function formatDateIn(iso: string, zone: string): string {
  return zonedParts(iso, zone)?.date ?? iso;
}

/** The zone of the machine this runs on (the CLI's reader), UTC when the runtime does not say. */
export function localTimeZone(): string {
  return validTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
}
