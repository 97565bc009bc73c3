/**
 * `/time-zone`: which zone the pages show times in. "Follow my browser" (the default: the page
 * script keeps the `tz` cookie equal to the browser's `Intl` zone) or a zone the reader pins. Open
 * to everyone (signed in or not): it only sets cookies of this browser.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.js';
import { Csrf, formText, readForm } from '../forms/fields.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext, pageContext } from '../page-context.js';
import {
  currentTimeZone,
  formatTime,
  knownTimeZones,
  TIME_ZONE_COOKIE,
  TIME_ZONE_PIN_COOKIE,
  validTimeZone,
  zoneOffset,
} from '../time-zone.js';

const YEAR = 365 * 24 * 3600;

function TimeZonePage({ p, pinned, error }: { p: PageContext; pinned: boolean; error?: string | undefined }) {
  const { m } = p;
  const zone = currentTimeZone();
  return (
    <Layout {...frame(p, m.tzTitle)}>
      <h1>{m.tzTitle}</h1>
      <p class="lead">{m.tzLead}</p>
      <p>
        <strong>{m.tzNow(zone, zoneOffset(zone), formatTime(new Date().toISOString()))}</strong>
      </p>
      <form method="post" action="/time-zone" class="stack">
        <Csrf token={p.csrf} />
        {error && (
          <p class="alert" role="alert">
            {error}
          </p>
        )}
        <fieldset>
          <legend>{m.tzZoneLabel}</legend>
          <label class="check">
            <input type="radio" name="mode" value="browser" checked={!pinned} /> {m.tzFollowBrowser}
          </label>
          <label class="check">
            <input type="radio" name="mode" value="fixed" checked={pinned} /> {m.tzFixed}
          </label>
          <select id="tz-zone" name="zone" aria-label={m.tzZoneLabel}>
            {knownTimeZones().map((z) => (
              <option value={z} selected={z === zone}>
                {z}
              </option>
            ))}
          </select>
        </fieldset>
        <p>
          <button type="submit">{m.tzSave}</button>
        </p>
      </form>
    </Layout>
  );
}

export const timeZonePages = new Hono<AppEnv>()
  .get('/time-zone', async (c) => {
    const p = await pageContext(c);
    const pinned = getCookie(c, TIME_ZONE_PIN_COOKIE) === '1';
    return c.html(<TimeZonePage p={p} pinned={pinned} />);
  })
  .post('/time-zone', async (c) => {
    const body = await readForm(c);
    const options = { path: '/', sameSite: 'Lax', maxAge: YEAR } as const;
    if (formText(body, 'mode') === 'fixed') {
      const asked = formText(body, 'zone');
      const zone = validTimeZone(asked);
      if (!zone) {
        const p = await pageContext(c);
        return c.html(<TimeZonePage p={p} pinned error={p.m.tzUnknown(asked)} />, 400);
      }
      setCookie(c, TIME_ZONE_COOKIE, zone, options);
      setCookie(c, TIME_ZONE_PIN_COOKIE, '1', options);
    } else {
      // The page script writes the browser's zone again on the next page.
      deleteCookie(c, TIME_ZONE_PIN_COOKIE, { path: '/' });
      deleteCookie(c, TIME_ZONE_COOKIE, { path: '/' });
    }
    return c.redirect('/time-zone?ok=tzSaved', 303);
  });
