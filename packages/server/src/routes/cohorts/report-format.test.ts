/** Accept-header negotiation of the cohort report. */
import { describe, expect, it } from 'vitest';
import { negotiateReportFormat } from './report-format.js';

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
