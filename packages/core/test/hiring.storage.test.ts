/**
 * The hiring loop in storage on every dialect: role lifecycle and details, interests and
 * withdrawals (ledger entries that verify), candidate states, conversations and inboxes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowEmployerAgain,
  closeRole,
  createAccount,
  createRole,
  type DatabaseHandle,
  decide,
  deleteRole,
  editRole,
  expressInterest,
  getCandidateStates,
  getConversation,
  getProfile,
  getRole,
  hasStandingInterest,
  isEmployerExcluded,
  learnerSubject,
  listActiveInterestLearnerIds,
  listCandidateStatesOfLearner,
  listDisclosures,
  listExclusions,
  listInbox,
  listInterests,
  listLearnerIdsInState,
  listMessages,
  listOpenRoles,
  loadLedger,
  markConversationRead,
  publishedRolesStamp,
  publishRole,
  recordDisclosures,
  roleSubject,
  runInTransaction,
  sendMessage,
  setCandidateState,
  setConsent,
  verifyStoredLedger,
  withdrawFromEmployer,
  withdrawInterest,
} from '../src/index.js';
import { testDatabases } from '../src/testing/index.js';

const NOW = new Date('2026-11-30T02:00:00Z'); // 10:00 in China
const now = () => NOW;

describe.each(testDatabases())('hiring storage on $name', (database) => {
  let handle: DatabaseHandle;
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(handle.db, work);
  const newAccount = async (role: 'learner' | 'employer', name: string = role) =>
    (await tx((trx) => createAccount(trx, { role, name }))).account;
  const newRole = async (employerId: string, extra: Record<string, unknown> = {}) =>
    tx((trx) =>
      createRole(
        trx,
        { title: '光伏运维', requirements: [{ text: '巡检光伏电站', essential: true }], ...extra },
        { employerId, taxonomyId: 'cn2022', now },
      ),
    );
  const published = async (employerId: string, extra: Record<string, unknown> = {}) => {
    const role = await newRole(employerId, extra);
    return tx((trx) => publishRole(trx, role.id, { now }));
  };

  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.destroy());

  it('takes a role from draft to published to closed, with its details', async () => {
    const employer = await newAccount('employer');
    const draft = await newRole(employer.id, {
      city: '苏州',
      mode: 'internship',
      salaryBand: { minYuan: 4000, maxYuan: 6000, period: 'month' },
      closesOn: '2026-12-31',
    });
    expect(draft).toMatchObject({
      status: 'draft',
      city: '苏州',
      mode: 'internship',
      salaryBand: { minYuan: 4000, maxYuan: 6000, period: 'month' },
      closesOn: '2026-12-31',
      publishedAt: null,
    });
    const edited = await tx((trx) =>
      editRole(trx, draft.id, { title: '  光伏运维实习生 ', salaryBand: null, city: null }, { now }),
    );
    expect(edited).toMatchObject({
      title: '光伏运维实习生',
      salaryBand: null,
      city: null,
      mode: 'internship',
    });
    expect(await getRole(handle.db, draft.id)).toEqual(edited);

    const stamp = await publishedRolesStamp(handle.db);
    const live = await tx((trx) => publishRole(trx, draft.id, { now }));
    expect(live).toMatchObject({ status: 'published', publishedAt: NOW.toISOString() });
    expect(await publishedRolesStamp(handle.db)).not.toBe(stamp);
    expect(await tx((trx) => publishRole(trx, draft.id, { now }))).toEqual(live);
    expect((await listOpenRoles(handle.db, { now })).map((r) => r.id)).toContain(draft.id);
    // After its closing date (China time) it is no longer open, though still published.
    const later = () => new Date('2026-12-31T16:00:00Z'); // 2027-01-01 00:00 in China
    expect((await listOpenRoles(handle.db, { now: later })).map((r) => r.id)).not.toContain(draft.id);

    await expect(tx((trx) => deleteRole(trx, draft.id))).rejects.toMatchObject({ kind: 'conflict' });
    const closed = await tx((trx) => closeRole(trx, draft.id, { now }));
    expect(closed.status).toBe('closed');
    expect((await listOpenRoles(handle.db, { now })).map((r) => r.id)).not.toContain(draft.id);
    await expect(tx((trx) => editRole(trx, draft.id, { title: 'x' }))).rejects.toMatchObject({
      kind: 'conflict',
    });
    await expect(tx((trx) => publishRole(trx, draft.id))).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('refuses a closing date in the past, naming the field', async () => {
    const employer = await newAccount('employer');
    await expect(newRole(employer.id, { closesOn: '2026-11-29' })).rejects.toMatchObject({
      kind: 'invalid',
      problems: [{ path: 'closesOn', code: 'closing_date_past', params: { today: '2026-11-30' } }],
    });
    const role = await newRole(employer.id, { closesOn: '2026-11-30' }); // today in China
    await expect(
      tx((trx) => editRole(trx, role.id, { closesOn: '2026-01-01' }, { now })),
    ).rejects.toMatchObject({ problems: [{ path: 'closesOn' }] });
    await expect(
      tx((trx) => publishRole(trx, role.id, { now: () => new Date('2026-12-01T00:00:00Z') })),
    ).rejects.toMatchObject({ kind: 'invalid', problems: [{ path: 'closesOn' }] });
    await expect(tx((trx) => closeRole(trx, role.id))).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('deletes a draft for everyone but keeps the disclosure record’s title', async () => {
    const employer = await newAccount('employer', '公司');
    const learner = await newAccount('learner');
    const role = await newRole(employer.id);
    await recordDisclosures(handle.db, {
      roleId: role.id,
      employerId: employer.id,
      shown: [{ learnerId: learner.id, rank: 1, score: 0.5 }],
    });
    await tx((trx) => deleteRole(trx, role.id));
    expect(await getRole(handle.db, role.id)).toBeNull();
    expect((await roleSubject(handle.db, role.id)).ownerId).toBeNull();
    const { items } = await listDisclosures(handle.db, learner.id, { limit: 5, offset: 0 });
    expect(items[0]?.role).toEqual({ id: role.id, title: '光伏运维' });
  });

  it('records interest and its withdrawal in the ledger, which still verifies', async () => {
    const employer = await newAccount('employer', '某光伏公司');
    const learner = await newAccount('learner', '李四');
    const draft = await newRole(employer.id);
    await expect(tx((trx) => expressInterest(trx, learner.id, draft.id, { now }))).rejects.toMatchObject({
      kind: 'not_found',
    });
    const role = await published(employer.id);
    const first = await tx((trx) => expressInterest(trx, learner.id, role.id, { now }));
    expect(first).toMatchObject({
      created: true,
      interest: {
        roleId: role.id,
        roleTitle: '光伏运维',
        employer: { id: employer.id, name: '某光伏公司' },
        active: true,
        withdrawnAt: null,
      },
    });
    expect((await tx((trx) => expressInterest(trx, learner.id, role.id, { now }))).created).toBe(false);
    expect(await hasStandingInterest(handle.db, role.id, learner.id)).toBe(true);
    expect(await listActiveInterestLearnerIds(handle.db, role.id)).toEqual([learner.id]);

    expect(await tx((trx) => withdrawInterest(trx, learner.id, role.id, { now }))).toBe(true);
    expect(await tx((trx) => withdrawInterest(trx, learner.id, role.id, { now }))).toBe(false);
    expect(await hasStandingInterest(handle.db, role.id, learner.id)).toBe(false);
    expect((await listInterests(handle.db, learner.id))[0]).toMatchObject({
      active: false,
      withdrawnAt: NOW.toISOString(),
    });
    const { entries } = await loadLedger(handle.db, learner.id);
    expect(entries.map((e) => [e.type, e.payload])).toEqual([
      ['interest', { roleId: role.id, employerId: employer.id, interested: true }],
      ['interest', { roleId: role.id, employerId: employer.id, interested: false }],
    ]);
    expect((await verifyStoredLedger(handle.db, learner.id)).ok).toBe(true);
    // Consent entries do not date the profile: it is about evidence.
    expect((await getProfile(handle.db, learner.id)).updatedAt).toBeNull();

    const closed = await published(employer.id);
    await tx((trx) => closeRole(trx, closed.id));
    await expect(tx((trx) => expressInterest(trx, learner.id, closed.id))).rejects.toMatchObject({
      kind: 'conflict',
    });
  });

  it('withdraws from an employer: every interest in its roles and its general view, at once', async () => {
    const employer = await newAccount('employer');
    const other = await newAccount('employer');
    const learner = await newAccount('learner');
    await tx((trx) => setConsent(trx, learner.id, { discoverableByEmployers: true }));
    const [a, b] = [await published(employer.id), await published(employer.id)];
    const elsewhere = await published(other.id);
    for (const role of [a, b, elsewhere])
      await tx((trx) => expressInterest(trx, learner.id, role.id, { now }));

    const employerActor = { id: employer.id, role: 'employer' as const };
    const before = await learnerSubject(handle.db, employerActor, learner.id, { roleId: a.id });
    expect(before).toMatchObject({ roleInterest: true, employerExcluded: false });
    expect(decide(employerActor, 'evidence:list', before).effect).toBe('allow');

    const { withdrawnRoleIds } = await tx((trx) =>
      withdrawFromEmployer(trx, learner.id, employer.id, { now }),
    );
    expect(withdrawnRoleIds.sort()).toEqual([a.id, b.id].sort());
    const after = await learnerSubject(handle.db, employerActor, learner.id, { roleId: a.id });
    expect(after).toMatchObject({ roleInterest: false, employerExcluded: true });
    for (const action of ['evidence:list', 'candidate:view', 'conversation:read'] as const)
      expect(decide(employerActor, action, after).effect).toBe('hide');
    expect(await hasStandingInterest(handle.db, elsewhere.id, learner.id)).toBe(true);
    expect(await isEmployerExcluded(handle.db, learner.id, other.id)).toBe(false);
    expect(await listExclusions(handle.db, learner.id)).toEqual([
      { employer: { id: employer.id, name: 'employer', organisation: null }, excludedAt: NOW.toISOString() },
    ]);
    // Another role of the same employer can still be chosen, and counts for that role only.
    await tx((trx) => expressInterest(trx, learner.id, b.id, { now }));
    const forB = await learnerSubject(handle.db, employerActor, learner.id, { roleId: b.id });
    expect(decide(employerActor, 'candidate:view', forB).effect).toBe('allow');
    expect(decide(employerActor, 'evidence:list', forB).effect).toBe('hide');

    expect(await tx((trx) => allowEmployerAgain(trx, learner.id, employer.id, { now }))).toBe(true);
    expect(await tx((trx) => allowEmployerAgain(trx, learner.id, employer.id, { now }))).toBe(false);
    expect(await isEmployerExcluded(handle.db, learner.id, employer.id)).toBe(false);
    const types = (await loadLedger(handle.db, learner.id)).entries.map((e) => e.type);
    expect(types.filter((t) => t === 'exclusion')).toHaveLength(2);
    expect((await verifyStoredLedger(handle.db, learner.id)).ok).toBe(true);
    await expect(tx((trx) => withdrawFromEmployer(trx, learner.id, learner.id))).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('keeps candidate states per role; invitations only to open roles', async () => {
    const employer = await newAccount('employer');
    const [x, y] = [await newAccount('learner'), await newAccount('learner')];
    const role = await published(employer.id);
    await tx((trx) =>
      setCandidateState(trx, { roleId: role.id, learnerId: x.id, state: 'shortlisted' }, { now }),
    );
    await tx((trx) =>
      setCandidateState(trx, { roleId: role.id, learnerId: y.id, state: 'invited' }, { now }),
    );
    await tx((trx) =>
      setCandidateState(trx, { roleId: role.id, learnerId: x.id, state: 'rejected' }, { now }),
    );
    const states = await getCandidateStates(handle.db, role.id, [x.id, y.id]);
    expect(states.get(x.id)?.state).toBe('rejected');
    expect(await listLearnerIdsInState(handle.db, role.id, 'invited')).toEqual([y.id]);
    expect(await listCandidateStatesOfLearner(handle.db, y.id)).toEqual([
      { roleId: role.id, learnerId: y.id, state: 'invited', updatedAt: NOW.toISOString() },
    ]);
    const draft = await newRole(employer.id);
    await expect(
      tx((trx) => setCandidateState(trx, { roleId: draft.id, learnerId: x.id, state: 'invited' })),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('keeps messages as plain text, in order, with unread counts for each side', async () => {
    const employer = await newAccount('employer', '招聘方');
    const learner = await newAccount('learner', '王五');
    const role = await published(employer.id);
    const send = (senderId: string, text: string) =>
      tx((trx) => sendMessage(trx, { roleId: role.id, learnerId: learner.id, senderId, text }, { now }));
    expect(await getConversation(handle.db, role.id, learner.id)).toBeNull();
    await send(learner.id, '您好，我对这个岗位感兴趣。');
    await send(employer.id, '  <b>欢迎</b> <script>alert(1)</script>\r\n周三面谈？  ');
    await send(employer.id, '第二条');
    const conversation = await getConversation(handle.db, role.id, learner.id);
    expect(conversation).toMatchObject({ messageCount: 3, unread: { learner: 2, employer: 1 } });
    const page = await listMessages(handle.db, conversation?.id as string, { limit: 2 });
    expect(page.hasMore).toBe(true);
    expect(page.items.map((m) => [m.seq, m.senderRole, m.text])).toEqual([
      [1, 'learner', '您好，我对这个岗位感兴趣。'],
      [2, 'employer', '<b>欢迎</b> <script>alert(1)</script>\n周三面谈？'],
    ]);
    expect((await listMessages(handle.db, conversation?.id as string, { afterSeq: 2 })).items).toHaveLength(
      1,
    );

    const [forLearner] = await listInbox(handle.db, 'learner', learner.id);
    expect(forLearner).toMatchObject({
      role: { id: role.id, title: '光伏运维' },
      employer: { id: employer.id, name: '招聘方' },
      learner: { id: learner.id, name: '王五' },
      unread: 2,
      lastMessage: { senderRole: 'employer', preview: '第二条' },
    });
    await tx((trx) => markConversationRead(trx, conversation?.id as string, 'learner'));
    expect((await listInbox(handle.db, 'learner', learner.id))[0]?.unread).toBe(0);
    expect((await listInbox(handle.db, 'employer', employer.id))[0]?.unread).toBe(1);

    for (const [text, code] of [
      ['   ', 'empty'],
      ['字'.repeat(2001), 'too_long'],
      ['bell\u0007', 'plain_text'],
    ])
      await expect(send(learner.id, text as string)).rejects.toMatchObject({
        kind: 'invalid',
        problems: [{ path: 'text', code }],
      });
    const stranger = await newAccount('learner');
    await expect(send(stranger.id, 'hi')).rejects.toMatchObject({ kind: 'not_found' });
    expect((await getConversation(handle.db, role.id, learner.id))?.messageCount).toBe(3);
  });

  it('numbers messages sent at once without gaps or repeats', async () => {
    const employer = await newAccount('employer');
    const learner = await newAccount('learner');
    const role = await published(employer.id);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        tx((trx) =>
          sendMessage(trx, {
            roleId: role.id,
            learnerId: learner.id,
            senderId: i % 2 ? employer.id : learner.id,
            text: `m${i}`,
          }),
        ),
      ),
    );
    const conversation = await getConversation(handle.db, role.id, learner.id);
    const { items } = await listMessages(handle.db, conversation?.id as string);
    expect(items.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(conversation?.unread).toEqual({ learner: 3, employer: 3 });
  });
});
