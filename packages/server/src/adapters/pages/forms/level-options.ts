/** The choices of a 新八级 level select: none, then 1 学徒工 … 8 首席技师 in the page's language. */
import { SKILL_LEVELS } from '@skillbank/core';
import type { Lang } from '../i18n.js';

export function levelOptions(lang: Lang, noneLabel: string): { value: string; label: string }[] {
  return [
    { value: '', label: noneLabel },
    ...SKILL_LEVELS.map((l) => ({ value: String(l.level), label: `${l.level} ${l[lang]}` })),
  ];
}
