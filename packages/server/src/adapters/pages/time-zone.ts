/**
 * The reader's time zone for the pages. A page request runs inside `withTimeZone(zone, …)` (the
 * `pageTimeZone()` middleware does that), so `formatTime(iso)` anywhere below it prints the
 * reader's local time without being handed the zone. The zone comes from the `tz` cookie — written
 * by a small script from the browser's own `Intl` zone, or pinned by the reader on `/time-zone` —
 * and is Asia/Shanghai when there is none (the first page of a first visit) or it is not a zone.
 * Stored times and the API stay ISO 8601 UTC; only what a page shows is converted.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  formatDateIn,
  formatTimeIn,
  zonedParts as partsIn,
  validTimeZone,
  type ZonedTime,
} from '../../time-zone.js';

export { validTimeZone, type ZonedTime };

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** The cookie holding the reader's zone (an IANA name such as `Europe/Berlin`). */
export const TIME_ZONE_COOKIE = 'tz';
/** Present (`1`) when the reader chose the zone; the browser script then leaves `tz` alone. */
export const TIME_ZONE_PIN_COOKIE = 'tzpin';

const store = new AsyncLocalStorage<string>();

/** The zone of the page being rendered: the request's, else Asia/Shanghai. */
export function currentTimeZone(): string {
  return store.getStore() ?? DEFAULT_TIME_ZONE;
}

/** Runs `fn` with `zone` as the current zone (an unknown zone falls back to the default). */
export function withTimeZone<T>(zone: string | null | undefined, fn: () => T): T {
  return store.run(validTimeZone(zone) ?? DEFAULT_TIME_ZONE, fn);
}

/** The parts of an instant in a zone (the current one by default); null when `iso` is not a date-time. */
export function zonedParts(iso: string, zone: string = currentTimeZone()): ZonedTime | null {
  return partsIn(iso, validTimeZone(zone) ?? DEFAULT_TIME_ZONE);
}

/** The offset of `zone` now (or at `iso`), for labels: `UTC+8`. */
export function zoneOffset(zone: string = currentTimeZone(), iso: string = new Date().toISOString()): string {
  return zonedParts(iso, zone)?.offset ?? 'UTC';
}

/**
 * A stored instant as the page's reader reads it: `2026-11-30 11:04 UTC+8` in the current zone
 * (or in `zone`). Text that is not a date-time is returned unchanged, never a made-up time.
 */
export function formatTime(iso: string, zone?: string): string {
  return formatTimeIn(iso, validTimeZone(zone) ?? currentTimeZone());
}

/** The calendar date of a stored instant in the current zone (or in `zone`): `2026-11-30`. */
export function formatDate(iso: string, zone?: string): string {
  return formatDateIn(iso, validTimeZone(zone) ?? currentTimeZone());
}

/** Page middleware: the rest of the request runs in the reader's zone (cookie `tz`). */
export function pageTimeZone(): MiddlewareHandler {
  return (c, next) => withTimeZone(getCookie(c, TIME_ZONE_COOKIE), next);
}

/**
 * The page script that tells the server the browser's zone: it writes the `tz` cookie when the
 * browser's `Intl` zone differs from it, unless the reader pinned a zone. Allowed by the CSP by
 * its hash (no other inline script runs).
 */
export const TIME_ZONE_SCRIPT = `(function(){try{var c=document.cookie;if(/(?:^|; )${TIME_ZONE_PIN_COOKIE}=1/.test(c))return;var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(!z)return;var v=encodeURIComponent(z);if((';'+c.replace(/ /g,'')+';').indexOf(';${TIME_ZONE_COOKIE}='+v+';')<0)document.cookie='${TIME_ZONE_COOKIE}='+v+';path=/;max-age=31536000;samesite=lax';}catch(e){}})();`;

/** Every zone the runtime knows, for the chooser. */
export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
