/**
 * Keeping the access key: the key page after sign-up survives a refresh and downloads as a file;
 * a signed-in account makes a new key (the old one and its sessions stop working, the signing key
 * is re-sealed) or a new recovery code; a recovery code gets a new key. On every dialect.
 */
import { attestationMessage, verifyText } from '@skillbank/core';
import { testDatabases } from '@skillbank/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askToAttest, attest, bearer, deposit, signUp } from './skills-account.fixtures.js';
import { openTestApp, readJson, type TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

describe.each(testDatabases())('access key pages ($name)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(() => t.destroy());

  const me = (token: string) => t.app.request('/api/me', bearer(token));

  /** An attestation made through the API with `token` verifies against the account's published key. */
  async function attestsWith(attesterId: string, token: string, publicKey: string) {
    const learner = await signUp(t.app, 'learner', '学生');
    const piece = await deposit(t.app, learner);
    const attester = { id: attesterId, token, role: 'employer' as const, publicKey };
    await askToAttest(t.app, learner, piece.id, attester);
    const signed = await attest(t.app, attester, piece.id, { statement: '属实', level: 3 });
    const message = attestationMessage({
      id: signed.id,
      evidenceId: piece.id,
      evidenceHash: piece.hash,
      learnerId: learner.id,
      attesterId,
      statement: signed.statement,
      level: 3,
      signedAt: signed.createdAt,
    });
    return verifyText(publicKey, message, signed.signature);
  }

  it('shows the new key and recovery code again on refresh, and as a downloaded file', async () => {
    const web = new WebClient(t.app);
    const { key, recovery } = await web.signUpWithRecovery('learner', '周一');
    expect(recovery).toMatch(/^([A-Z2-9]{5}-){4}[A-Z2-9]{5}$/);
    const again = await web.shownKey('/account/key?new=signup');
    expect(again.key).toBe(key);
    expect(again.recovery).toBe(recovery);
    expect(again.html).not.toContain('表单已过期');
    const file = await web.get('/account/key.txt');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="skillbank-access-key.txt"/,
    );
    expect(file.headers.get('cache-control')).toBe('no-store');
    const text = await file.text();
    expect(text).toContain(key);
    expect(text).toContain(recovery);
    expect((await me(key)).status).toBe(200);
  });

  it('once the few minutes are over, says so and offers a new key instead of showing nothing', async () => {
    const web = new WebClient(t.app);
    const key = await web.signUp('learner', '吴二');
    await t.handle.db.updateTable('web_sessions').set({ reveal_until: '2000-01-01T00:00:00.000Z' }).execute();
    const html = await (await web.get('/account/key')).text();
    expect(html).not.toContain(key);
    expect(html).toContain('现在已不再显示');
    expect(html).toContain('生成新密钥');
    expect((await web.get('/account/key.txt')).status).toBe(303);
    const signedOut = await new WebClient(t.app).get('/account/key');
    expect(signedOut.status).toBe(200);
    expect(await signedOut.text()).toContain('用恢复码找回账户');
  });

  it('makes a new key while signed in: the old key and its other sessions stop, the signing key carries over', async () => {
    const web = new WebClient(t.app);
    const old = await web.signUp('employer', '郑经理', '某公司');
    const elsewhere = new WebClient(t.app);
    expect((await elsewhere.post('/sign-in', { key: old }, { csrfFrom: '/sign-in' })).status).toBe(303);
    const account = await readJson(await me(old));
    expect(await (await web.get('/account')).text()).toContain('生成新密钥');
    const made = await web.post('/account/key', {}, { csrfFrom: '/account' });
    expect(made.status).toBe(303);
    expect(made.headers.get('location')).toBe('/account/key?new=new');
    const shown = await web.shownKey('/account/key?new=new');
    expect(shown.key).not.toBe(old);
    expect(shown.html).toContain('这是你的新访问密钥');
    expect(shown.html).toContain('旧密钥已失效');
    expect((await me(old)).status).toBe(401);
    expect((await me(shown.key)).status).toBe(200);
    expect((await web.get('/roles')).status).toBe(200);
    const other = await elsewhere.get('/roles');
    expect(other.status).toBe(303);
    expect(other.headers.get('location')).toMatch(/^\/sign-in/);
    const published = await readJson(await t.app.request(`/api/accounts/${account.id}/public-key`));
    expect(published.publicKey).toBe(account.publicKey);
    expect(await attestsWith(account.id, shown.key, account.publicKey)).toBe(true);
  });

  it('recovers with the recovery code (typed loosely): a new key and code, the old ones stop, the signing key carries over', async () => {
    const web = new WebClient(t.app);
    const { key: old, recovery } = await web.signUpWithRecovery('employer', '冯主管', '某工厂');
    const account = await readJson(await me(old));
    const lost = new WebClient(t.app);
    const bad = await lost.post(
      '/recover',
      { code: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' },
      { csrfFrom: '/recover' },
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('这个恢复码无效或已经用过');
    const typed = ` ${recovery.toLowerCase().replaceAll('-', ' ')} `;
    const res = await lost.post('/recover', { code: typed }, { csrfFrom: '/recover' });
    expect(res.status).toBe(303);
    const shown = await lost.shownKey(res.headers.get('location') ?? '');
    expect(shown.key).not.toBe(old);
    expect(shown.recovery).not.toBeNull();
    expect(shown.recovery).not.toBe(recovery);
    expect((await me(old)).status).toBe(401);
    expect((await me(shown.key)).status).toBe(200);
    expect((await web.get('/roles')).status).toBe(303);
    const reused = await new WebClient(t.app).post('/recover', { code: recovery }, { csrfFrom: '/recover' });
    expect(reused.status).toBe(400);
    expect(await attestsWith(account.id, shown.key, account.publicKey)).toBe(true);
  });

  it('makes a new recovery code while signed in; only the newest one works', async () => {
    const web = new WebClient(t.app);
    const { recovery: first } = await web.signUpWithRecovery('advisor', '陈老师', '某学院');
    const res = await web.post('/account/recovery-code', {}, { csrfFrom: '/account' });
    expect(res.status).toBe(303);
    const html = await (await web.get(res.headers.get('location') ?? '')).text();
    expect(html).toContain('这是你的新恢复码');
    const second = html.match(/id="recovery-code"[^>]*>\s*([A-Z0-9-]{29})/)?.[1];
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const lost = new WebClient(t.app);
    expect((await lost.post('/recover', { code: first }, { csrfFrom: '/recover' })).status).toBe(400);
    expect((await lost.post('/recover', { code: second ?? '' }, { csrfFrom: '/recover' })).status).toBe(303);
  });
});
