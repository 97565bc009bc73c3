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

/** Chinese for the field messages of the zod schemas and services (which speak English). */
const ZH_FIELD_MESSAGES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^is required$/, () => '必填'],
  [/^must not be empty$/, () => '不能为空'],
  [/^must be at most (\d+) characters$/, (m) => `最多 ${m[1]} 个字`],
  [
    /^must be a date written YYYY-MM-DD$|^must be a real date$|^must be a date YYYY-MM-DD$/,
    () => '请填写有效日期（年-月-日）',
  ],
  [/^must not be before 1900-01-01$/, () => '不能早于 1900-01-01'],
  [/^must not be in the future$/, () => '不能晚于今天'],
  [/^must not be before occurredOn$/, () => '不能早于开始日期'],
  [/^must be at least 1/, () => '最低为 1（学徒工）'],
  [/^must be at most 8/, () => '最高为 8（首席技师）'],
  [/^must be a whole number from 1 to 8$/, () => '请选择 1 到 8 级'],
  [/^must be an http\(s\) URL$/, () => '请填写 http(s) 开头的链接'],
  [/^needs a url or a name$/, () => '请填写名称或链接'],
  [/^repeats an earlier (\w+)$/, () => '与前面重复'],
  [/^must be an occupation code such as/, () => '职业代码格式应如 2-02-38-01'],
  [/^(\S+) is not an occupation of/, (m) => `${m[1]} 不是职业分类里的代码`],
  [/^must list at most (\d+)/, (m) => `最多 ${m[1]} 项`],
  [/^must be one of/, () => '请从列表中选择'],
  [/^is not an employer or advisor account$/, () => '不是用人单位或学校账户'],
  [/^must pick at least one attested entry$/, () => '请至少选择一条已认证的证据'],
  [/^must pick at most (\d+) entries$/, (m) => `最多选择 ${m[1]} 条`],
  [/is not one of your attested, current entries$/, () => '不是你当前有效的已认证证据'],
  [/^must be a number$|^must be a whole number$/, () => '请填写整数'],
  [/^is not a valid invitation code, or it has expired$/, () => '邀请码无效或已过期'],
  [/^must be a level from 1 to 8$/, () => '请选择 1 到 8 级'],
  [/^list at least one requirement/, () => '请至少写一条要求，或选择一个职业'],
  [/^must list at least one requirement$/, () => '请至少保留一条要求'],
  [/^must be at least (\d+)$/, (m) => `不能小于 ${m[1]}`],
];

/** A field problem in the page's language (the English original when there is no translation). */
export function fieldMessage(lang: Lang, message: string): string {
  if (lang === 'en') return message;
  for (const [pattern, zhText] of ZH_FIELD_MESSAGES) {
    const match = message.match(pattern);
    if (match) return zhText(match);
  }
  return message;
}

const STEP_EN: Record<string, string> = {
  clarify_task: 'clarify the task',
  plan: 'plan',
  decide: 'decide',
  carry_out: 'carry out',
  check: 'check',
  evaluate: 'evaluate',
};

/** A work-process step (stored by its Chinese name) in the page's language. */
export function stepLabel(lang: Lang, step: string): string {
  if (lang === 'zh') return step;
  const id = Object.entries(WORK_PROCESS_STEP_IDS).find(([, name]) => name === step)?.[0];
  return id ? (STEP_EN[id] ?? step) : step;
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

/** A date-time as the page's reader expects it (UTC, minutes). */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A 0–1 score as a percentage. */
export const percent = (x: number) => `${Math.round(x * 100)}%`;
