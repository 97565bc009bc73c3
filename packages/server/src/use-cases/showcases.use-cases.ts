/** Showcases (炫技分享): a learner's shareable, revocable selections of attested entries; the public view. */
import {
  checkpointCovering,
  createShowcase,
  listActiveEvidence,
  listAllEvidence,
  listShowcases,
  openShowcase,
  revokeShowcase,
  type ShowcaseSettings,
  todayUtc,
  updateShowcaseSettings,
} from '@skillbank/core';
import type { OccupationMatch } from '@skillbank/matcher';
import { toMatcherEvidence } from '../matching/matcher-evidence.js';
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

    create: (
      caller: Caller,
      input: { title: string; evidenceIds: readonly string[]; settings?: Partial<ShowcaseSettings> },
    ) =>
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

    /** What a showcase shows besides its pieces (its learner). */
    updateSettings: (caller: Caller, showcaseId: string, settings: Partial<ShowcaseSettings>) =>
      outcome(async () => {
        ensureAllowed(caller.account, 'own-account:use');
        return inTransaction(deps, (trx) =>
          updateShowcaseSettings(trx, caller.account.id, showcaseId, settings),
        );
      }),

    /**
     * The public page behind a link, re-verified on each view (`null`: no such link, or revoked),
     * with the occupations the shown pieces fit best when its graduate chose to show them: matched
     * on the shown pieces alone, so the page tells nothing the graduate did not pick.
     */
    open: (slug: string) =>
      outcome(async () => {
        const showcase = await openShowcase(db, slug, {
          now: deps.now,
          // The entries are proven against a checkpoint that includes them (signed now if needed).
          anchor: (hashes) =>
            checkpointCovering(db, deps.platformKey, hashes, {
              maxAgeSeconds: deps.config.checkpointSeconds,
            }),
        });
        if (!showcase) return null;
        let bestFits: OccupationMatch[] = [];
        if (showcase.settings.showBestFits && showcase.entries.length > 0) {
          const shown = new Set(showcase.entries.map((e) => e.evidence.id));
          const evidence = (await listActiveEvidence(db, showcase.learnerId)).filter((e) => shown.has(e.id));
          const { matches } = deps.served.current.matcher.match(toMatcherEvidence(evidence), {
            limit: 3,
            asOf: todayUtc(deps.now()),
          });
          bestFits = matches;
        }
        return { ...showcase, bestFits };
      }),
  };
}
