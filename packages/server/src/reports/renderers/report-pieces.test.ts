/**
 * The streamed forms of a report are the documents themselves: the HTML pieces join to the whole
 * document rendered at once, the JSON pieces to `JSON.stringify(report, null, 2)`, and a large
 * report comes in many pieces, none of them the whole.
 */
import { describe, expect, it } from 'vitest';
import { presentReport } from '../cohort-report.present.js';
import type { CohortReport, ReportLearner } from '../cohort-report.types.js';
import { ReportDocument } from './html.renderer.js';
import { REPORT_RENDERERS } from './index.js';

/** The document rendered at once, as before it streamed. */
const whole = (report: CohortReport) => String(ReportDocument({ report }));

function bigReport(n: number): CohortReport {
  const learners: ReportLearner[] = Array.from({ length: n }, (_, i) => {
    const score = (i % 97) / 100;
    return {
      learnerId: `ac_learner${i}`,
      name: `学员<${i}>&"`,
      status: i % 13 === 0 ? 'not_shared' : 'included',
      evidenceCount: i % 13 === 0 ? 0 : 3,
      topOccupations:
        i % 13 === 0
          ? []
          : [
              {
                code: '6-28-01-10',
                name: '光伏发电运维值班员',
                score,
                band: score >= 0.6 ? 'strong' : score >= 0.4 ? 'moderate' : 'weak',
                fitsWell: score >= 0.6,
                digital: false,
                green: true,
              },
            ],
      bestScore: i % 13 === 0 ? null : score,
    };
  });
  const included = learners.filter((l) => l.status === 'included').length;
  return {
    format: 'skillbank.cohort-report',
    version: 1,
    lang: 'zh',
    cohort: { id: 'co_big', name: '大班' },
    generatedAt: '2026-11-30T00:00:00.000Z',
    anonymised: false,
    scorer: { version: 'match-test' },
    taxonomy: { id: 'cn2022', version: '2022.1' },
    method: { fitThreshold: 0.6, topOccupations: 5, bestFits: 3, consentRule: 'rule', minGroupSize: null },
    population: { members: n, included, notShared: n - included, noEvidence: 0, failed: 0 },
    scores: { mean: 0.5, median: 0.5, fitWellShare: 0.4 },
    learners,
    occupations: [
      {
        code: '6-28-01-10',
        name: '光伏发电运维值班员',
        digital: false,
        green: true,
        learners: 10,
        share: 0.1,
      },
    ],
    gaps: { tasks: [], skills: [{ term: '运维', learners: 12, share: 0.5 }] },
    readiness: { digital: { learners: 0, share: 0 }, green: { learners: 10, share: 0.1 } },
    distribution: [{ from: 0, to: 1, learners: included }],
    suppressed: null,
    summary: ['一句话'],
  };
}

describe('report pieces', () => {
  const report = presentReport(bigReport(2000));

  it('HTML: the pieces are the whole document, the learners in batches', () => {
    const pieces = [...REPORT_RENDERERS.html.pieces(report)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(`<!doctype html>${whole(report)}\n`);
    const length = pieces.join('').length;
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(length / 5);
    // The anonymised report has no table of learners: one piece, the whole document.
    const anonymised = presentReport(bigReport(2000), { anonymised: true });
    expect(REPORT_RENDERERS.html.render(anonymised)).toBe(`<!doctype html>${whole(anonymised)}\n`);
  });

  it('JSON: the pieces are JSON.stringify of the model, with and without learners', () => {
    const pieces = [...REPORT_RENDERERS.json.pieces(report)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const nobody = { ...report, learners: [] };
    expect(REPORT_RENDERERS.json.render(nobody)).toBe(`${JSON.stringify(nobody, null, 2)}\n`);
  });

  it('CSV: every learner once, in many pieces', () => {
    for (const format of ['csv', 'students-csv'] as const) {
      const pieces = [...REPORT_RENDERERS[format].pieces(report)];
      expect(pieces.length).toBeGreaterThan(5);
      const text = pieces.join('');
      for (const id of ['ac_learner0,', 'ac_learner1999,']) expect(text).toContain(id);
      expect(text.split('\r\n').length).toBeGreaterThan(2000);
    }
  });
});
