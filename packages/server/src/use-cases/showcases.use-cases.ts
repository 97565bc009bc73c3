/** Showcases (炫技分享): a learner's shareable, revocable selections of attested entries; the public view. */
import {
  checkpointCovering,
  createShowcase,
  listAllEvidence,
  listShowcases,
  openShowcase,
  revokeShowcase,
} from '@skillbank/core';
import { ensureAllowed } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

export function showcaseUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  return {
    /** The caller's showcases and the evidence they can pick from. */
    list: (caller: Caller) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        const [evidence, showcases] = await Promise.all([
          listAllEvidence(db, caller.account.id),
          listShowcases(db, caller.account.id),
        ]);
        return { evidence, showcases };
      }),

    create: (caller: Caller, input: { title: string; evidenceIds: readonly string[] }) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        return inTransaction(deps, (trx) => createShowcase(trx, caller.account.id, input, { now: deps.now }));
      }),

    revoke: (caller: Caller, showcaseId: string) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        return inTransaction(deps, (trx) =>
          revokeShowcase(trx, caller.account.id, showcaseId, { now: deps.now }),
        );
      }),

    /** The public page behind a link, re-verified on each view (`null`: no such link, or revoked). */
    open: (slug: string) =>
      outcome(() =>
        openShowcase(db, slug, {
          now: deps.now,
          // The entries are proven against a checkpoint that includes them (signed now if needed).
          anchor: (hashes) =>
            checkpointCovering(db, deps.platformKey, hashes, {
              maxAgeSeconds: deps.config.checkpointSeconds,
            }),
        }),
      ),
  };
}
