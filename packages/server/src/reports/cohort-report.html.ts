/**
 * The report as one self-contained, printable HTML page: the summary first, then charts (inline
 * SVG), tables, and the method with the scorer and taxonomy versions at the bottom. No scripts, no
 * external fonts or images, so it works offline and prints as it looks. Every label and sentence is
 * in the report's language (`report.lang`; texts in `report-i18n.ts`).
 */
import type { CohortReport } from './cohort-report.types.js';
import { columns, escapeHtml as e, horizontalBars } from './report-charts.js';
import { type ReportMessages, reportMessages } from './report-i18n.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const num = (n: number | null) => (n === null ? '—' : String(n));

/** The report's stylesheet, inline so a saved report keeps it (allowed by its hash in the CSP). */
export const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1b1b;max-width:920px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.summary{background:#f3f7fa;border-left:4px solid #2f6f9f;padding:.75rem 1rem}.summary li{margin:.2rem 0}
.meta{color:#555;font-size:.85rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e2e2e2;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.tag{font-size:.75rem;border:1px solid #999;border-radius:3px;padding:0 .25rem;margin-left:.25rem}
footer{margin-top:2.5rem;color:#555;font-size:.8rem;border-top:1px solid #ccc;padding-top:.5rem}
@media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid}h2{break-after:avoid}.summary{background:none}}
`;

const tags = (t: ReportMessages, o: { digital: boolean; green: boolean }) =>
  `${o.digital ? `<span class="tag">${e(t.digital)}</span>` : ''}${o.green ? `<span class="tag">${e(t.green)}</span>` : ''}`;

function section(title: string, body: string): string {
  return `<section><h2>${e(title)}</h2>${body}</section>`;
}

const row = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
const head = (labels: string[]) => `<thead>${row(labels.map((l) => `<th>${e(l)}</th>`))}</thead>`;

export function renderReportHtml(report: CohortReport): string {
  const t = reportMessages(report.lang);
  const n = report.population.included ?? 0;
  const parts: string[] = [];
  parts.push(
    `<header><h1>${e(report.cohort.name)} — ${e(t.title)}</h1><p class="meta">${e(report.generatedAt.slice(0, 10))}${report.anonymised ? ` · ${e(t.anonymisedTag)}` : ''}</p></header>`,
  );
  parts.push(
    `<section class="summary"><h2>${e(t.summaryTitle)}</h2><ul>${report.summary.map((l) => `<li>${e(l)}</li>`).join('')}</ul></section>`,
  );
  if (report.occupations.length > 0)
    parts.push(
      section(
        t.occupationsTitle(report.method.fitThreshold),
        horizontalBars(
          report.occupations.slice(0, 12).map((o) => ({
            label: o.name,
            value: o.learners,
            note: `${o.learners} (${pct(o.share)})`,
          })),
          { title: t.occupationsChart },
        ) +
          `<table>${head([t.colCode, t.colOccupation, t.colLearners, t.colShare])}<tbody>${report.occupations
            .map(
              (o) =>
                `<tr><td>${e(o.code)}</td><td>${e(o.name)}${tags(t, o)}</td><td class="n">${o.learners}</td><td class="n">${pct(o.share)}</td></tr>`,
            )
            .join('')}</tbody></table>`,
      ),
    );
  const { digital, green } = report.readiness;
  if (n > 0 && (digital.share !== null || green.share !== null))
    parts.push(
      section(
        t.readinessTitle,
        `${horizontalBars(
          [
            ...(digital.share === null
              ? []
              : [{ label: t.digital, value: digital.share, note: pct(digital.share) }]),
            ...(green.share === null ? [] : [{ label: t.green, value: green.share, note: pct(green.share) }]),
          ],
          { title: t.readinessChart, max: 1, colour: '#4b8b3b' },
        )}<p class="meta">${e(t.readinessNote(report.method.bestFits, report.method.fitThreshold))}</p>`,
      ),
    );
  if (report.distribution.length > 0)
    parts.push(
      section(
        t.distributionTitle,
        columns(
          report.distribution.map((b) => ({
            label: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`,
            value: b.learners,
            note: String(b.learners),
          })),
          { title: t.distributionChart },
        ),
      ),
    );
  if (report.gaps.tasks.length > 0)
    parts.push(
      section(
        t.taskGapsTitle,
        horizontalBars(
          report.gaps.tasks
            .slice(0, 10)
            .map((g) => ({ label: g.text, value: g.learners, note: `${g.learners} (${pct(g.share)})` })),
          { title: t.taskGapsChart, colour: '#b5651d' },
        ) +
          `<table>${head([t.colTask, t.colOccupation, t.colLearners, t.colMeanGain])}<tbody>${report.gaps.tasks
            .map(
              (g) =>
                `<tr><td>${e(g.text)} <span class="meta">${e(g.taskId)}</span></td><td>${e(g.occupationName)}</td><td class="n">${g.learners} (${pct(g.share)})</td><td class="n">${g.meanGain.toFixed(3)}</td></tr>`,
            )
            .join('')}</tbody></table>`,
      ),
    );
  if (report.gaps.skills.length > 0)
    parts.push(
      section(
        t.skillGapsTitle,
        `<table>${head([t.colTerm, t.colLearners])}<tbody>${report.gaps.skills
          .map((s) => `<tr><td>${e(s.term)}</td><td class="n">${s.learners} (${pct(s.share)})</td></tr>`)
          .join('')}</tbody></table>`,
      ),
    );
  if (report.learners.length > 0)
    parts.push(
      section(
        t.learnersTitle,
        `<table>${head([t.colName, t.colStatus, t.colEvidence, t.colBestFits])}<tbody>${report.learners
          .map(
            (l) =>
              `<tr><td>${e(l.name)}</td><td>${e(t.status[l.status] ?? l.status)}</td><td class="n">${l.evidenceCount}</td><td>${l.topOccupations
                .map((o) => `${e(o.name)} <span class="meta">${e(o.code)} · ${o.score.toFixed(2)}</span>`)
                .join('<br>')}</td></tr>`,
          )
          .join('')}</tbody></table>`,
      ),
    );
  const p = report.population;
  const s = report.suppressed;
  parts.push(
    `<footer><p><strong>${e(t.methodTitle)}</strong> ${e(report.method.consentRule)} ${e(t.method(report.method.fitThreshold))}${
      report.anonymised
        ? ` ${e(t.anonymisedMethod(report.method.minGroupSize))}${s ? ` ${e(s.note)}` : ''}`
        : ''
    }</p><p>${e(
      t.population({
        members: num(p.members),
        included: num(p.included),
        notShared: num(p.notShared),
        noEvidence: num(p.noEvidence),
        failed: num(p.failed),
      }),
    )}</p><p>${e(t.versions(report.scorer.version, `${report.taxonomy.id} ${report.taxonomy.version}`, report.generatedAt))}</p></footer>`,
  );
  return `<!doctype html><html lang="${e(t.htmlLang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(report.cohort.name)} — ${e(t.title)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
