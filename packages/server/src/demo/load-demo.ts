/**
 * Loads the demo data set through the real services (accounts, evidence, attestation, consent,
 * cohorts, roles, showcases, the learning catalogue), in one transaction, once: when demo personas are already recorded it
 * does nothing. Nothing here bypasses a service, so demo data obeys every rule real data does.
 */
import {
  attestEvidence,
  createAccount,
  createCohort,
  createInvitation,
  createRole,
  createShowcase,
  type Db,
  depositEvidence,
  evidenceInputSchema,
  joinCohort,
  listDemoPersonas,
  publishRole,
  recordDemoPersona,
  requestAttestation,
  runInTransaction,
  setConsent,
} from '@skillbank/core';
import { DEMO_PROVIDERS } from './demo-catalogue.js';
import { DEMO_COHORT, DEMO_EMPLOYER, DEMO_GRADUATES, DEMO_ROLES, DEMO_SCHOOL } from './demo-data.js';
import { loadDemoCatalogue } from './load-demo-catalogue.js';

export type DemoLoadStatus = 'loaded' | 'already_loaded';

export interface DemoLoadResult {
  status: DemoLoadStatus;
  personas: { persona: string; accountId: string; token: string }[];
}

export async function loadDemo(db: Db, { taxonomyId }: { taxonomyId: string }): Promise<DemoLoadResult> {
  const existing = await listDemoPersonas(db);
  if (existing.length > 0) {
    // A demo loaded before the catalogue existed gets it now, once.
    if (!existing.some((p) => p.persona === DEMO_PROVIDERS.training.persona)) {
      await runInTransaction(db, async (trx) => {
        const learners = new Map(existing.map((p) => [p.persona, p.accountId]));
        let tick = Date.now();
        for (const p of await loadDemoCatalogue(trx, { taxonomyId, learners }))
          await recordDemoPersona(trx, p, { now: () => new Date(tick++) });
      });
    }
    return { status: 'already_loaded', personas: await listDemoPersonas(db) };
  }
  await runInTransaction(db, async (trx) => {
    const school = await createAccount(trx, { role: 'advisor', ...DEMO_SCHOOL });
    const employer = await createAccount(trx, { role: 'employer', ...DEMO_EMPLOYER });
    const attesters = { school, employer };
    const cohort = await createCohort(trx, { name: DEMO_COHORT }, { advisorId: school.account.id });
    const { code } = await createInvitation(trx, cohort.id, { createdBy: school.account.id });
    const graduates = [];
    for (const g of DEMO_GRADUATES) {
      const learner = await createAccount(trx, { role: 'learner', name: g.name });
      const id = learner.account.id;
      await joinCohort(trx, code, { learnerId: id });
      await setConsent(trx, id, g.consent);
      const shown: string[] = [];
      for (const item of g.evidence) {
        const evidence = await depositEvidence(trx, evidenceInputSchema.parse(item.input), {
          learnerId: id,
          taxonomyId,
        });
        if (item.attestBy) {
          const by = attesters[item.attestBy];
          await requestAttestation(trx, evidence.id, { attesterId: by.account.id, message: null });
          await attestEvidence(trx, evidence.id, by.account, {
            token: by.token,
            statement:
              item.attestBy === 'school' ? '经学院核实，情况属实（演示）。' : '实习期间表现属实（演示）。',
            level: item.level ?? null,
          });
          shown.push(evidence.id);
        }
      }
      if (g.showcase && shown.length > 0)
        await createShowcase(trx, id, { title: g.showcase, evidenceIds: shown });
      graduates.push({ persona: g.persona, learner });
    }
    // Published, so the demo graduates find them under “roles for me”.
    for (const role of DEMO_ROLES) {
      const created = await createRole(trx, role, { employerId: employer.account.id, taxonomyId });
      await publishRole(trx, created.id);
    }
    const providers = await loadDemoCatalogue(trx, {
      taxonomyId,
      learners: new Map(graduates.map((g) => [g.persona, g.learner.account.id])),
    });
    const first = graduates[0];
    const personas = [
      ...(first
        ? [{ persona: first.persona, accountId: first.learner.account.id, token: first.learner.token }]
        : []),
      { persona: 'school', accountId: school.account.id, token: school.token },
      { persona: 'employer', accountId: employer.account.id, token: employer.token },
      ...providers,
      ...graduates
        .slice(1)
        .map((g) => ({ persona: g.persona, accountId: g.learner.account.id, token: g.learner.token })),
    ];
    // Recorded one by one with increasing times, so they list in this order.
    let tick = Date.now();
    for (const p of personas) await recordDemoPersona(trx, p, { now: () => new Date(tick++) });
  });
  return { status: 'loaded', personas: await listDemoPersonas(db) };
}
