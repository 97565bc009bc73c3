/**
 * Content negotiation for cohort reports: `?format=` wins, else the Accept header (q-values
 * honoured); `?lang=` wins, else an Accept-Language whose first choice is English, else Chinese.
 */
import { negotiateLang } from '../messages/index.js';
import {
  REPORT_FORMATS,
  REPORT_RENDERERS,
  type ReportFormat,
  type ReportRenderer,
} from './renderers/index.js';

export { isReportFormat, REPORT_FORMATS, REPORT_RENDERERS, type ReportFormat } from './renderers/index.js';

/** Media ranges to formats: each renderer's own type, and the wildcards it answers (the first registered wins). */
const BY_TYPE: Record<string, ReportFormat> = Object.fromEntries(
  REPORT_FORMATS.flatMap((format) => {
    const { mediaType, answersRanges = [] } = REPORT_RENDERERS[format] as ReportRenderer;
    return [mediaType.split(';')[0] as string, ...answersRanges].map((range) => [range, format]);
  }).reverse(),
);

/**
 * The format an Accept header asks for, or `null` when it accepts none of them (a 406).
 * @example negotiateReportFormat('text/html,application/xhtml+xml;q=0.9,*\/*;q=0.8') // 'html'
 */
export function negotiateReportFormat(accept: string | undefined): ReportFormat | null {
  if (!accept || accept.trim() === '') return 'json';
  const ranges = accept
    .split(',')
    .map((part, order) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { type: type.toLowerCase(), q: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of ranges) {
    const format = BY_TYPE[range.type];
    if (format) return format;
  }
  return null;
}

/** The report language: `?lang=`, else an Accept-Language whose first choice is English, else Chinese. */
export const negotiateReportLang = negotiateLang;
