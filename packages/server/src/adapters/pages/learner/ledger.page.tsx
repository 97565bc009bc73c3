/** The ledger: every entry with its status, attestations, and a fresh verification of the chain. */
import type { Evidence, LedgerVerification } from '@skillbank/core';
import { kindLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { frame, type PageContext } from '../page-context.js';
import { StatusTag } from './evidence-bits.js';

export function VerificationNote({ p, verification }: { p: PageContext; verification: LedgerVerification }) {
  const bad = verification.firstBadEntry;
  return bad ? (
    <p class="alert" role="alert">
      {p.m.verifyBad(bad.seq, bad.reason)}
    </p>
  ) : (
    <div class="verified">
      {p.m.ledgerCheckOk}
      <TechDetails lang={p.lang}>{p.m.verifyOk(verification.entries)}</TechDetails>
    </div>
  );
}

export function LedgerPage({
  p,
  evidence,
  verification,
  attesters,
  withCredential,
}: {
  p: PageContext;
  evidence: Evidence[];
  verification: LedgerVerification;
  attesters: ReadonlyMap<string, string>;
  withCredential: ReadonlySet<string>;
}) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, m.ledgerTitle)}>
      <h1>{m.ledgerTitle}</h1>
      <p class="lead">{m.ledgerLead}</p>
      <VerificationNote p={p} verification={verification} />
      {/* The table lists pieces of evidence; the ledger also records attestations, withdrawals and consent. */}
      <p>
        <strong>{m.ledgerCount(evidence.length, verification.entries)}</strong>
        {verification.entries > evidence.length && <span class="muted"> {m.ledgerEntriesNote}</span>}
      </p>
      {withCredential.size > 0 && (
        <p>
          {m.badgeNote}{' '}
          <a href="/me/credentials" download>
            {m.downloadAllBadges}
          </a>
        </p>
      )}
      {evidence.length === 0 ? (
        <p>
          {m.noEvidence} <a href="/me/evidence/new">{m.navEvidenceNew}</a>
        </p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{m.colTitle}</th>
                <th scope="col">{m.colKind}</th>
                <th scope="col">{m.colDate}</th>
                <th scope="col">{m.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {evidence.map((e, i) => (
                <tr>
                  <td>{i + 1}</td>
                  <td>
                    <a href={`/me/evidence/${e.id}`}>{e.title}</a>
                    {e.attestations.map((a) => (
                      <div class="muted">{m.attestedBy(attesters.get(a.attesterId) ?? a.attesterId)}</div>
                    ))}
                    {withCredential.has(e.id) && (
                      <div>
                        <a href={`/me/evidence/${e.id}/credential`} download>
                          {m.downloadBadge}
                        </a>{' '}
                        ·{' '}
                        <a href={`/me/evidence/${e.id}/credential?format=jwt`} download>
                          {m.downloadBadgeJwt}
                        </a>
                      </div>
                    )}
                  </td>
                  <td>{kindLabel(lang, e.kind)}</td>
                  <td>
                    {e.occurredOn}
                    {e.endedOn && e.endedOn !== e.occurredOn ? ` – ${e.endedOn}` : ''}
                  </td>
                  <td>
                    <StatusTag lang={lang} status={e.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
