/**
 * The cohort report's languages: Chinese first, English on request (`?lang=en` on the API and
 * pages, `--lang en` on the CLI). Its sentences and labels live in the message catalogues
 * (`messages/zh/report.ts`, `messages/en/report.ts`).
 */
import { catalogue, DEFAULT_LANG, isLang, LANGS, type Lang } from '../messages/index.js';
import type { ReportMessages } from '../messages/zh/report.js';

export const REPORT_LANGS = LANGS;
export type ReportLang = Lang;
export const DEFAULT_REPORT_LANG: ReportLang = DEFAULT_LANG;
export const isReportLang = isLang;
export type { ReportMessages };

/** A 0–1 share as a whole percentage. */
export const reportPercent = (share: number) => `${Math.round(share * 100)}%`;

export function reportMessages(lang: ReportLang): ReportMessages {
  return catalogue(lang).report;
}
