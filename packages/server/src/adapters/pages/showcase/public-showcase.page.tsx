/**
 * The public showcase: what a graduate shares. Name, school and field they chose to show, a skill
 * summary and best fits (both from the shown pieces only, when chosen), attested pieces first and
 * self-reported ones labelled, a QR code of the page, a print layout (a one-page CV), and the
 * hashes, signatures and proofs folded into a "verify" section.
 */
import { type PublicShowcase, type ShownEntry, showcaseSkillSummary } from '@skillbank/core';
import type { OccupationMatch } from '@skillbank/matcher';
import { raw } from 'hono/html';
import { isDemoAccount } from '../../../demo/demo-mark.js';
import { formatTime, kindLabel, levelLabel } from '../i18n.js';
import { OccupationBand } from '../layout/band.js';
import { Layout } from '../layout/layout.js';
import { Meter, SkillsAndSteps } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';

export type ShownShowcase = PublicShowcase & { bestFits: OccupationMatch[] };

/** The script of the print button (CSP: allowed by its hash). */
export const PRINT_SCRIPT =
  "document.querySelectorAll('[data-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})});";

export function PublicShowcasePage({
  p,
  showcase: s,
  slug,
  url,
  qrSvg,
  withCredential,
}: {
  p: PageContext;
  showcase: ShownShowcase | null;
  slug: string;
  /** The page's own address, printed under the QR code. */
  url: string;
  qrSvg: string;
  /** Entries whose Open Badge (in force) can be downloaded from here. */
  withCredential: ReadonlySet<string>;
}) {
  const { m } = p;
  if (!s) {
    return (
      <Layout {...frame(p, m.showcasesTitle)}>
        <h1>{m.showcasesTitle}</h1>
        <p>{m.showcaseGone}</p>
      </Layout>
    );
  }
  const attested = s.entries.filter((e) => e.status === 'attested');
  const selfReported = s.entries.filter((e) => e.status === 'self_reported');
  const allVerified = s.ledger.ok && attested.every((e) => e.verified);
  const skills = s.settings.showSummary ? showcaseSkillSummary(s.entries) : [];
  const about = [s.settings.school, s.settings.field].filter((x): x is string => x !== null);
  return (
    <Layout {...frame(p, m.showcaseBy(s.learner.name))}>
      <article class="showcase">
        <header class="sc-head">
          <div>
            <h1>
              {m.showcaseBy(s.learner.name)}
              {isDemoAccount({ name: s.learner.name, organisation: null }) && (
                <span class="tag demo">{m.demoBadge}</span>
              )}
            </h1>
            {about.length > 0 && <p class="sc-about">{about.join(' · ')}</p>}
            <p class="lead">{s.title}</p>
            {allVerified ? (
              <p class="sc-trust" role="status">
                ✓ {m.scTrustLine(attested.length, selfReported.length)}
              </p>
            ) : (
              <p class="alert" role="alert">
                ✗ {m.publicNotVerified}
              </p>
            )}
          </div>
          <figure class="sc-qr">
            {raw(qrSvg)}
            <figcaption>
              {m.scQrCaption}
              <span class="sc-url">{url}</span>
            </figcaption>
          </figure>
        </header>
        {skills.length > 0 && (
          <section aria-labelledby="sc-skills">
            <h2 id="sc-skills">{m.scSkillsTitle}</h2>
            <ul class="sc-skills">
              {skills.map((k) => (
                <li class={k.attested ? 'attested' : ''}>
                  {k.name}
                  {k.level !== null && <span class="muted"> · {levelLabel(p.lang, k.level)}</span>}
                  {k.attested && <span title={m.statusAttested}> ✓</span>}
                </li>
              ))}
            </ul>
            <p class="hint">{m.scSkillsHint}</p>
          </section>
        )}
        {s.settings.showBestFits && s.bestFits.length > 0 && (
          <section aria-labelledby="sc-fits">
            <h2 id="sc-fits">{m.scBestFitsTitle}</h2>
            <ol class="sc-fits">
              {s.bestFits.map((f) => (
                <li>
                  <a href={`/occupations/${f.code}`}>{f.name}</a>{' '}
                  <Meter value={f.score} label={m.scFitLabel} /> <OccupationBand m={m} band={f.band} />
                </li>
              ))}
            </ol>
            <p class="hint">{m.scBestFitsHint}</p>
          </section>
        )}
        {attested.length > 0 && (
          <section aria-labelledby="sc-attested">
            <h2 id="sc-attested">{m.scAttestedTitle}</h2>
            <ul class="cards sc-entries">
              {attested.map((e) => (
                <Entry p={p} entry={e} />
              ))}
            </ul>
          </section>
        )}
        {selfReported.length > 0 && (
          <section aria-labelledby="sc-self">
            <h2 id="sc-self">{m.scSelfTitle}</h2>
            <p class="hint">{m.scSelfHint}</p>
            <ul class="cards sc-entries">
              {selfReported.map((e) => (
                <Entry p={p} entry={e} />
              ))}
            </ul>
          </section>
        )}
        {s.withdrawn > 0 && <p class="muted">{m.publicWithdrawn(s.withdrawn)}</p>}
        <p class="sc-actions">
          <button type="button" data-print hidden>
            {m.scPrint}
          </button>{' '}
          <span class="hint">{m.scPrintHint}</span>
        </p>
        <details class="sc-verify" id="verify">
          <summary>{m.scVerifyTitle}</summary>
          {allVerified ? (
            <p class="verified">✓ {m.publicVerified(s.ledger.entries)}</p>
          ) : (
            <p class="alert">✗ {m.publicNotVerified}</p>
          )}
          <p class="muted">{m.verifiedAt(formatTime(s.verifiedAt))}</p>
          {s.checkpoint && (
            <p class="muted" data-checkpoint={JSON.stringify(s.checkpoint)}>
              {m.anchoredAt(s.checkpoint.treeSize, formatTime(s.checkpoint.timestamp))}{' '}
              <a href="/api/transparency/checkpoint">checkpoint</a>
            </p>
          )}
          {attested.map(({ evidence: e, attestations, proofs }) => (
            <div class="sc-proof">
              <p style="margin:.25rem 0">
                <strong>{e.title}</strong>
              </p>
              {attestations.map((a) => (
                <p class="muted" style="margin:0">
                  {a.attesterName} · {a.signatureValid ? `✓ ${m.signatureOk}` : `✗ ${m.signatureBad}`}
                </p>
              ))}
              <p class="hash">
                {m.evidenceHashLabel}
                {m.colon}
                {e.hash}
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
            </div>
          ))}
        </details>
      </article>
      <script dangerouslySetInnerHTML={{ __html: PRINT_SCRIPT }} />
    </Layout>
  );
}

