/**
 * The attester's inbox: an invite code to accept; requests waiting for them (the piece to judge,
 * the thread, and three answers: sign, ask for more, decline); requests waiting for the graduate's
 * answer; and the decided ones.
 */
import { type AttestationRequestItem, type Evidence, SKILL_LEVELS } from '@skillbank/core';
import { RequestStateTag, RequestThread } from '../attestation/request-thread.js';
import { Csrf, ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { formatTime, kindLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { SkillsAndSteps } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';

/** A form of the page sent back with problems: which request and which of its forms. */
export interface InboxForm {
  requestId: string;
  form: 'sign' | 'ask' | 'decline' | 'claim';
  errors: FieldErrors;
  values: Record<string, string>;
  alert: string | null;
}

export function InboxPage({
  p,
  requests,
  evidence,
  form,
}: {
  p: PageContext;
  requests: AttestationRequestItem[];
  evidence: ReadonlyMap<string, Evidence | null>;
  form: InboxForm | null;
}) {
  const { m, lang } = p;
  const forYou = requests.filter((r) => r.awaiting === 'attester');
  const forLearner = requests.filter((r) => r.awaiting === 'learner');
  const done = requests.filter((r) => r.awaiting === null);
  const claim = form?.form === 'claim' ? form : null;
  return (
    <Layout {...frame(p, m.inboxTitle)}>
      <h1>{m.inboxTitle}</h1>
      <p class="lead">{m.inboxLead}</p>
      <details class="panel" open={claim !== null || requests.length === 0}>
        <summary>{m.attClaimTitle}</summary>
        <p class="hint">{m.attClaimLead}</p>
        {claim && <ErrorSummary lang={lang} errors={claim.errors} />}
        <form method="post" action="/inbox/claim" class="stack">
          <Csrf token={p.csrf} />
          <Field
            name="code"
            label={m.attFieldCode}
            value={claim?.values.code}
            error={claim?.errors.code}
            required
            maxlength={40}
            autocomplete="off"
          />
          <div>
            <button type="submit">{m.attClaimSubmit}</button>
          </div>
        </form>
      </details>
      {requests.length === 0 && <p>{m.noRequests}</p>}
      {forYou.length > 0 && <h2>{m.attWaitingForYou}</h2>}
      {forYou.map((r) => (
        <PendingRequest
          p={p}
          r={r}
          e={evidence.get(r.evidenceId) ?? null}
          form={form?.requestId === r.id ? form : null}
        />
      ))}
      {forLearner.length > 0 && <h2>{m.attWaitingForLearner}</h2>}
      {forLearner.map((r) => (
        <section class="panel" id={`req-${r.id}`} data-request={r.id}>
          <h3 style="margin-top:0">
            {r.evidence.title} <RequestStateTag p={p} state={r.status} />
          </h3>
          <p class="muted">{m.fromLearner(r.learner.name)}</p>
          <RequestThread p={p} request={r} side="attester" />
        </section>
      ))}
      {done.length > 0 && (
        <>
          <h2>{m.attDoneTitle}</h2>
          <ul class="done-requests">
            {done.map((r) => (
              <li id={`req-${r.id}`} data-request={r.id}>
                {r.evidence.title || r.evidenceId} — {m.fromLearner(r.learner.name)}{' '}
                <RequestStateTag p={p} state={r.status} />
                {r.status === 'declined' && <RequestThread p={p} request={r} side="attester" />}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

function PendingRequest({
  p,
  r,
  e,
  form,
}: {
  p: PageContext;
  r: AttestationRequestItem;
  e: Evidence | null;
  form: InboxForm | null;
}) {
  const { m, lang } = p;
  const levels = [
    { value: '', label: m.levelNone },
    ...SKILL_LEVELS.map((l) => ({ value: String(l.level), label: `${l.level} ${l[lang]}` })),
  ];
  const mine = (which: InboxForm['form']) => (form?.form === which ? form : null);
  const sign = mine('sign');
  const ask = mine('ask');
  const decline = mine('decline');
  return (
    <section class="panel" aria-labelledby={`req-${r.id}`} data-request={r.id}>
      <h3 id={`req-${r.id}`} style="margin-top:0">
        {r.evidence.title} <RequestStateTag p={p} state={r.status} />
      </h3>
      <p class="muted">
        {m.fromLearner(r.learner.name)} · {kindLabel(lang, r.evidence.kind)} · {r.evidence.occurredOn} ·{' '}
        {formatTime(r.createdAt)}
      </p>
      {e && (
        <>
          <p style="white-space:pre-wrap">{e.description}</p>
          <SkillsAndSteps lang={lang} evidence={e} />
          {e.artifacts.length > 0 && (
            <ul>
              {e.artifacts.map((a) => (
                <li>
                  {a.url ? (
                    <a href={a.url} rel="nofollow noopener">
                      {a.name ?? a.url}
                    </a>
                  ) : (
                    a.name
                  )}
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>{m.evidenceHashLabel}</summary>
            <p class="hash">{e.hash}</p>
          </details>
        </>
      )}
      <RequestThread p={p} request={r} side="attester" />
      {form?.alert && (
        <p class="alert" role="alert">
          {form.alert}
        </p>
      )}
      <h4>{m.attSignTitle}</h4>
      {sign && <ErrorSummary lang={lang} errors={sign.errors} />}
      <form method="post" action={`/inbox/${r.evidenceId}/sign`} class="stack">
        <Csrf token={p.csrf} />
        <input type="hidden" name="requestId" value={r.id} />
        <Field
          name="statement"
          idSuffix={r.id}
          label={m.fieldStatement}
          value={sign?.values.statement}
          error={sign?.errors.statement}
          maxlength={2000}
          multiline
          rows={3}
        />
        <Select
          name="level"
          idSuffix={r.id}
          label={m.fieldLevelJudged}
          value={sign?.values.level}
          error={sign?.errors.level}
          options={levels}
        />
        <div>
          <button type="submit">{m.signSubmit}</button>
        </div>
      </form>
      <ReplyForm
        p={p}
        r={r}
        action="ask"
        field="question"
        state={ask}
        summary={m.attAsk}
        lead={m.attAskLead}
        label={m.attFieldQuestion}
        submit={m.attAskSubmit}
      />
      <ReplyForm
        p={p}
        r={r}
        action="decline"
        field="reason"
        state={decline}
        summary={m.attDecline}
        lead={m.attDeclineLead}
        label={m.attFieldReason}
        submit={m.attDeclineSubmit}
      />
    </section>
  );
}

/** A reply in one text field, folded until used: ask the graduate for more, or decline. */
function ReplyForm({
  p,
  r,
  action,
  field,
  state,
  summary,
  lead,
  label,
  submit,
}: {
  p: PageContext;
  r: AttestationRequestItem;
  action: 'ask' | 'decline';
  field: string;
  /** The form sent back with problems, or null. */
  state: InboxForm | null;
  summary: string;
  lead: string;
  label: string;
  submit: string;
}) {
  return (
    <details open={state !== null}>
      <summary>{summary}</summary>
      <p class="hint">{lead}</p>
      {state && <ErrorSummary lang={p.lang} errors={state.errors} />}
      <form method="post" action={`/inbox/requests/${r.id}/${action}`} class="stack">
        <Csrf token={p.csrf} />
        <Field
          name={field}
          idSuffix={r.id}
          label={label}
          value={state?.values[field]}
          error={state?.errors[field]}
          required
          maxlength={2000}
          multiline
          rows={3}
        />
        <div>
          <button type="submit" class="secondary">
            {submit}
          </button>
        </div>
      </form>
    </details>
  );
}
