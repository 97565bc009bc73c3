/** The attester's inbox (employers, advisors): requests to vouch for evidence, and signing them. */
import {
  attestEvidence,
  DomainError,
  decide,
  evidenceSubject,
  getEvidence,
  listAttestationRequests,
  runInTransaction,
} from '@skillbank/core';
import { type Context, Hono } from 'hono';
import { attestationBody } from '../../http/attestations/attestations.schema.js';
import type { AppEnv } from '../../http/env.js';
import { type FieldErrors, formText, readForm, zodFieldErrors } from '../forms/fields.js';
import { gate, type PageContext, pageContext } from '../page-context.js';
import { forbiddenPage, notFoundPage } from '../page-errors.js';
import { InboxPage } from './inbox.page.js';

type C = Context<AppEnv>;
const ATTESTERS = ['employer', 'advisor'] as const;

async function renderInbox(
  c: C,
  p: PageContext,
  attesterId: string,
  status: 200 | 400 | 409 = 200,
  form: {
    requestId: string;
    errors: FieldErrors;
    values: Record<string, string>;
    alert: string | null;
  } | null = null,
) {
  const db = c.var.deps.db;
  const { items } = await listAttestationRequests(db, { attesterId }, { limit: 100, offset: 0 });
  const evidence = new Map();
  for (const r of items.filter((i) => i.status === 'pending'))
    evidence.set(r.evidenceId, await getEvidence(db, r.evidenceId));
  return c.html(<InboxPage p={p} requests={items} evidence={evidence} form={form} />, status);
}

export const inboxPages = new Hono<AppEnv>()
  .get('/inbox', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ATTESTERS, (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    return renderInbox(c, p, g.session.account.id);
  })
  .post('/inbox/:evidenceId/sign', async (c) => {
    const p = await pageContext(c);
    const g = gate(c, p, ATTESTERS, (msg) => forbiddenPage(c, p, msg));
    if (!g.ok) return g.response;
    const { account, token } = g.session;
    const id = c.req.param('evidenceId');
    const db = c.var.deps.db;
    if (decide(account, 'evidence:attest', await evidenceSubject(db, account, id)).effect !== 'allow')
      return notFoundPage(c, p);
    const body = await readForm(c);
    const values = { statement: formText(body, 'statement'), level: formText(body, 'level') };
    const parsed = attestationBody.safeParse({
      ...(values.statement.trim() ? { statement: values.statement } : {}),
      ...(values.level ? { level: Number(values.level) } : {}),
    });
    const requestId = formText(body, 'requestId');
    if (!parsed.success)
      return renderInbox(c, p, account.id, 400, {
        requestId,
        errors: zodFieldErrors(p.lang, parsed.error),
        values,
        alert: null,
      });
    try {
      await runInTransaction(db, (trx) =>
        attestEvidence(trx, id, account, {
          token,
          statement: parsed.data.statement ?? null,
          level: parsed.data.level ?? null,
        }),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'conflict')
        return renderInbox(c, p, account.id, 409, { requestId, errors: {}, values, alert: error.message });
      throw error;
    }
    return c.redirect('/inbox?ok=signedDone', 303);
  });
