/** The page an invite link opens: who asks about what, and a button to accept (employers, advisors). */
import { Csrf } from '../forms/fields.js';
import { formatTime } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function InvitePage({
  p,
  code,
  preview,
  problem,
}: {
  p: PageContext;
  code: string;
  preview: { learnerName: string; evidenceTitle: string; expiresAt: string } | null;
  /** Why it cannot be accepted (used, expired, unknown; not an attester account). */
  problem: string | null;
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.attPageTitle)}>
      <h1>{m.attPageTitle}</h1>
      {problem ? (
        <p class="alert" role="alert">
          {problem}
        </p>
      ) : (
        preview && (
          <section class="panel">
            <p>
              <strong>{m.attPageAsks(preview.learnerName, preview.evidenceTitle)}</strong>
            </p>
            <p class="muted">{m.attInviteOpen(formatTime(preview.expiresAt))}</p>
            <form method="post" action={`/attest/${encodeURIComponent(code)}`}>
              <Csrf token={p.csrf} />
              <button type="submit">{m.attPageAccept}</button>
            </form>
          </section>
        )
      )}
      <p>
        <a href="/inbox">{m.inboxTitle}</a>
      </p>
    </Layout>
  );
}
