/** Consent: who may find and see the graduate; every change kept; and the export. */
import type { Consent } from '@skillbank/core';
import { Csrf } from '../forms/fields.js';
import { formatTime } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function ConsentPage({ p, consent }: { p: PageContext; consent: Consent }) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.consentTitle)}>
      <h1>{m.consentTitle}</h1>
      <p class="lead">{m.consentLead}</p>
      <form method="post" action="/me/consent" class="stack">
        <Csrf token={p.csrf} />
        <fieldset>
          <legend>{m.consentTitle}</legend>
          <label class="check">
            <input
              type="checkbox"
              name="discoverableByEmployers"
              value="true"
              checked={consent.discoverableByEmployers}
            />{' '}
            {m.consentDiscoverable}
          </label>
          <label class="check">
            <input
              type="checkbox"
              name="advisorsCanSeeEvidence"
              value="true"
              checked={consent.advisorsCanSeeEvidence}
            />{' '}
            {m.consentAdvisors}
          </label>
        </fieldset>
        <div>
          <button type="submit">{m.consentSave}</button>
        </div>
      </form>
      <h2>{m.consentHistory}</h2>
      {consent.history.length === 0 ? (
        <p>{m.consentNoHistory}</p>
      ) : (
        <ul>
          {[...consent.history].reverse().map((h) => (
            <li>
              {formatTime(h.recordedAt)} — {m.consentDiscoverable}
              {m.colon}
              {h.discoverableByEmployers ? m.yes : m.no} · {m.consentAdvisors}
              {m.colon}
              {h.advisorsCanSeeEvidence ? m.yes : m.no}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="export" class="panel">
        <h2 id="export">{m.exportTitle}</h2>
        <p>{m.exportLead}</p>
        <a class="button secondary" href="/me/export" download>
          {m.exportDownload}
        </a>
      </section>
    </Layout>
  );
}
