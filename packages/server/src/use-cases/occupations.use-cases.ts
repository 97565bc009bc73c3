/** The served classification: its facts, occupation search, one occupation, the top-level groups. */
import { DomainError, getGroups, getOccupation, getTaxonomyCounts, pingDatabase } from '@skillbank/core';
import { type OccupationSearch, searchOccupationPage } from '../matching/occupation-search.js';
import { outcome, readsOf, type UseCaseDeps } from './use-case.js';

export function occupationUseCases(deps: UseCaseDeps) {
  const { db } = deps;
  // Public reads of the classification: a moment's replica lag harms nobody.
  const publicDb = () => readsOf(deps).lagging();
  return {
    /** The served taxonomy with its counts. */
    taxonomy: () =>
      outcome(async () => {
        const { taxonomy } = deps.served.current;
        return { taxonomy, counts: await getTaxonomyCounts(publicDb(), taxonomy.id) };
      }),

    /** Liveness: the database answers; which taxonomy is served. */
    health: () =>
      outcome(async () => {
        await pingDatabase(db);
        return deps.served.current.taxonomy;
      }),

    search: (query: OccupationSearch) => outcome(() => searchOccupationPage(deps, query)),

    /** One occupation with its tasks and its path up the hierarchy. */
    get: (code: string) =>
      outcome(async () => {
        const { taxonomy } = deps.served.current;
        const found = taxonomy.scheme.isOccupationCode(code)
          ? await getOccupation(publicDb(), taxonomy.id, code)
          : null;
        if (!found)
          throw new DomainError('occupation.not_found', { code }, `occupation ${code} was not found`);
        return { ...found, taxonomy };
      }),

    /** The top-level groups, 大类 in CN-2022 (the occupation browser's filter). */
    majorGroups: () =>
      outcome(async () =>
        (await getGroups(publicDb(), deps.served.current.taxonomy.id)).filter((g) => g.level === 1),
      ),
  };
}
