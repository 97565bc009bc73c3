/** The attester's inbox: pending requests with the evidence to judge and a signing form; past ones. */
import { type AttestationRequestItem, type Evidence, SKILL_LEVELS } from '@skillbank/core';
import { Csrf, ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { formatTime, kindLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { SkillsAndSteps } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';

export function InboxPage({
  p,
  requests,
  evidence,
  form,
}: {
  p: PageContext;
  requests: AttestationRequestItem[];
  evidence: ReadonlyMap<string, Evidence | null>;
  form: {
    requestId: string;
    errors: FieldErrors;
    values: Record<string, string>;
    alert: string | null;
  } | null;
}) {
  const { m, lang } = p;
  const pending = requests.filter((r) => r.status === 'pending');
  const done = requests.filter((r) => r.status !== 'pending');
  const reqStatus = { pending: m.reqPending, attested: m.reqAttested, withdrawn: m.reqWithdrawn };
  const levels = [
    { value: '', label: m.levelNone },
    ...SKILL_LEVELS.map((l) => ({ value: String(l.level), label: `${l.level} ${l[lang]}` })),
  ];
  return (
    <Layout {...frame(p, m.inboxTitle)}>
      <h1>{m.inboxTitle}</h1>
      <p class="lead">{m.inboxLead}</p>
      {requests.length === 0 && <p>{m.noRequests}</p>}
      {pending.map((r) => {
        const e = evidence.get(r.evidenceId);
        const mine = form?.requestId === r.id ? form : null;
        return (
          <section class="panel" aria-labelledby={`req-${r.id}`}>
            <h2 id={`req-${r.id}`} style="margin-top:0">
              {r.evidence.title}
            </h2>
            <p class="muted">
              {m.fromLearner(r.learner.name)} · {kindLabel(lang, r.evidence.kind)} · {r.evidence.occurredOn} ·{' '}
              {formatTime(r.createdAt)}
            </p>
            {r.message && <p>“{r.message}”</p>}
            {e && (
              <>
                <p style="white-space:pre-wrap">{e.description}</p>
                <SkillsAndSteps lang={lang} evidence={e} />
                <p class="hash">
                  {m.evidenceHashLabel}: {e.hash}
                </p>
              </>
            )}
            {mine?.alert && (
              <p class="alert" role="alert">
                {mine.alert}
              </p>
            )}
            {mine && <ErrorSummary lang={lang} errors={mine.errors} />}
            <form method="post" action={`/inbox/${r.evidenceId}/sign`} class="stack">
              <Csrf token={p.csrf} />
              <input type="hidden" name="requestId" value={r.id} />
              <Field
                name="statement"
                idSuffix={r.id}
                label={m.fieldStatement}
                value={mine?.values.statement}
                error={mine?.errors.statement}
                maxlength={2000}
                multiline
                rows={3}
              />
              <Select
                name="level"
                idSuffix={r.id}
                label={m.fieldLevelJudged}
                value={mine?.values.level}
                error={mine?.errors.level}
                options={levels}
              />
              <div>
                <button type="submit">{m.signSubmit}</button>
              </div>
            </form>
          </section>
        );
      })}
      {done.length > 0 && (
        <>
          <h2>{m.requestsTitle}</h2>
          <ul>
            {done.map((r) => (
              <li>
                {r.evidence.title || r.evidenceId} — {m.fromLearner(r.learner.name)} — {reqStatus[r.status]}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