function Entry({ p, entry }: { p: PageContext; entry: ShownEntry }) {
  const { m, lang } = p;
  const { evidence: e, attestations, status, verified } = entry;
  return (
    <li data-entry={status}>
      <h3 class="sc-entry-title">
        {e.title}{' '}
        {status === 'self_reported' ? (
          <span class="tag plain">{m.scSelfTag}</span>
        ) : (
          <span class={`tag ${verified ? 'ok' : 'bad'}`}>{verified ? m.statusAttested : m.signatureBad}</span>
        )}
      </h3>
      <p class="muted" style="margin:0">
        {kindLabel(lang, e.kind)} · {e.occurredOn}
        {e.endedOn && e.endedOn !== e.occurredOn ? ` – ${e.endedOn}` : ''}
      </p>
      <p style="white-space:pre-wrap">{e.description}</p>
      <SkillsAndSteps lang={lang} evidence={e} />
      {attestations.map((a) => (
        <p class="sc-attestation">
          {m.attestedBy(a.organisation ? `${a.attesterName} · ${a.organisation}` : a.attesterName)} ·{' '}
          {formatTime(a.signedAt)}
          {a.level !== null && <> · {m.attestedLevel(levelLabel(lang, a.level))}</>}
          {a.statement && <span class="sc-statement">“{a.statement}”</span>}
        </p>
      ))}
    </li>
  );
}
