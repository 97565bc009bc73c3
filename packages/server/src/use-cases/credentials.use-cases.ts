/**
 * Open Badges 3.0: a piece's credential, a learner's bundle, the status lists, verifying any
 * credential offline, and importing one from elsewhere as `credential` evidence.
 */
import {
  type CredentialIssuing,
  type CredentialVerification,
  type Db,
  DomainError,
  type Evidence,
  getEvidence,
  getOccupation,
  importCredential,
  isActive,
  learnerPresentation,
  listEvidenceCredentials,
  localStatusLists,
  openShowcase,
  signedStatusList,
  toActiveEvidence,
  verifyCredential,
} from '@skillbank/core';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
import type { ServedTaxonomy } from '../matching/served-taxonomy.js';
import { ensureAllowed, ensureOnEvidence, ensureOnLearner } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

/** What issuing at attestation time needs: the platform's DID and URL, and alignment by the matcher. */
export function credentialIssuing(deps: UseCaseDeps): CredentialIssuing {
  const { served } = deps;
  return {
    platformDid: deps.platformKey.did,
    baseUrl: deps.config.publicUrl,
    align: (evidence) => alignEvidence(served.current, evidence),
  };
}

/**
 * The occupations a piece names and, for each, the tasks the matcher finds it covers (the same
 * coverage a learner sees in their matches).
 */
export function alignEvidence({ matcher }: ServedTaxonomy, evidence: Evidence) {
  const input = toMatcherEvidence([toActiveEvidence(evidence)]);
  const occupations: { code: string; name: string }[] = [];
  const tasks: { id: string; text: string }[] = [];
  for (const code of evidence.occupationCodes) {
    const occupation = matcher.occupation(code);
    if (!occupation) continue;
    occupations.push({ code, name: occupation.name });
    const report = matcher.gaps(input, code, { asOf: evidence.endedOn ?? evidence.occurredOn });
    for (const task of report?.coveredTasks ?? []) tasks.push({ id: task.taskId, text: task.text });
  }
  return { occupations, tasks };
}

/** Names of occupation codes and task ids (`2-02-38-01#3`) in the served taxonomy, for the verifier. */
function alignmentResolver(db: Db, taxonomyId: string) {
  const occupations = new Map<string, ReturnType<typeof getOccupation>>();
  return async (code: string): Promise<string | null> => {
    const occupationCode = code.split('#')[0] as string;
    if (!occupations.has(occupationCode))
      occupations.set(occupationCode, getOccupation(db, taxonomyId, occupationCode));
    const occupation = (await occupations.get(occupationCode))?.occupation;
    if (!occupation) return null;
    if (!code.includes('#')) return occupation.name;
    return occupation.tasks.find((t) => t.id === code)?.text ?? null;
  };
}

export function credentialUseCases(deps: UseCaseDeps) {
  const { db, platformKey } = deps;
  const baseUrl = deps.config.publicUrl;
  const signer = platformKey.credentialSigner();

  /** Verification as this server does it: its own status lists, its served taxonomy. */
  const verify = (input: unknown): Promise<CredentialVerification> =>
    verifyCredential(input, {
      now: deps.now(),
      resolveStatusList: localStatusLists(db, { signer, baseUrl }),
      resolveAlignment: alignmentResolver(db, deps.served.current.taxonomy.id),
    });

  return {
    /** The Open Badge of an attested piece (the first attester's, or the one of `attestationId`). */
    ofEvidence: (
      caller: Caller,
      evidenceId: string,
      { attestationId }: { attestationId?: string | undefined } = {},
    ) =>
      outcome(async () => {
        await ensureOnEvidence(db, caller.account, 'evidence:read-credential', evidenceId);
        const evidence = await getEvidence(db, evidenceId);
        if (evidence && !isActive(evidence)) {
          await ensureOnEvidence(db, caller.account, 'evidence:read-withdrawn', evidenceId);
        }
        const credentials = await listEvidenceCredentials(db, evidenceId);
        const found = attestationId
          ? credentials.find((c) => c.attestationId === attestationId)
          : credentials[0];
        if (!found) {
          throw new DomainError(
            'credential.not_found',
            { evidenceId },
            `evidence ${evidenceId} has no credential${attestationId ? ` for attestation ${attestationId}` : ': it was never attested'}`,
          );
        }
        return found;
      }),

    /** All of a learner's credentials still in force, as one presentation the platform signs. */
    bundle: (caller: Caller, learnerId: string) =>
      outcome(async () => {
        await ensureOnLearner(db, caller.account, 'credentials:bundle', learnerId);
        return learnerPresentation(db, learnerId, { signer, platformDid: platformKey.did, now: deps.now() });
      }),

    /** A revocation list as it stands now, signed by the platform (public). */
    statusList: (listId: string) =>
      outcome(() => signedStatusList(db, listId, { signer, baseUrl, now: deps.now() })),

    /** Which of these pieces have an Open Badge in force (to offer it for download). */
    inForce: (evidenceIds: readonly string[]) =>
      outcome(async () => {
        const found = new Set<string>();
        for (const id of evidenceIds) {
          const credentials = await listEvidenceCredentials(db, id);
          if (credentials.some((c) => c.revokedAt === null)) found.add(id);
        }
        return found;
      }),

    /**
     * The Open Badge of an entry a public showcase shows: whoever holds the showcase link may take
     * it (`credential.not_found` for anything else, as if it did not exist).
     */
    fromShowcase: (slug: string, evidenceId: string) =>
      outcome(async () => {
        const showcase = await openShowcase(db, slug, { now: deps.now });
        const shown = showcase?.entries.some((e) => e.evidence.id === evidenceId) ?? false;
        const [credential] = shown ? await listEvidenceCredentials(db, evidenceId) : [];
        if (!credential || credential.revokedAt !== null) {
          throw new DomainError(
            'credential.not_found',
            { evidenceId },
            `no credential ${evidenceId} in this showcase`,
          );
        }
        return credential;
      }),

    /** Checks any credential offline, each check on its own (public). */
    verify: (input: unknown) => outcome(() => verify(input)),

    /**
     * A learner uploads a credential from elsewhere: verified, then stored as `credential` evidence
     * with its original text and what was found. `original` is the text as uploaded.
     */
    import: (caller: Caller, { original, parsed }: { original: string; parsed: unknown }) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'evidence:import');
        const verification = await verify(parsed);
        const { taxonomy } = deps.served.current;
        return inTransaction(deps, (trx) =>
          importCredential(trx, {
            learnerId: caller.account.id,
            taxonomyId: taxonomy.id,
            original,
            verification,
            now: deps.now,
          }),
        );
      }),
  };
}
