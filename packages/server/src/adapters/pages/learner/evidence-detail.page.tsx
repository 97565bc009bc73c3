/** One entry: its content, hashes, attestations, requests; ask someone to attest it, or revoke it. */
import type { Account, AttestationRequestItem, Evidence } from '@skillbank/core';
import { Csrf, ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { formatTime, kindLabel, levelLabel, roleLabel, stepLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { frame, type PageContext } from '../page-context.js';
import { StatusTag } from './evidence-bits.js';

export function EvidenceDetailPage({
  p,
  evidence: e,
  requests,
  attesters,
  names,
  errors,
  values,
  alert,
}: {
  p: PageContext;
  evidence: Evidence;
  requests: AttestationRequestItem[];
  attesters: Account[];
  names: ReadonlyMap<string, string>;
  errors: FieldErrors;
  values: Record<string, string>;
  alert: string | null;
}) {
  const { m, lang } = p;
  const active = e.status === 'attested' || e.status === 'self_reported';
  const asked = new Set(requests.map((r) => r.attesterId));
  const choices = attesters.filter((a) => !asked.has(a.id));
  const reqStatus = { pending: m.reqPending, attested: m.reqAttested, withdrawn: m.reqWithdrawn };
  return (
    <Layout {...frame(p, e.title)}>
      <p>
        <a href="/me/evidence">← {m.navLedger}</a>
      </p>
      <h1>
        {e.title} <StatusTag lang={lang} status={e.status} />
      </h1>
      {alert && (
        <p class="alert" role="alert">
          {alert}
        </p>
      )}
      <p class="muted">
        {kindLabel(lang, e.kind)} · {e.occurredOn}
        {e.endedOn && e.endedOn !== e.occurredOn ? ` – ${e.endedOn}` : ''}
      </p>
      <p style="white-space:pre-wrap">{e.description}</p>
      {e.skills.length > 0 && (
        <>
          <h2>{m.skillsLabel}</h2>
          <ul>
            {e.skills.map((s) => (
              <li>
                {s.name}
                {s.level !== null && ` — ${levelLabel(lang, s.level)}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.steps.length > 0 && (
        <p>
          <strong>
            {m.stepsLabel}
            {m.colon}
          </strong>
          {e.steps.map((s) => stepLabel(lang, s)).join(m.sep)}
        </p>
      )}
      {e.artifacts.length > 0 && (
        <>
          <h2>{m.artifactsLabel}</h2>
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
        </>
      )}
      {e.occupationCodes.length > 0 && (
        <p>
          <strong>
            {m.occupationsLabel}
            {m.colon}
          </strong>
          {e.occupationCodes.map((code, i) => (
            <>
              {i > 0 && m.sep}
              <a href={`/occupations/${code}`}>{code}</a>
            </>
          ))}
        </p>
      )}
      {e.attestations.map((a) => (
        <div class="verified">
          {m.attestedBy(names.get(a.attesterId) ?? a.attesterId)} · {formatTime(a.createdAt)}
          {a.level !== null && <div>{m.attestedLevel(levelLabel(lang, a.level))}</div>}
          {a.statement && <div>“{a.statement}”</div>}
        </div>
      ))}
      <TechDetails lang={lang}>
        <p class="hash">
          {m.evidenceHashLabel}: {e.hash}
          <br />
          {m.entryHash} #{e.entry.seq}: {e.entry.hash}
        </p>
      </TechDetails>
      {requests.length > 0 && (
        <section aria-labelledby="requests">
          <h2 id="requests">{m.requestsTitle}</h2>
          <ul>
            {requests.map((r) => (
              <li>
                {r.attester.name}
                {r.attester.organisation && ` · ${r.attester.organisation}`} — {reqStatus[r.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
      {active && (
        <section aria-labelledby="ask" class="panel">
          <h2 id="ask">{m.askTitle}</h2>
          <p class="hint">{m.askLead}</p>
          <ErrorSummary lang={lang} errors={errors} />
          {choices.length === 0 ? (
            <p>{m.noAttesters}</p>
          ) : (
            <form method="post" action={`/me/evidence/${e.id}/attestation-requests`} class="stack">
              <Csrf token={p.csrf} />
              <Select
                name="attesterId"
                label={m.fieldAttester}
                value={values.attesterId}
                error={errors.attesterId}
                required
                options={[
                  { value: '', label: m.chooseAttester },
                  ...choices.map((a) => ({
                    value: a.id,
                    label: `${a.organisation ? `${a.organisation} · ` : ''}${a.name}（${roleLabel(lang, a.role)}）`,
                  })),
                ]}
              />
              <Field
                name="message"
                label={m.fieldMessage}
                value={values.message}
                error={errors.message}
                maxlength={1000}
                multiline
                rows={3}
              />
              <div>
                <button type="submit">{m.askSubmit}</button>
              </div>
            </form>
          )}
        </section>
      )}
      {active && (
        <section aria-labelledby="revoke" class="panel">
          <h2 id="revoke">{m.revokeTitle}</h2>
          <p class="hint">{m.revokeLead}</p>
          <form method="post" action={`/me/evidence/${e.id}/revoke`} class="stack">
            <Csrf token={p.csrf} />
            <Field
              name="reason"
              label={m.fieldReason}
              value={values.reason}
              error={errors.reason}
              maxlength={1000}
            />
            <div>
              <button type="submit" class="secondary">
                {m.revokeSubmit}
              </button>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
