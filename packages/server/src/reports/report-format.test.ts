/** Accept and Accept-Language negotiation of the cohort report. */
import { describe, expect, it } from 'vitest';
import { negotiateReportFormat, negotiateReportLang } from './report-format.js';

describe('negotiateReportFormat', () => {
  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['application/json', 'json'],
    ['text/csv', 'csv'],
    ['TEXT/HTML; charset=utf-8', 'html'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'],
    ['application/json;q=0.5, text/csv', 'csv'],
    ['text/*', 'html'],
    ['*/*', 'json'],
    ['application/xml', null],
    ['text/csv;q=0', null],
    ['image/png, text/plain', null],
  ] as const)('%s → %s', (accept, format) => {
    expect(negotiateReportFormat(accept)).toBe(format);
  });
});

describe('negotiateReportLang', () => {
  it.each([
    [undefined, undefined, 'zh'],
    [undefined, '', 'zh'],
    [undefined, 'zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    [undefined, 'en-US,en;q=0.9', 'en'],
    [undefined, ' EN', 'en'],
    [undefined, 'fr-FR,en;q=0.5', 'zh'],
    ['zh', 'en-US', 'zh'],
    ['en', 'zh-CN', 'en'],
  ] as const)('?lang=%s, Accept-Language %s → %s', (asked, header, lang) => {
    expect(negotiateReportLang(asked, header)).toBe(lang);
  });
});
