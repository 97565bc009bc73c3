/** The served classification: its facts, occupation search, one occupation, the top-level groups. */
import {
  DomainError,
  getGroups,
  getOccupation,
  getTaxonomyCounts,
  mostLookedUpOccupations,
  type OccupationSummary,
  pingDatabase,
  recordOccupationLookup,
  searchOccupations,
} from '@skillbank/core';
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

    /**
     * One occupation with its tasks and its path up the hierarchy. `lookup: true` (a person opened
     * it: its page or its API record) counts one look-up for the "most looked-up" entry point.
     */
    get: (code: string, { lookup = false }: { lookup?: boolean } = {}) =>
      outcome(async () => {
        const { taxonomy } = deps.served.current;
        const found = taxonomy.scheme.isOccupationCode(code)
          ? await getOccupation(publicDb(), taxonomy.id, code)
          : null;
        if (!found)
          throw new DomainError('occupation.not_found', { code }, `occupation ${code} was not found`);
        if (lookup) await recordOccupationLookup(db, code);
        return { ...found, taxonomy };
      }),

    /**
     * Where to start browsing: a few digital, green and new-in-this-edition occupations with how
     * many there are of each (from the classification's markers), and the most looked-up ones
     * (from the stored look-up counts; occupations the served classification lacks are skipped).
     */
    entryPoints: ({ limit }: { limit: number }) =>
      outcome(async () => {
        const { taxonomy, matcher } = deps.served.current;
        const markers = taxonomy.scheme.spec.markers;
        const some = async (filter: { digital?: true; green?: true; isNew?: true }, marker: string | null) =>
          marker === null
            ? null
            : (await searchOccupations(db, taxonomy.id, { ...filter, limit, offset: 0 })).items;
        const [counts, digital, green, isNew, looked] = await Promise.all([
          getTaxonomyCounts(db, taxonomy.id),
          some({ digital: true }, markers.digital),
          some({ green: true }, markers.green),
          some({ isNew: true }, markers.isNew),
          mostLookedUpOccupations(db, { limit: limit * 2 }),
        ]);
        const popular = looked
          .flatMap(({ code, lookups }) => {
            const occupation: OccupationSummary | null = matcher.occupation(code);
            return occupation ? [{ occupation, lookups }] : [];
          })
          .slice(0, limit);
        return {
          digital: digital && { count: counts.digital, items: digital },
          green: green && { count: counts.green, items: green },
          isNew: isNew && { count: counts.new, items: isNew },
          popular,
        };
      }),

    /** The top-level groups, 大类 in CN-2022 (the occupation browser's filter). */
    majorGroups: () =>
      outcome(async () =>
        (await getGroups(publicDb(), deps.served.current.taxonomy.id)).filter((g) => g.level === 1),
      ),
  };
}
