/** The public verify page: paste or upload a credential, see each check pass or fail. */
import type { CredentialVerification } from '@skillbank/core';
import { Csrf } from '../forms/fields.js';
import { formatTime } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export type VerifyResult =
  | { kind: 'none' }
  | { kind: 'checked'; verification: CredentialVerification }
  | { kind: 'malformed'; reasons: string[] };

/** Dates in a check's params, written as the rest of the site writes times. */
const readable = (params: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, (k === 'from' || k === 'until') && v ? formatTime(v) : v]),
  );

const OUTCOME_CLASS = { passed: 'ok', failed: 'bad', not_checked: 'warn', not_applicable: 'plain' } as const;

export function VerifyPage({ p, result, text }: { p: PageContext; result: VerifyResult; text: string }) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.verifyTitle)}>
      <h1>{m.verifyTitle}</h1>
      <p class="lead">{m.verifyLead}</p>
      {result.kind === 'checked' && <Checks p={p} verification={result.verification} />}
      {result.kind === 'malformed' && (
        <div class="alert" role="alert">
          {m.verifyMalformed}
          <ul>
            {result.reasons.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/verify" enctype="multipart/form-data" class="stack">
        <Csrf token={p.csrf} />
        <label for="f-credential">{m.verifyPaste}</label>
        <textarea
          id="f-credential"
          name="credential"
          rows={10}
          spellcheck={false}
          style="width:100%;font-family:monospace"
        >
          {text}
        </textarea>
        <label for="f-file">{m.verifyUpload}</label>
        <input
          id="f-file"
          type="file"
          name="file"
          accept=".json,.jsonld,.jwt,.txt,application/json,application/vc+ld+json,application/vc+jwt"
        />
        <p>
          <button type="submit">{m.verifyButton}</button>
        </p>
      </form>
    </Layout>
  );
}

function Checks({ p, verification: v }: { p: PageContext; verification: CredentialVerification }) {
  const { m } = p;
  return (
    <section aria-labelledby="verify-result">
      <p id="verify-result" class={v.ok ? 'verified' : 'alert'} role="status">
        {v.ok ? `✓ ${m.verifyAllOk}` : `✗ ${m.verifyNotOk}`}
      </p>
      <p class="muted" style="overflow-wrap:anywhere">
        {m.verifyIssuer(v.issuer.name ? `${v.issuer.name} (${v.issuer.id})` : v.issuer.id)} ·{' '}
        {m.verifyFormat(v.format === 'jwt_vc' ? 'VC-JWT' : 'JSON-LD')}
      </p>
      <div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{m.checkColumn}</th>
              <th scope="col">{m.resultColumn}</th>
              <th scope="col">{m.whatColumn}</th>
            </tr>
          </thead>
          <tbody>
            {v.checks.map((c) => (
              <tr data-check={c.name} data-outcome={c.outcome}>
                <th scope="row">{m.checkNames[c.name]}</th>
                <td>
                  <span class={`tag ${OUTCOME_CLASS[c.outcome]}`}>{m.outcomes[c.outcome]}</span>
                </td>
                <td style="overflow-wrap:anywhere">{m.checkCodes[c.code](readable(c.params))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
