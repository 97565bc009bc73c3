/**
 * Learning and competitions: providers publish offerings and record signed results; learners
 * enrol, accept results and get recommendations; a competition's results are public for the
 * entrants who agreed. Each use case applies the access policy (core's `decideOnLearning`, and
 * `decide` for a learner's account) once and owns its transaction.
 */
import {
  type Actor,
  acceptResult,
  type CoveredTask,
  type CsvRowProblem,
  coveredTasks,
  DomainError,
  decide,
  decideOnLearning,
  declineResult,
  enrol,
  enrolmentSubject,
  fieldMessage,
  getEnrolment,
  getOffering,
  getResult,
  getRole,
  invalidFields,
  type LearningAction,
  type LearningResult,
  type LearningSubject,
  learnerSubject,
  listActiveEvidence,
  listLearnerEnrolments,
  listOfferingEnrolments,
  listPublicResults,
  NO_LEARNING_SUBJECT,
  type Offering,
  type OfferingFilter,
  type OfferingInput,
  offeringSubject,
  offeringsCovering,
  parseResultsCsv,
  publishOffering,
  type ResultInput,
  recordResult,
  resultSubject,
  revokeResult,
  searchOfferings,
  setOfferingStatus,
  setResultShownPublicly,
  type Trx,
  todayUtc,
  updateOffering,
} from '@skillbank/core';
import { recommendOfferings, recommendOfferingsForRole } from '../learning/recommendations.js';
import { ensure } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export interface Page {
  limit: number;
  offset: number;
}

/** Thrown inside the import's transaction to roll it back when any row is bad. */
class RowsRejected extends Error {}

/** The problems of a results file as one `validation.failed` error: every bad row, by line and column. */
export function rowsRejected(problems: readonly CsvRowProblem[]): DomainError {
  return invalidFields(
    problems.map(({ line, field, ...message }) => ({
      path: field ? `line ${line}: ${field}` : `line ${line}`,
      ...message,
    })),
  );
}

/** A row's domain refusal as a field problem of that row (the file's answer names every bad row). */
function rowProblem(line: number, error: DomainError): CsvRowProblem {
  const [first] = error.problems;
  if (first) {
    const { path, ...message } = first;
    return { line, field: path, ...message };
  }
  if (error.code === 'result.standing')
    return { line, field: 'enrolmentId', ...fieldMessage('result_standing') };
  if (error.code === 'enrolment.withdrawn')
    return { line, field: 'enrolmentId', ...fieldMessage('enrolment_withdrawn') };
  return { line, field: null, ...fieldMessage('invalid') };
}

/** Throws `access.hidden` or `access.denied` unless the learning policy allows the action. */
function ensureLearning(actor: Actor, action: LearningAction, subject: LearningSubject, what: string): void {
  ensure(decideOnLearning(actor, action, subject), what);
}

