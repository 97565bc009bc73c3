/** The provider's pages: its offerings, the publish / edit form, and one offering's enrolments and results. */
import type { Offering, OfferingEnrolment } from '@skillbank/core';
import { Csrf, ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { formatTime, levelLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';
import { kindText, OfferingFacts, outcomeText, resultStatusText } from './offering-bits.js';
import type { OFFERING_FORM_FIELDS, OfferingFormValues } from './offering-form.js';

type OfferingFormField = (typeof OFFERING_FORM_FIELDS)[number];

export function ProviderHomePage({ p, offerings }: { p: PageContext; offerings: Offering[] }) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.providerTitle)}>
      <h1>{m.providerTitle}</h1>
      <p class="lead">{m.providerLead}</p>
      <p>
        <a href="/provider/offerings/new">{m.newOffering} →</a>
      </p>
      {offerings.length === 0 ? (
        <p class="panel">{m.providerNone}</p>
      ) : (
        <ul class="cards">
          {offerings.map((o) => (
            <li>
              <a href={`/provider/offerings/${o.id}`}>
                <strong>{o.title}</strong>
              </a>
              <OfferingFacts p={p} offering={o} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function OfferingFormPage({
  p,
  values,
  errors = {},
  offeringId = null,
}: {
  p: PageContext;
  values: OfferingFormValues;
  errors?: FieldErrors;
  /** Editing this offering; `null` when publishing a new one. */
  offeringId?: string | null;
}) {
  const { m, lang } = p;
  const title = offeringId ? m.editOffering : m.newOffering;
  const labels: Record<OfferingFormField, string> = {
    kind: m.offeringFieldKind,
    title: m.offeringFieldTitle,
    description: m.offeringFieldDescription,
    mode: m.fieldMode,
    city: m.fieldCity,
    hours: m.fieldHours,
    costYuan: m.fieldCost,
    startsOn: m.fieldStartsOn,
    endsOn: m.fieldEndsOn,
    level: m.fieldLevel,
    language: m.fieldLanguage,
    taskIds: m.fieldTaskIds,
    skills: m.fieldSkills,
  };
  /** A field's name, label, value and error: what every input of the form repeats. */
  const field = (name: OfferingFormField) => ({
    name,
    label: labels[name],
    value: values[name],
    error: errors[name],
  });
  return (
    <Layout {...frame(p, title)}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <form
        method="post"
        action={offeringId ? `/provider/offerings/${offeringId}` : '/provider/offerings/new'}
        novalidate
      >
        <Csrf token={p.csrf} />
        <Select
          {...field('kind')}
          options={(['course', 'assessment', 'competition'] as const).map((k) => ({
            value: k,
            label: kindText(m, k),
          }))}
        />
        <Field {...field('title')} required maxlength={200} />
        <Field {...field('description')} required multiline rows={4} />
        <div class="row">
          <Select
            {...field('mode')}
            options={[
              { value: 'online', label: m.modeOnline },
              { value: 'in_person', label: m.modeInPerson },
            ]}
          />
          <Field {...field('city')} maxlength={50} />
        </div>
        <div class="row">
          <Field {...field('hours')} type="number" min="1" />
          <Field {...field('costYuan')} type="number" min="0" />
          <Field {...field('level')} type="number" min="1" max="8" />
        </div>
        <div class="row">
          <Field {...field('startsOn')} type="date" />
          <Field {...field('endsOn')} type="date" />
          <Field {...field('language')} maxlength={20} />
        </div>
        <Field {...field('taskIds')} required multiline rows={4} />
        <Field {...field('skills')} multiline rows={3} />
        <button type="submit">{offeringId ? m.saveOffering : m.publishOffering}</button>
      </form>
    </Layout>
  );
}

export interface CsvOutcome {
  imported: number | null;
  problems: { path: string; message: string }[];
}

export function ProviderOfferingPage({
  p,
  offering,
  enrolments,
  csv = null,
  recordErrors = {},
}: {
  p: PageContext;
  offering: Offering;
  enrolments: OfferingEnrolment[];
  csv?: CsvOutcome | null;
  /** A failed single record, by enrolment id. */
  recordErrors?: Record<string, string>;
}) {
  const { m, lang } = p;
  const outcomes =
    offering.kind === 'course'
      ? ['completed', 'failed']
      : offering.kind === 'assessment'
        ? ['passed', 'failed']
        : ['placed', 'completed', 'failed'];
  const outcomeLabel = (o: string) =>
    ({
      completed: m.outcomeCompleted,
      passed: m.outcomePassed,
      failed: m.outcomeFailed,
      placed: m.outcomePlaced,
    })[o] ?? o;
  return (
    <Layout {...frame(p, offering.title)}>
      <h1>{offering.title}</h1>
      <OfferingFacts p={p} offering={offering} />
      <p>
        <a href={`/provider/offerings/${offering.id}/edit`}>{m.editOffering}</a> ·{' '}
        <a href={`/offerings/${offering.id}`}>{m.navOfferings}</a>
      </p>
      <form method="post" action={`/provider/offerings/${offering.id}/status`} class="inline">
        <Csrf token={p.csrf} />
        <input
          type="hidden"
          name="status"
          value={offering.status === 'published' ? 'withdrawn' : 'published'}
        />
        <button type="submit">
          {offering.status === 'published' ? m.withdrawOffering : m.republishOffering}
        </button>
      </form>

      <h2>{m.enrolmentsTitle}</h2>
      {enrolments.length === 0 ? (
        <p class="panel">{m.enrolmentsNone}</p>
      ) : (
        <ul class="cards enrolments">
          {enrolments.map((e) => {
            const standing = e.results.find((r) => r.status === 'offered' || r.status === 'accepted');
            return (
              <li>
                <strong>{e.learner.name}</strong> <span class="code">{e.id}</span>{' '}
                <span class="muted">{formatTime(e.createdAt)}</span>
                {e.results.map((r) => (
                  <p style="margin:.2rem 0">
                    {outcomeText(m, r)}
                    {r.level !== null && ` · ${levelLabel(lang, r.level)}`}{' '}
                    <span class="tag plain">{resultStatusText(m, r.status)}</span>
                    {(r.status === 'offered' || r.status === 'accepted' || r.status === 'declined') && (
                      <form method="post" action={`/provider/results/${r.id}/revoke`} class="inline">
                        <Csrf token={p.csrf} />
                        <button type="submit" class="link">
                          {m.revokeResult}
                        </button>
                      </form>
                    )}
                  </p>
                ))}
                {!standing && e.status === 'enrolled' && (
                  <form method="post" action={`/provider/enrolments/${e.id}/result`} class="record">
                    <Csrf token={p.csrf} />
                    <input type="hidden" name="offeringId" value={offering.id} />
                    <div class="row">
                      <Select
                        name="outcome"
                        label={m.fieldOutcome}
                        idSuffix={e.id}
                        options={outcomes.map((o) => ({ value: o, label: outcomeLabel(o) }))}
                      />
                      <Field
                        name="level"
                        label={m.fieldLevel}
                        type="number"
                        min="1"
                        max="8"
                        idSuffix={e.id}
                      />
                      {offering.kind === 'competition' && (
                        <>
                          <Field name="rank" label={m.fieldRank} type="number" min="1" idSuffix={e.id} />
                          <Field name="award" label={m.fieldAward} maxlength={50} idSuffix={e.id} />
                        </>
                      )}
                    </div>
                    <Field
                      name="statement"
                      label={m.resultStatementField}
                      maxlength={1000}
                      idSuffix={e.id}
                      error={recordErrors[e.id]}
                    />
                    <button type="submit">{m.recordResult}</button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h2>{m.csvTitle}</h2>
      <p class="muted">{m.csvLead}</p>
      {csv?.imported !== null && csv?.imported !== undefined && (
        <p class="verified" role="status">
          {m.csvImported(csv.imported)}
        </p>
      )}
      {csv && csv.problems.length > 0 && (
        <div class="alert" role="alert" id="csv-problems">
          <p style="margin:0">{m.csvRejected(csv.problems.length)}</p>
          <ul>
            {csv.problems.map((e) => (
              <li>
                {e.path}
                {m.colon}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`/provider/offerings/${offering.id}/results`} enctype="multipart/form-data">
        <Csrf token={p.csrf} />
        <div class="field">
          <label for="f-csv">{m.csvFile}</label>
          <input id="f-csv" type="file" name="file" accept=".csv,text/csv" />
        </div>
        <Field
          name="csv"
          label="CSV"
          multiline
          rows={4}
          hint="enrolmentId,outcome,level,rank,award,statement"
        />
        <button type="submit">{m.csvUpload}</button>
      </form>
    </Layout>
  );
}
