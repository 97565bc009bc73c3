/** The graduate's showcases: pick pieces and what else to show, get a link; change or revoke it later. */
import { type Evidence, SHOWCASE_LIMITS, type Showcase, type ShowcaseSettings } from '@skillbank/core';
import { Csrf, ErrorSummary, Field, type FieldErrors, Group } from '../forms/fields.js';
import { formatTime, kindLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { StatusTag } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';

export { PublicShowcasePage } from './public-showcase.page.js';

/** The form's values as typed (checkboxes as booleans). */
export interface ShowcaseFormValues {
  title?: string;
  evidenceIds?: string[];
  settings?: Partial<ShowcaseSettings>;
}

/** Name, school, field and the two optional sections: the same fields to create and to change. */
function SettingsFields({
  p,
  settings = {},
  errors,
  idSuffix,
}: {
  p: PageContext;
  settings?: Partial<ShowcaseSettings> | undefined;
  errors: FieldErrors;
  idSuffix?: string;
}) {
  const { m } = p;
  return (
    <fieldset>
      <legend>{m.scSettingsTitle}</legend>
      <p class="hint">{m.scSettingsLead}</p>
      <Field
        name="displayName"
        idSuffix={idSuffix}
        label={m.scFieldDisplayName}
        value={settings.displayName ?? ''}
        error={errors.displayName}
        maxlength={SHOWCASE_LIMITS.displayName}
      />
      <Field
        name="school"
        idSuffix={idSuffix}
        label={m.scFieldSchool}
        value={settings.school ?? ''}
        error={errors.school}
        maxlength={SHOWCASE_LIMITS.school}
      />
      <Field
        name="field"
        idSuffix={idSuffix}
        label={m.scFieldField}
        value={settings.field ?? ''}
        error={errors.field}
        maxlength={SHOWCASE_LIMITS.field}
      />
      <label class="check">
        <input type="checkbox" name="showSummary" value="1" checked={settings.showSummary === true} />{' '}
        {m.scShowSummary}
      </label>
      <label class="check">
        <input type="checkbox" name="showBestFits" value="1" checked={settings.showBestFits === true} />{' '}
        {m.scShowBestFits}
      </label>
    </fieldset>
  );
}

export function ShowcasesPage({
  p,
  evidence,
  showcases,
  origin,
  errors,
  values,
}: {
  p: PageContext;
  evidence: Evidence[];
  showcases: Showcase[];
  origin: string;
  errors: FieldErrors;
  values: ShowcaseFormValues;
}) {
  const { m, lang } = p;
  // Attested pieces first, then self-reported ones; withdrawn pieces are not offered.
  const offered = [
    ...evidence.filter((e) => e.status === 'attested'),
    ...evidence.filter((e) => e.status === 'self_reported'),
  ];
  const picked = new Set(values.evidenceIds ?? []);
  return (
    <Layout {...frame(p, m.showcasesTitle)}>
      <h1>{m.showcasesTitle}</h1>
      <p class="lead">{m.showcasesLead}</p>
      <ErrorSummary lang={lang} errors={errors} />
      {offered.length === 0 ? (
        <p class="panel">
          {m.noAttested} <a href="/me/evidence">{m.navLedger}</a>
        </p>
      ) : (
        <form method="post" action="/me/showcases" class="stack">
          <Csrf token={p.csrf} />
          <Field
            name="title"
            label={m.fieldShowcaseTitle}
            value={values.title ?? ''}
            error={errors.title}
            required
            maxlength={SHOWCASE_LIMITS.title}
          />
          <Group name="evidenceIds" legend={m.pickEntries} error={errors.evidenceIds}>
            <p class="hint">{m.scPickLead}</p>
            {offered.map((e) => (
              <label class="check">
                <input type="checkbox" name="evidenceIds" value={e.id} checked={picked.has(e.id)} /> {e.title}
                <StatusTag lang={lang} status={e.status} />
                <span class="muted">
                  {' '}
                  · {kindLabel(lang, e.kind)} · {e.occurredOn}
                </span>
              </label>
            ))}
          </Group>
          <SettingsFields p={p} settings={values.settings} errors={errors} />
          <div>
            <button type="submit">{m.createShowcase}</button>
          </div>
        </form>
      )}
      <h2>{m.yourShowcases}</h2>
      {showcases.length === 0 ? (
        <p>{m.noShowcases}</p>
      ) : (
        <ul class="cards">
          {showcases.map((s) => (
            <li data-showcase={s.id}>
              <strong>{s.title}</strong> <span class="muted">· {m.entriesCount(s.evidenceIds.length)}</span>
              {s.revokedAt ? (
                <div class="muted">{m.revokedOn(formatTime(s.revokedAt))}</div>
              ) : (
                <>
                  <div class="actions">
                    <span class="sc-link">
                      {m.showcaseLink}
                      {m.colon}
                      <a href={`/s/${s.slug}`} class="hash">{`${origin}/s/${s.slug}`}</a>
                    </span>
                    <form method="post" action={`/me/showcases/${s.id}/revoke`} class="inline">
                      <Csrf token={p.csrf} />
                      <button type="submit" class="secondary">
                        {m.revokeLink}
                      </button>
                    </form>
                  </div>
                  <details>
                    <summary>{m.scSettingsTitle}</summary>
                    <form method="post" action={`/me/showcases/${s.id}/settings`} class="stack">
                      <Csrf token={p.csrf} />
                      <SettingsFields p={p} settings={s.settings} errors={{}} idSuffix={s.id} />
                      <div>
                        <button type="submit" class="secondary">
                          {m.scSaveSettings}
                        </button>
                      </div>
                    </form>
                  </details>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
