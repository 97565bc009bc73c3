/** Builds the classifier's title index: aliases, nearest labelled titles, group members. */
import { type AliasIndex, buildAliasIndex } from './alias-index.js';
import { resolveCode } from './title-label.js';
import type { TitleLexicon } from './title-lexicon.js';
import { buildTitleNeighbours, type TitleNeighbours } from './title-neighbours.js';

/** The classifier's lookup structures for titles (aliases and labelled titles). */
export interface TitleIndex {
  aliases: AliasIndex;
  neighbours: TitleNeighbours;
  /** Occupation indices of each group code (minor and middle). */
  members: Map<string, number[]>;
  /** The lexicon the index was built from (a stored index keeps it, to build the same index again). */
  lexicon: TitleLexicon;
}

export function buildTitleIndex(
  occupations: readonly { code: string; name: string; minorCode: string | null; middleCode: string | null }[],
  groups: readonly { code: string; name: string; level: number }[],
  lexicon: TitleLexicon,
): TitleIndex {
  const members = new Map<string, number[]>();
  occupations.forEach((occupation, index) => {
    for (const group of [occupation.minorCode, occupation.middleCode]) {
      if (group === null) continue; // a rank the taxonomy's scheme lacks
      const list = members.get(group) ?? [];
      list.push(index);
      members.set(group, list);
    }
  });
  const occupationCodes = new Set(occupations.map((o) => o.code));
  const groupCodes = new Set(groups.map((g) => g.code));
  const labelled = lexicon.labelled.flatMap((item) => {
    const target = resolveCode(item.code, occupationCodes, groupCodes);
    return target ? [{ title: item.title, target }] : [];
  });
  return {
    aliases: buildAliasIndex(occupations, groups, lexicon.aliases),
    neighbours: buildTitleNeighbours(labelled),
    members,
    lexicon,
  };
}
