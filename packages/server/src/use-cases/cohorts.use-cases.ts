/** Advisors' cohorts: create, invite by code, members, the match report; learners join and leave. */
import {
  type Cohort,
  createCohort,
  createInvitation,
  DomainError,
  getAccounts,
  getCohort,
  joinCohort,
  listCohortMembers,
  listCohorts,
  removeCohortMember,
  todayUtc,
} from '@skillbank/core';
import { buildCohortReport } from '../reports/cohort-report.build.js';
import { presentReport } from '../reports/cohort-report.present.js';
import type { ReportLang } from '../reports/report-i18n.js';
import { createReportPool } from '../reports/report-pool.js';
import { ensureAllowed, ensureOnCohort, ensureResourceAllowed } from './access.js';
import type { Page } from './evidence.use-cases.js';
import { type Caller, inTransaction, outcome, readsOf, type UseCaseDeps } from './use-case.js';

type CohortAction =
  | 'cohort:read'
  | 'cohort:invite'
  | 'cohort:members'
  | 'cohort:report'
  | 'cohort:remove-member';

export interface ReportRequest {
  anonymised?: boolean | undefined;
  lang: ReportLang;
  onProgress?: ((done: number, total: number, phase: string) => void) | undefined;
}

export function cohortUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  // Per app: the report threads start with the first report and serve every later one.
  const reportPool = createReportPool({ threads: deps.config.reportThreads });

  /** The cohort, after the policy let the caller do `action` on it (and, for removals, its member). */
  async function allowedCohort(
    caller: Caller,
    cohortId: string,
    action: CohortAction,
    target: string | null = null,
  ): Promise<Cohort> {
    await ensureOnCohort(db, caller.account, action, cohortId, target);
    const cohort = await getCohort(db, cohortId);
    if (!cohort) throw new DomainError('cohort.not_found', { cohortId }, `cohort ${cohortId} was not found`);
    return cohort;
  }

  return {
    create: (caller: Caller, input: { name: string }) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'cohort:create');
        return inTransaction(deps, (trx) =>
          createCohort(trx, input, { advisorId: caller.account.id, now: deps.now }),
        );
      }),

    /** The cohorts an advisor runs, or a learner is in. */
    list: (caller: Caller, page: Page) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'cohort:list');
        const { account } = caller;
        const who = account.role === 'advisor' ? { advisorId: account.id } : { learnerId: account.id };
        return listCohorts(db, who, page);
      }),

    /** The cohorts the calling advisor runs (the advisor's pages). */
    advised: (caller: Caller) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'cohort:create');
        return (await listCohorts(db, { advisorId: caller.account.id }, { limit: 100, offset: 0 })).items;
      }),

    /**
     * The cohorts the calling learner is in (the graduate's page), each with who runs it (the
     * advisor's name and organisation) so two cohorts with similar names can be told apart.
     */
    joined: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const { items } = await listCohorts(db, { learnerId: caller.account.id }, { limit: 100, offset: 0 });
        const advisors = new Map(
          (await getAccounts(db, [...new Set(items.map((k) => k.advisorId))])).map((a) => [a.id, a]),
        );
        return items.map((k) => {
          const advisor = advisors.get(k.advisorId);
          return {
            ...k,
            advisor: { name: advisor?.name ?? '', organisation: advisor?.organisation ?? null },
          };
        });
      }),

    get: (caller: Caller, cohortId: string) => outcome(() => allowedCohort(caller, cohortId, 'cohort:read')),

    invite: (caller: Caller, cohortId: string, { days }: { days?: number | undefined } = {}) =>
      outcome(async () => {
        const cohort = await allowedCohort(caller, cohortId, 'cohort:invite');
        const invitation = await inTransaction(deps, (trx) =>
          createInvitation(trx, cohortId, {
            createdBy: caller.account.id,
            now: deps.now,
            ...(days === undefined ? {} : { days }),
          }),
        );
        return { cohort, invitation };
      }),

    join: (caller: Caller, code: string) =>
      outcome(async () => {
        ensureResourceAllowed(caller.account, 'cohort:join');
        return inTransaction(deps, (trx) =>
          joinCohort(trx, code, { learnerId: caller.account.id, now: deps.now }),
        );
      }),

    /** A page of members, whether each shares evidence. */
    members: (caller: Caller, cohortId: string, page: Page) =>
      outcome(async () => {
        const cohort = await allowedCohort(caller, cohortId, 'cohort:members');
        const members = await listCohortMembers(db, cohortId, { limit: page.limit + 1, offset: page.offset });
        return { cohort, items: members.slice(0, page.limit), hasMore: members.length > page.limit };
      }),

    /** The learner leaves, or the advisor removes a member. */
    removeMember: (caller: Caller, cohortId: string, learnerId: string) =>
      outcome(async () => {
        const cohort = await allowedCohort(caller, cohortId, 'cohort:remove-member', learnerId);
        await inTransaction(deps, (trx) => removeCohortMember(trx, cohortId, learnerId));
        return cohort;
      }),

    /**
     * The cohort match report, in the reader's language, anonymised when asked: one model that
     * every format renders (`reports/renderers`).
     */
    report: (caller: Caller, cohortId: string, { anonymised = false, lang, onProgress }: ReportRequest) =>
      outcome(async () => {
        const cohort = await allowedCohort(caller, cohortId, 'cohort:report');
        // On the replica once it has every write made before this request (a withdrawal included).
        const reportDb = await readsOf(deps).caughtUp();
        const full = await buildCohortReport(reportDb, deps.served.current.matcher, {
          cohort,
          pool: reportPool,
          // Vectors of learners analysed for it, and the assessments made, are written on the primary.
          storeVectorsIn: db,
          onStoreError: (error) =>
            deps.logger.error('cohort report: storing learner vectors or assessments failed', {
              error: error instanceof Error ? error.message : String(error),
            }),
          asOf: todayUtc(deps.now()),
          now: deps.now,
          ...(onProgress ? { onProgress } : {}),
        });
        return { cohort, population: full.population, report: presentReport(full, { anonymised, lang }) };
      }),
  };
}
