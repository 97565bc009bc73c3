/** One entry: its content, hashes, attestations, requests; ask someone to attest it, or revoke it. */
import type { Account, AttestationInvite, AttestationRequestItem, Evidence } from '@skillbank/core';
import { RequestStateTag, RequestThread } from '../attestation/request-thread.js';
import { Csrf, ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { formatTime, kindLabel, levelLabel, stepLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { frame, type PageContext } from '../page-context.js';
import { StatusTag } from './evidence-bits.js';

export function EvidenceDetailPage({
  p,
  evidence: e,
  requests,
  attesters,
  invites,
  origin,
  names,
  errors,
  values,
  alert,
}: {
  p: PageContext;
  evidence: Evidence;
  requests: AttestationRequestItem[];
  attesters: { account: Account; cohortAdvisor: boolean }[];
  invites: AttestationInvite[];
  /** Scheme, host and port the invite links start with. */
  origin: string;
  names: ReadonlyMap<string, string>;
  errors: FieldErrors;
  values: Record<string, string>;
  alert: string | null;
}) {
  const { m, lang } = p;
  const active = e.status === 'attested' || e.status === 'self_reported';
  const asked = new Set(requests.map((r) => r.attesterId));
  const choices = attesters.filter((a) => !asked.has(a.account.id));
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
          {m.evidenceHashLabel}
          {m.colon}
          {e.hash}
          <br />
          {m.entryHash} #{e.entry.seq}: {e.entry.hash}
        </p>
      </TechDetails>
      {requests.length > 0 && (
        <section aria-labelledby="requests">
          <h2 id="requests">{m.requestsTitle}</h2>
          {requests.map((r) => (
            <div class="panel" id={`req-${r.id}`} data-request={r.id}>
              <p style="margin:0">
                <strong>{r.attester.name}</strong>
                {r.attester.organisation && ` · ${r.attester.organisation}`}{' '}
                <RequestStateTag p={p} state={r.status} />
              </p>
              <RequestThread p={p} request={r} side="learner" />
              {r.status === 'info_requested' && (
                <form method="post" action={`/me/attestation-requests/${r.id}/answer`} class="stack">
                  <Csrf token={p.csrf} />
                  <p class="hint">{m.attAnswerLead}</p>
                  {values.requestId === r.id && <ErrorSummary lang={lang} errors={errors} />}
                  <Field
                    name="text"
                    idSuffix={r.id}
                    label={m.attFieldAnswer}
                    value={values.requestId === r.id ? values.text : undefined}
                    error={values.requestId === r.id ? errors.text : undefined}
                    required
                    maxlength={4000}
                    multiline
                    rows={4}
                  />
                  <Field
                    name="attachments"
                    idSuffix={r.id}
                    label={m.attFieldAttachments}
                    value={values.requestId === r.id ? values.attachments : undefined}
                    error={values.requestId === r.id ? errors.attachments : undefined}
                    multiline
                    rows={2}
                  />
                  <div>
                    <button type="submit">{m.attAnswerSubmit}</button>
                  </div>
                </form>
              )}
            </div>
          ))}
        </section>
      )}
      {active && (
        <section aria-labelledby="ask" class="panel">
          <h2 id="ask">{m.askTitle}</h2>
          <p class="hint">{m.askLead}</p>
          {!values.requestId && !values.invite && <ErrorSummary lang={lang} errors={errors} />}
          {choices.length === 0 ? (
            <p>{m.attNoChoices}</p>
          ) : (
            <form method="post" action={`/me/evidence/${e.id}/attestation-requests`} class="stack">
              <Csrf token={p.csrf} />
              <p class="hint">{m.attChooseLead}</p>
              <Select
                name="attesterId"
                label={m.fieldAttester}
                value={values.attesterId}
                error={errors.attesterId}
                required
                options={[
                  { value: '', label: m.chooseAttester },
                  ...choices.map(({ account: a, cohortAdvisor }) => ({
                    value: a.id,
                    label: `${a.organisation ? `${a.organisation} · ` : ''}${a.name}${m.parens(
                      cohortAdvisor ? m.attCohortAdvisor : m.attEarlier,
                    )}`,
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
          <h3 id="invite">{m.attInviteTitle}</h3>
          <p class="hint">{m.attInviteLead}</p>
          {values.invite && <ErrorSummary lang={lang} errors={errors} />}
          <form method="post" action={`/me/evidence/${e.id}/attestation-invites`} class="stack">
            <Csrf token={p.csrf} />
            <Field
              name="message"
              idSuffix="invite"
              label={m.attFieldInviteMessage}
              value={values.invite ? values.message : undefined}
              error={values.invite ? errors.message : undefined}
              maxlength={1000}
              multiline
              rows={2}
            />
            <div>
              <button type="submit" class="secondary">
                {m.attInviteSubmit}
              </button>
            </div>
          </form>
        </section>
      )}
      {invites.length > 0 && (
        <section aria-labelledby="invites">
          <h2 id="invites">{m.attInvitesTitle}</h2>
          <ul class="invites">
            {invites.map((i) => (
              <li data-invite={i.status}>
                {i.status === 'open' ? (
                  <>
                    <label class="muted" for={`invite-${i.id}`}>
                      {m.attInviteOpen(formatTime(i.expiresAt))}
                    </label>
                    <input
                      id={`invite-${i.id}`}
                      class="invite-link"
                      type="text"
                      readonly
                      value={`${origin}/attest/${i.code}`}
                    />
                    <span class="muted">
                      {m.attFieldCode}
                      {m.colon}
                      <code>{i.code}</code>
                    </span>
                  </>
                ) : (
                  <span class="muted">
                    <code>{i.code}</code> · {i.status === 'used' ? m.attInviteUsed : m.attInviteExpired}
                  </span>
                )}
              </li>
            ))}
          </ul>
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
