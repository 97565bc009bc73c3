/**
 * Learning and competitions, once for the API and the pages: each use case takes the caller and
 * its input, applies the access policy once, owns its transaction, and returns a value or throws
 * a domain or HTTP error the adapters present.
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
  getEnrolment,
  getOffering,
  getResult,
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
  runInTransaction,
  searchOfferings,
  setOfferingStatus,
  setResultShownPublicly,
  todayUtc,
  updateOffering,
} from '@skillbank/core';
import type { AppDeps } from '../deps.js';
import type { Caller } from '../http/auth.js';
import { HttpError } from '../http/problem.js';
import { recommendOfferings } from './recommendations.js';

/** Throws 404 (as if it did not exist) or 403 unless the learning policy allows the action. */
/** Thrown inside the import's transaction to roll it back when any row is bad. */
class RowsRejected extends Error {}

/** A 400 naming every bad row of a results file; nothing was recorded. */
export function rowsRejected(problems: readonly CsvRowProblem[]): HttpError {
  const errors = problems.map((p) => ({
    path: p.field ? `line ${p.line}: ${p.field}` : `line ${p.line}`,
    message: p.message,
  }));
  return new HttpError(
    400,
    'bad_request',
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in the file; nothing was recorded`,
    errors,
  );
}

export function ensureLearning(actor: Actor, action: LearningAction, subject: LearningSubject, what: string) {
  const decision = decideOnLearning(actor, action, subject);
  if (decision.effect === 'hide') throw new HttpError(404, 'not_found', `${what} was not found`);
  if (decision.effect === 'deny') throw new HttpError(403, 'forbidden', decision.reason);
}

export interface Page {
  limit: number;
  offset: number;
}

export type LearningDeps = Pick<AppDeps, 'db' | 'matcher' | 'taxonomy'> & { now?: () => Date };

export function learningUseCases(deps: LearningDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const tx = <T>(work: Parameters<typeof runInTransaction<T>>[1]) => runInTransaction(db, work);

  const offeringOrThrow = async (id: string): Promise<Offering> => {
    const offering = await getOffering(db, id);
    if (!offering) throw new HttpError(404, 'not_found', `offering ${id} was not found`);
    return offering;
  };

  return {
    /** A provider publishes an offering. */
    publish: (caller: Caller, input: OfferingInput) => {
      ensureLearning(caller.account, 'offering:create', NO_LEARNING_SUBJECT, 'offering');
      return tx((trx) =>
        publishOffering(trx, input, { providerId: caller.account.id, taxonomyId: deps.taxonomy.id, now }),
      );
    },

    /** Its provider replaces an offering's description. */
    update: async (caller: Caller, id: string, input: OfferingInput) => {
      ensureLearning(caller.account, 'offering:update', await offeringSubject(db, id), `offering ${id}`);
      return tx((trx) => updateOffering(trx, id, input, { taxonomyId: deps.taxonomy.id, now }));
    },

    /** Its provider withdraws an offering (or publishes it again). */
    setStatus: async (caller: Caller, id: string, status: Offering['status']) => {
      ensureLearning(caller.account, 'offering:update', await offeringSubject(db, id), `offering ${id}`);
      return tx((trx) => setOfferingStatus(trx, id, status, { now }));
    },

    /** One offering (public; a withdrawn one too, marked). */
    get: (id: string) => offeringOrThrow(id),

    /** Published offerings matching a search (public); a provider asking for its own sees withdrawn ones too. */
    search: (caller: Caller | null, filter: OfferingFilter, page: Page) =>
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

    /** A learner enrols. */
    enrol: async (caller: Caller, offeringId: string) => {
      ensureLearning(
        caller.account,
        'offering:enrol',
        await offeringSubject(db, offeringId),
        `offering ${offeringId}`,
      );
      return tx((trx) => enrol(trx, offeringId, caller.account.id, { now }));
    },

    /** Who enrolled in an offering, with their results (its provider). */
    enrolments: async (caller: Caller, offeringId: string, page: Page) => {
      ensureLearning(
        caller.account,
        'offering:enrolments',
        await offeringSubject(db, offeringId),
        `offering ${offeringId}`,
      );
      return listOfferingEnrolments(db, offeringId, page);
    },

    /** A learner's enrolled / completed list (the learner; the administrator). */
    learnerEnrolments: async (caller: Caller, learnerId: string) => {
      // Only the learner (and the administrator): providers see enrolments per offering, nobody else.
      const subject = await learnerSubject(db, caller.account, learnerId);
      const own =
        (caller.account.role === 'learner' && caller.account.id === learnerId) ||
        caller.account.role === 'admin';
      if (subject.learnerId === null || !own)
        throw new HttpError(404, 'not_found', `learner ${learnerId} was not found`);
      return listLearnerEnrolments(db, learnerId);
    },

    /** The provider records (and signs) a result on an enrolment in its offering. */
    record: async (caller: Caller, enrolmentId: string, input: ResultInput) => {
      ensureLearning(
        caller.account,
        'enrolment:record-result',
        await enrolmentSubject(db, enrolmentId),
        `enrolment ${enrolmentId}`,
      );
      return tx((trx) =>
        recordResult(trx, enrolmentId, input, { providerId: caller.account.id, token: caller.token, now }),
      );
    },

    /**
     * Results from a CSV file, all or nothing (the provider's bulk upload): every bad row — bad
     * cells, an enrolment not in this offering, an outcome the offering's kind does not allow, a
     * result already standing — is named with its line, and then nothing is recorded.
     */
    importResults: async (caller: Caller, offeringId: string, csv: string) => {
      ensureLearning(
        caller.account,
        'offering:enrolments',
        await offeringSubject(db, offeringId),
        `offering ${offeringId}`,
      );
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
                message: 'is not an enrolment in this offering',
              });
              continue;
            }
            try {
              recorded.push(
                await recordResult(trx, row.enrolmentId, row.input, {
                  providerId: caller.account.id,
                  token: caller.token,
                  now,
                }),
              );
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              const first = error.problems[0];
              problems.push({
                line: row.line,
                field: first?.path ?? null,
                message: first?.message ?? error.message,
              });
            }
          }
          if (problems.length > 0) throw new RowsRejected();
          return recorded;
        });
      } catch (error) {
        if (error instanceof RowsRejected) throw rowsRejected([...problems].sort((a, b) => a.line - b.line));
        throw error;
      }
    },

    /** One result (its learner, its provider). */
    result: async (caller: Caller, id: string) => {
      ensureLearning(caller.account, 'result:read', await resultSubject(db, id), `result ${id}`);
      const result = await getResult(db, id);
      if (!result) throw new HttpError(404, 'not_found', `result ${id} was not found`);
      return result;
    },

    /** The learner accepts a result: it becomes provider-signed evidence in their ledger. */
    accept: async (
      caller: Caller,
      id: string,
      { showPublicly = false }: { showPublicly?: boolean | undefined },
    ) => {
      ensureLearning(caller.account, 'result:accept', await resultSubject(db, id), `result ${id}`);
      return tx((trx) => acceptResult(trx, id, { showPublicly, now }));
    },

    decline: async (caller: Caller, id: string) => {
      ensureLearning(caller.account, 'result:accept', await resultSubject(db, id), `result ${id}`);
      return tx((trx) => declineResult(trx, id));
    },

    /** The learner says whether the result may appear on the public results page. */
    setShownPublicly: async (caller: Caller, id: string, shown: boolean) => {
      ensureLearning(caller.account, 'result:accept', await resultSubject(db, id), `result ${id}`);
      return tx((trx) => setResultShownPublicly(trx, id, shown));
    },

    /** The provider revokes a result it recorded. */
    revoke: async (caller: Caller, id: string, { reason = null }: { reason?: string | null | undefined }) => {
      ensureLearning(caller.account, 'result:revoke', await resultSubject(db, id), `result ${id}`);
      return tx((trx) => revokeResult(trx, id, { reason, now }));
    },

    /** An offering's public results: consenting entrants only, signatures verified now (public). */
    publicResults: async (offeringId: string) => {
      const offering = await offeringOrThrow(offeringId);
      return { offering, items: await listPublicResults(db, offeringId), verifiedAt: now().toISOString() };
    },

    /** Ranked offerings closing a learner's gap to an occupation (whoever may read the profile). */
    recommendations: async (
      caller: Caller,
      learnerId: string,
      { occupation, limit = 10 }: { occupation: string; limit?: number },
    ) => {
      const decision = decide(
        caller.account,
        'profile:read',
        await learnerSubject(db, caller.account, learnerId),
      );
      if (decision.effect === 'hide')
        throw new HttpError(404, 'not_found', `learner ${learnerId} was not found`);
      if (decision.effect === 'deny') throw new HttpError(403, 'forbidden', decision.reason);
      const evidence = await listActiveEvidence(db, learnerId);
      const offerings = await offeringsCovering(db, { taskIds: [], occupationCodes: [occupation] });
      const known = new Map(
        (await coveredTasks(db, deps.taxonomy.id, [...new Set(offerings.flatMap((o) => o.taskIds))])).map(
          (t) => [t.id, t],
        ),
      );
      const tasks = new Map(
        offerings.map((o) => [
          o.id,
          o.taskIds.flatMap((id) => (known.has(id) ? [known.get(id) as CoveredTask] : [])),
        ]),
      );
      const result = recommendOfferings(deps.matcher, {
        learnerId,
        evidence,
        occupationCode: occupation,
        offerings,
        tasks,
        asOf: todayUtc(now()),
        limit,
      });
      if (!result) throw new DomainError('not_found', `occupation ${occupation} was not found`);
      return result;
    },
  };
}

export type LearningUseCases = ReturnType<typeof learningUseCases>;