export function learningUseCases(deps: UseCaseDeps) {
  const { db, now } = deps;
  const tx = <T>(work: (trx: Trx) => Promise<T>) => inTransaction(deps, work);
  const taxonomyId = () => deps.served.current.taxonomy.id;

  const offeringOrThrow = async (id: string): Promise<Offering> => {
    const offering = await getOffering(db, id);
    if (!offering)
      throw new DomainError('offering.not_found', { offeringId: id }, `offering ${id} was not found`);
    return offering;
  };
  const onOffering = async (caller: Caller, action: LearningAction, id: string) =>
    ensureLearning(caller.account, action, await offeringSubject(db, id), `offering ${id}`);
  const onEnrolment = async (caller: Caller, action: LearningAction, id: string) =>
    ensureLearning(caller.account, action, await enrolmentSubject(db, id), `enrolment ${id}`);
  const onResult = async (caller: Caller, action: LearningAction, id: string) =>
    ensureLearning(caller.account, action, await resultSubject(db, id), `result ${id}`);

  /** The stored tasks of these offerings, by offering id (what their results' records will quote). */
  const tasksOf = async (offerings: readonly Offering[]) => {
    const { taxonomy } = deps.served.current;
    const known = new Map(
      (await coveredTasks(db, taxonomy.id, [...new Set(offerings.flatMap((o) => o.taskIds))])).map((t) => [
        t.id,
        t,
      ]),
    );
    return new Map(
      offerings.map((o) => [
        o.id,
        o.taskIds.flatMap((id) => (known.has(id) ? [known.get(id) as CoveredTask] : [])),
      ]),
    );
  };

  return {
    /** A provider publishes an offering. */
    publish: (caller: Caller, input: OfferingInput) =>
      outcome(async () => {
        ensureLearning(caller.account, 'offering:create', NO_LEARNING_SUBJECT, 'offering');
        return tx((trx) =>
          publishOffering(trx, input, { providerId: caller.account.id, taxonomyId: taxonomyId(), now }),
        );
      }),

    /** The provider's own offerings, the withdrawn ones too (providers only). */
    ownOfferings: (caller: Caller) =>
      outcome(async () => {
        ensureLearning(caller.account, 'offering:create', NO_LEARNING_SUBJECT, 'offering');
        const page = await searchOfferings(
          db,
          { providerId: caller.account.id, includeWithdrawn: true },
          { limit: 200, offset: 0 },
        );
        return page.items;
      }),

    /** Its provider replaces an offering's description as a whole. */
    update: (caller: Caller, id: string, input: OfferingInput) =>
      outcome(async () => {
        await onOffering(caller, 'offering:update', id);
        return tx((trx) => updateOffering(trx, id, input, { taxonomyId: taxonomyId(), now }));
      }),

    /** Its provider withdraws an offering, or publishes it again. */
    setStatus: (caller: Caller, id: string, status: Offering['status']) =>
      outcome(async () => {
        await onOffering(caller, 'offering:update', id);
        return tx((trx) => setOfferingStatus(trx, id, status, { now }));
      }),

    /** One offering (public; a withdrawn one too, marked). */
    get: (id: string) => outcome(() => offeringOrThrow(id)),

    /** Published offerings matching a search (public); a provider listing its own sees the withdrawn ones too. */
    search: (caller: Caller | null, filter: OfferingFilter, page: Page) =>
      outcome(() =>
        searchOfferings(
          db,
          {
            ...filter,
            includeWithdrawn:
              filter.providerId !== undefined &&
              caller?.account.role === 'provider' &&
              caller.account.id === filter.providerId,
          },
          page,
        ),
      ),

    /** A learner enrols. */
    enrol: (caller: Caller, offeringId: string) =>
      outcome(async () => {
        await onOffering(caller, 'offering:enrol', offeringId);
        return tx((trx) => enrol(trx, offeringId, caller.account.id, { now }));
      }),

    /** Who enrolled in an offering, with their results (its provider; the administrator). */
    enrolments: (caller: Caller, offeringId: string, page: Page) =>
      outcome(async () => {
        await onOffering(caller, 'offering:enrolments', offeringId);
        return listOfferingEnrolments(db, offeringId, page);
      }),

    /** A learner's enrolled / completed list: the learner's own (and the administrator's view). */
    learnerEnrolments: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        const subject = await learnerSubject(db, caller.account, learnerId);
        const { role, id } = caller.account;
        if (subject.learnerId === null || !((role === 'learner' && id === learnerId) || role === 'admin'))
          throw new DomainError(
            'access.hidden',
            { what: `learner ${learnerId}` },
            `learner ${learnerId} was not found`,
          );
        return listLearnerEnrolments(db, learnerId);
      }),

    /** The provider records (and signs) a result on an enrolment in its offering. */
    record: (caller: Caller, enrolmentId: string, input: ResultInput) =>
      outcome(async () => {
        await onEnrolment(caller, 'enrolment:record-result', enrolmentId);
        return tx((trx) =>
          recordResult(trx, enrolmentId, input, {
            providerId: caller.account.id,
            token: caller.token ?? '',
            now,
          }),
        );
      }),

    /**
     * Results from a CSV file, all or nothing (the provider's upload): every bad row — bad cells,
     * an enrolment not in this offering, an outcome its kind does not allow, a result already
     * standing — is named with its line, and then nothing is recorded.
     */
    importResults: (caller: Caller, offeringId: string, csv: string) =>
      outcome(async () => {
        await onOffering(caller, 'offering:enrolments', offeringId);
        const parsed = parseResultsCsv(csv);
        if (parsed.rows.length === 0) throw rowsRejected(parsed.problems);
        let problems: CsvRowProblem[] = [];
        try {
          return await tx(async (trx) => {
            problems = [...parsed.problems];
            const recorded: LearningResult[] = [];
            for (const row of parsed.rows) {
              const enrolment = await getEnrolment(trx, row.enrolmentId);
              if (!enrolment || enrolment.offeringId !== offeringId) {
                problems.push({
                  line: row.line,
                  field: 'enrolmentId',
                  ...fieldMessage('enrolment_not_in_offering'),
                });
                continue;
              }
              try {
                recorded.push(
                  await recordResult(trx, row.enrolmentId, row.input, {
                    providerId: caller.account.id,
                    token: caller.token ?? '',
                    now,
                  }),
                );
              } catch (error) {
                if (!(error instanceof DomainError)) throw error;
                problems.push(rowProblem(row.line, error));
              }
            }
            if (problems.length > 0) throw new RowsRejected();
            return recorded;
          });
        } catch (error) {
          if (error instanceof RowsRejected)
            throw rowsRejected([...problems].sort((a, b) => a.line - b.line));
          throw error;
        }
      }),

    /** One result (its learner, its provider, the administrator). */
    result: (caller: Caller, id: string) =>
      outcome(async () => {
        await onResult(caller, 'result:read', id);
        const result = await getResult(db, id);
        if (!result)
          throw new DomainError('result.not_found', { resultId: id }, `result ${id} was not found`);
        return result;
      }),

    /** The learner accepts a result: it becomes provider-signed evidence in their ledger. */
    accept: (
      caller: Caller,
      id: string,
      { showPublicly = false }: { showPublicly?: boolean | undefined } = {},
    ) =>
      outcome(async () => {
        await onResult(caller, 'result:accept', id);
        return tx((trx) => acceptResult(trx, id, { showPublicly, now }));
      }),

    /** The learner declines an offered result (it can still be accepted later). */
    decline: (caller: Caller, id: string) =>
      outcome(async () => {
        await onResult(caller, 'result:accept', id);
        return tx((trx) => declineResult(trx, id));
      }),

    /** The learner says whether the result may appear on the offering's public results page. */
    setShownPublicly: (caller: Caller, id: string, shown: boolean) =>
      outcome(async () => {
        await onResult(caller, 'result:accept', id);
        return tx((trx) => setResultShownPublicly(trx, id, shown));
      }),

    /** The provider revokes a result it recorded; accepted evidence stays in the ledger, revoked. */
    revoke: (caller: Caller, id: string, { reason = null }: { reason?: string | null | undefined } = {}) =>
      outcome(async () => {
        await onResult(caller, 'result:revoke', id);
        return tx((trx) => revokeResult(trx, id, { reason, now }));
      }),

    /** Published offerings declaring each of these tasks (public), best-declared first, by task id. */
    offeringsForTasks: (taskIds: readonly string[], { perTask = 3 }: { perTask?: number } = {}) =>
      outcome(async () => {
        const found = new Map<string, Offering[]>();
        for (const taskId of taskIds) {
          const covering = await offeringsCovering(db, { taskIds: [taskId], occupationCodes: [] });
          found.set(taskId, covering.slice(0, perTask));
        }
        return found;
      }),

    /** An offering's public results: consenting entrants only, signatures verified now (public). */
    publicResults: (offeringId: string) =>
      outcome(async () => {
        const offering = await offeringOrThrow(offeringId);
        return { offering, items: await listPublicResults(db, offeringId), verifiedAt: now().toISOString() };
      }),

    /** Ranked offerings closing a learner's gap to an occupation (whoever may read the learner's profile). */
    recommendations: (
      caller: Caller,
      learnerId: string,
      { occupation, limit = 10, maxEvaluated }: { occupation: string; limit?: number; maxEvaluated?: number },
    ) =>
      outcome(async () => {
        ensure(
          decide(caller.account, 'profile:read', await learnerSubject(db, caller.account, learnerId)),
          `learner ${learnerId}`,
        );
        const { matcher } = deps.served.current;
        const evidence = await listActiveEvidence(db, learnerId);
        const offerings = await offeringsCovering(db, { taskIds: [], occupationCodes: [occupation] });
        const tasks = await tasksOf(offerings);
        const result = recommendOfferings(matcher, {
          learnerId,
          evidence,
          occupationCode: occupation,
          offerings,
          tasks,
          asOf: todayUtc(now()),
          limit,
          ...(maxEvaluated === undefined ? {} : { maxEvaluated }),
        });
        if (!result)
          throw new DomainError(
            'occupation.not_found',
            { code: occupation },
            `occupation ${occupation} was not found`,
          );
        return result;
      }),

    /**
     * Ranked offerings closing a learner's gap to an employer's role (whoever may read the
     * learner's profile). Role ids are unguessable; any role the learner holds an id of is a target.
     */
    roleRecommendations: (
      caller: Caller,
      learnerId: string,
      { roleId, limit = 10 }: { roleId: string; limit?: number },
    ) =>
      outcome(async () => {
        ensure(
          decide(caller.account, 'profile:read', await learnerSubject(db, caller.account, learnerId)),
          `learner ${learnerId}`,
        );
        const role = await getRole(db, roleId);
        if (!role) throw new DomainError('role.not_found', { roleId }, `role ${roleId} was not found`);
        const evidence = await listActiveEvidence(db, learnerId);
        const offerings = await offeringsCovering(db, {
          taskIds: role.requirements.flatMap((r) => (r.taskId ? [r.taskId] : [])),
          occupationCodes: role.occupationCode ? [role.occupationCode] : [],
        });
        return recommendOfferingsForRole(deps.served.current.matcher, {
          learnerId,
          evidence,
          role,
          offerings,
          tasks: await tasksOf(offerings),
          asOf: todayUtc(now()),
          limit,
        });
      }),
  };
}
