/** Page language: Chinese first, English on request (`?lang=en`, remembered in a cookie). */

import {
  EVIDENCE_KIND_LABELS,
  type EvidenceKind,
  SKILL_LEVELS,
  WORK_PROCESS_STEP_IDS,
} from '@skillbank/core';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Lang, type PageMessages, pageMessages } from '../../messages/index.js';

export type { Lang };
/** The page texts of one language (the page areas of the message catalogue). */
export type Messages = PageMessages;

export function messages(lang: Lang): Messages {
  return pageMessages(lang);
}

/** The page language: `?lang=` wins (and is remembered), then the cookie, then Chinese. */
export function pageLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'zh' || asked === 'en') {
    setCookie(c, 'lang', asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    return asked;
  }
  const saved = getCookie(c, 'lang');
  return saved === 'en' ? 'en' : 'zh';
}

/** A work-process step (stored by its Chinese name) in the page's language. */
export function stepLabel(lang: Lang, step: string): string {
  const id = Object.entries(WORK_PROCESS_STEP_IDS).find(([, name]) => name === step)?.[0];
  const names: Record<string, string> = messages(lang).stepNames;
  return (id && names[id]) || step;
}

export function kindLabel(lang: Lang, kind: string): string {
  return EVIDENCE_KIND_LABELS[kind as EvidenceKind]?.[lang] ?? kind;
}

/** "3 中级工" / "3 intermediate worker". */
export function levelLabel(lang: Lang, level: number | null): string {
  const found = SKILL_LEVELS.find((l) => l.level === level);
  return found ? `${found.level} ${found[lang]}` : '—';
}

export function roleLabel(lang: Lang, role: string): string {
  const m = messages(lang);
  switch (role) {
    case 'learner':
      return m.roleLearner;
    case 'employer':
      return m.roleEmployer;
    case 'advisor':
      return m.roleAdvisor;
    case 'provider':
      return m.roleProvider;
    default:
      return m.roleAdmin;
  }
}

/**
 * Stored instants as the page's reader reads them, in their time zone (see `time-zone.ts`):
 * `formatTime('2026-11-30T03:04:05Z')` → `2026-11-30 11:04 UTC+8` for a reader in Asia/Shanghai.
 */
export { currentTimeZone, formatDate, formatTime } from './time-zone.js';

/** A 0–1 score as a percentage. */
export const percent = (x: number) => `${Math.round(x * 100)}%`;
