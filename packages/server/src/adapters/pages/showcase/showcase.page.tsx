/** The graduate's showcases page, and the public showcase page that re-verifies what it shows. */
import { type Evidence, type PublicShowcase, SHOWCASE_LIMITS, type Showcase } from '@skillbank/core';
import { isDemoAccount } from '../../../demo/demo-mark.js';
import { Csrf, ErrorSummary, Field, type FieldErrors, Group } from '../forms/fields.js';
import { formatTime, kindLabel, levelLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { SkillsAndSteps } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';

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
  values: { title?: string; evidenceIds?: string[] };
}) {
  const { m, lang } = p;
  const attested = evidence.filter((e) => e.status === 'attested');
  const picked = new Set(values.evidenceIds ?? []);
  return (
    <Layout {...frame(p, m.showcasesTitle)}>
      <h1>{m.showcasesTitle}</h1>
      <p class="lead">{m.showcasesLead}</p>
      <ErrorSummary lang={lang} errors={errors} />
      {attested.length === 0 ? (
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
            {attested.map((e) => (
              <label class="check">
                <input type="checkbox" name="evidenceIds" value={e.id} checked={picked.has(e.id)} /> {e.title}
                <span class="muted">
                  {' '}
                  · {kindLabel(lang, e.kind)} · {e.occurredOn}
                </span>
              </label>
            ))}
          </Group>
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
            <li>
              <strong>{s.title}</strong> <span class="muted">· {m.entriesCount(s.evidenceIds.length)}</span>
              {s.revokedAt ? (
                <div class="muted">{m.revokedOn(formatTime(s.revokedAt))}</div>
              ) : (
                <div class="actions">
                  <span>
                    {m.showcaseLink}: <a href={`/s/${s.slug}`} class="hash">{`${origin}/s/${s.slug}`}</a>
                  </span>
                  <form method="post" action={`/me/showcases/${s.id}/revoke`} class="inline">
                    <Csrf token={p.csrf} />
                    <button type="submit" class="secondary">
                      {m.revokeLink}
                    </button>
                  </form>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function PublicShowcasePage({
  p,
  showcase: s,
  slug,
  withCredential,
}: {
  p: PageContext;
  showcase: PublicShowcase | null;
  slug: string;
  /** Entries whose Open Badge (in force) can be downloaded from here. */
  withCredential: ReadonlySet<string>;
}) {
  const { m, lang } = p;
  if (!s) {
    return (
      <Layout {...frame(p, m.showcasesTitle)}>
        <h1>{m.showcasesTitle}</h1>
        <p>{m.showcaseGone}</p>
      </Layout>
    );
  }
  const allVerified = s.ledger.ok && s.entries.every((e) => e.verified);
  return (
    <Layout {...frame(p, s.title)}>
      <h1>{s.title}</h1>
      <p class="lead">
        {m.showcaseBy(s.learner.name)}
        {isDemoAccount({ name: s.learner.name, organisation: null }) && (
          <span class="tag demo">{m.demoBadge}</span>
        )}
      </p>
      {allVerified ? (
        <p class="verified" role="status">
          ✓ {m.publicVerified(s.ledger.entries)}
        </p>
      ) : (
        <p class="alert" role="alert">
          ✗ {m.publicNotVerified}
        </p>
      )}
      <p class="muted">{m.verifiedAt(formatTime(s.verifiedAt))}</p>
      {s.checkpoint && (
        <p class="muted" data-checkpoint={JSON.stringify(s.checkpoint)}>
          {m.anchoredAt(s.checkpoint.treeSize, formatTime(s.checkpoint.timestamp))}{' '}
          <a href="/api/transparency/checkpoint">checkpoint</a>
        </p>
      )}
      {s.withdrawn > 0 && <p class="muted">{m.publicWithdrawn(s.withdrawn)}</p>}
      <ul class="cards">
        {s.entries.map(({ evidence: e, attestations, verified, proofs }) => (
          <li>
            <h2 style="margin:.2rem 0;font-size:1.15rem">
              {e.title}{' '}
              <span class={`tag ${verified ? 'ok' : 'bad'}`}>
                {verified ? m.statusAttested : m.signatureBad}
              </span>
            </h2>
            <p class="muted" style="margin:0">
              {kindLabel(lang, e.kind)} · {e.occurredOn}
              {e.endedOn && e.endedOn !== e.occurredOn ? ` – ${e.endedOn}` : ''}
            </p>
            <p style="white-space:pre-wrap">{e.description}</p>
            <SkillsAndSteps lang={lang} evidence={e} />
            {attestations.map((a) => (
              <div class={a.signatureValid ? 'verified' : 'alert'}>
                {m.attestedBy(a.organisation ? `${a.attesterName} · ${a.organisation}` : a.attesterName)} ·{' '}
                {formatTime(a.signedAt)} · {a.signatureValid ? `✓ ${m.signatureOk}` : `✗ ${m.signatureBad}`}
                {a.level !== null && <div>{m.attestedLevel(levelLabel(lang, a.level))}</div>}
                {a.statement && <div>“{a.statement}”</div>}
              </div>
            ))}
            <p class="hash">
              {m.evidenceHashLabel}: {e.hash}
            </p>
            {proofs.map((proof) => (
              <p class="hash">
                <a
                  href={`/api/transparency/proof/inclusion?entry=${proof.entryHash}&treeSize=${s.checkpoint?.treeSize ?? ''}`}
                >
                  {m.inclusionProof(proof.leafIndex)}
                </a>
              </p>
            ))}
            {withCredential.has(e.id) && (
              <p>
                <a href={`/s/${slug}/credentials/${e.id}`} download>
                  {m.downloadBadge}
                </a>{' '}
                ·{' '}
                <a href={`/s/${slug}/credentials/${e.id}?format=jwt`} download>
                  {m.downloadBadgeJwt}
                </a>{' '}
                · <a href="/verify">{m.navVerify}</a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
