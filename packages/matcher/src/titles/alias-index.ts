/**
 * Aliases found inside a job title. The index holds the taxonomy's own names and the variants
 * people write for them (机械设计工程技术人员 → 机械设计工程师; 保安员 → 保安; group names such
 * as 护理人员), plus the lexicon's aliases; `find` returns every alias the title contains.
 */
import { normalizeText } from '../text/normalize.js';
import { type CodeTarget, resolveCode } from './title-label.js';
import type { AliasSource, TitleAlias } from './title-lexicon.js';

export interface AliasHit {
  alias: string;
  target: CodeTarget;
  source: AliasSource;
  start: number;
}

export interface AliasIndex {
  readonly size: number;
  /** Every alias inside `text` (normalised, spaces allowed), each with the code it names. */
  find(text: string): AliasHit[];
}

interface Entry {
  target: CodeTarget;
  source: AliasSource;
}

/** Longest alias looked for; longer names are matched by their variants. */
const MAX_ALIAS = 16;

/** Suffixes a colloquial title drops: 保安员 → 保安, 美容师 → 美容, 电焊工 → 电焊. */
const DROPPABLE = /(工程技术人员|技术人员|专业人员|服务人员|管理人员|人员|员|师|工)$/;

/**
 * Name variants of the taxonomy itself, each traceable to the name it comes from.
 *
 * @example taxonomyVariants('机械设计工程技术人员') // ['机械设计工程技术人员', '机械设计工程师', '机械设计']
 */
export function taxonomyVariants(name: string): string[] {
  const base = normalizeText(name).replace(/[(（][^)）]*[)）]/g, '');
  const variants = new Set([base]);
  if (base.endsWith('工程技术人员')) variants.add(`${base.slice(0, -6)}工程师`);
  const stem = base.replace(DROPPABLE, '');
  if (stem !== base && stem.length >= 2) variants.add(stem);
  return [...variants].filter((v) => v.length >= 2);
}

export function buildAliasIndex(
  occupations: readonly { code: string; name: string }[],
  groups: readonly { code: string; name: string; level: number }[],
  aliases: readonly TitleAlias[],
): AliasIndex {
  const occupationCodes = new Set(occupations.map((o) => o.code));
  const groupCodes = new Set(groups.map((g) => g.code));
  const entries = new Map<string, Entry[]>();
  const add = (alias: string, target: CodeTarget, source: AliasSource) => {
    const key = normalizeText(alias).replace(/\s+/g, '');
    if (key.length < 2 || key.length > MAX_ALIAS) return;
    const list = entries.get(key) ?? [];
    if (list.some((e) => e.target.target === target.target)) return;
    list.push({ target, source });
    entries.set(key, list);
  };
  for (const occupation of occupations) {
    for (const variant of taxonomyVariants(occupation.name))
      add(variant, { level: 'occupation', target: occupation.code }, 'taxonomy');
  }
  for (const group of groups) {
    if (group.level < 2) continue;
    const level = group.level === 3 ? 'minor' : 'middle';
    for (const variant of taxonomyVariants(group.name))
      add(variant, { level, target: group.code }, 'taxonomy');
  }
  for (const alias of aliases) {
    const target = resolveCode(alias.code, occupationCodes, groupCodes);
    if (target && target.level !== 'major') add(alias.alias, target, alias.source);
  }

  return {
    size: entries.size,
    find(text) {
      const compact = normalizeText(text).replace(/\s+/g, '');
      const hits: AliasHit[] = [];
      for (let start = 0; start < compact.length - 1; start++) {
        const longest = Math.min(MAX_ALIAS, compact.length - start);
        for (let length = 2; length <= longest; length++) {
          const alias = compact.slice(start, start + length);
          const found = entries.get(alias);
          if (found) for (const entry of found) hits.push({ alias, start, ...entry });
        }
      }
      return hits;
    },
  };
}
