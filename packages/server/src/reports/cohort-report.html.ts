/**
 * The report as one self-contained, printable HTML page: the summary first, then charts (inline
 * SVG), tables, and the method with the scorer and taxonomy versions at the bottom. No scripts, no
 * external fonts or images, so it works offline and prints as it looks.
 */
import type { CohortReport } from './cohort-report.types.js';
import { columns, escapeHtml as e, horizontalBars } from './report-charts.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const num = (n: number | null) => (n === null ? '—' : String(n));

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1b1b;max-width:920px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.summary{background:#f3f7fa;border-left:4px solid #2f6f9f;padding:.75rem 1rem}.summary li{margin:.2rem 0}
.meta{color:#555;font-size:.85rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e2e2e2;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.tag{font-size:.75rem;border:1px solid #999;border-radius:3px;padding:0 .25rem;margin-left:.25rem}
footer{margin-top:2.5rem;color:#555;font-size:.8rem;border-top:1px solid #ccc;padding-top:.5rem}
@media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid}h2{break-after:avoid}.summary{background:none}}
`;

const tags = (o: { digital: boolean; green: boolean }) =>
  `${o.digital ? '<span class="tag">数字 digital</span>' : ''}${o.green ? '<span class="tag">绿色 green</span>' : ''}`;

function section(title: string, body: string): string {
  return `<section><h2>${e(title)}</h2>${body}</section>`;
}

export function renderReportHtml(report: CohortReport): string {
  const n = report.population.included ?? 0;
  const parts: string[] = [];
  parts.push(
    `<header><h1>${e(report.cohort.name)} — 班级匹配报告 Cohort match report</h1><p class="meta">${e(report.generatedAt.slice(0, 10))}${report.anonymised ? ' · anonymised 匿名版' : ''}</p></header>`,
  );
  parts.push(
    `<section class="summary"><h2>Summary 摘要</h2><ul>${report.summary.map((l) => `<li>${e(l)}</li>`).join('')}</ul></section>`,
  );
  if (report.occupations.length > 0)
    parts.push(
      section(
        `Occupations they fit well (score ≥ ${report.method.fitThreshold})`,
        horizontalBars(
          report.occupations.slice(0, 12).map((o) => ({
            label: o.name,
            value: o.learners,
            note: `${o.learners} (${pct(o.share)})`,
          })),
          { title: 'Learners fitting each occupation well' },
        ) +
          `<table><thead><tr><th>Code</th><th>Occupation</th><th>Learners</th><th>Share</th></tr></thead><tbody>${report.occupations
            .map(
              (o) =>
                `<tr><td>${e(o.code)}</td><td>${e(o.name)}${tags(o)}</td><td class="n">${o.learners}</td><td class="n">${pct(o.share)}</td></tr>`,
            )
            .join('')}</tbody></table>`,
      ),
    );
  const { digital, green } = report.readiness;
  if (n > 0 && (digital.share !== null || green.share !== null))
    parts.push(
      section(
        'Digital and green readiness',
        horizontalBars(
          [
            ...(digital.share === null
              ? []
              : [{ label: '数字 digital', value: digital.share, note: pct(digital.share) }]),
            ...(green.share === null
              ? []
              : [{ label: '绿色 green', value: green.share, note: pct(green.share) }]),
          ],
          {
            title: 'Share of learners with a digital or green occupation among their best fits',
            max: 1,
            colour: '#4b8b3b',
          },
        ) +
          `<p class="meta">Share of learners with a digital (green) occupation among their ${report.method.bestFits} best fits scoring ≥ ${report.method.fitThreshold}.</p>`,
      ),
    );
  if (report.distribution.length > 0)
    parts.push(
      section(
        'Distribution of best match scores',
        columns(
          report.distribution.map((b) => ({
            label: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`,
            value: b.learners,
            note: String(b.learners),
          })),
          { title: 'Learners by best match score' },
        ),
      ),
    );
  if (report.gaps.tasks.length > 0)
    parts.push(
      section(
        'Gaps blocking the most learners: tasks',
        horizontalBars(
          report.gaps.tasks
            .slice(0, 10)
            .map((t) => ({ label: t.text, value: t.learners, note: `${t.learners} (${pct(t.share)})` })),
          { title: 'Learners missing each task', colour: '#b5651d' },
        ) +
          `<table><thead><tr><th>Task</th><th>Occupation</th><th>Learners</th><th>Mean gain</th></tr></thead><tbody>${report.gaps.tasks
            .map(
              (t) =>
                `<tr><td>${e(t.text)} <span class="meta">${e(t.taskId)}</span></td><td>${e(t.occupationName)}</td><td class="n">${t.learners} (${pct(t.share)})</td><td class="n">${t.meanGain.toFixed(3)}</td></tr>`,
            )
            .join('')}</tbody></table>`,
      ),
    );
  if (report.gaps.skills.length > 0)
    parts.push(
      section(
        'Gaps: skills and terms no evidence mentions',
        `<table><thead><tr><th>Term</th><th>Learners</th></tr></thead><tbody>${report.gaps.skills
          .map((s) => `<tr><td>${e(s.term)}</td><td class="n">${s.learners} (${pct(s.share)})</td></tr>`)
          .join('')}</tbody></table>`,
      ),
    );
  if (report.learners.length > 0)
    parts.push(
      section(
        'Learners',
        `<table><thead><tr><th>Name</th><th>Status</th><th>Evidence</th><th>Best fits</th></tr></thead><tbody>${report.learners
          .map(
            (l) =>
              `<tr><td>${e(l.name)}</td><td>${e(l.status.replace('_', ' '))}</td><td class="n">${l.evidenceCount}</td><td>${l.topOccupations
                .map((o) => `${e(o.name)} <span class="meta">${e(o.code)} · ${o.score.toFixed(2)}</span>`)
                .join('<br>')}</td></tr>`,
          )
          .join('')}</tbody></table>`,
      ),
    );
  const p = report.population;
  const s = report.suppressed;
  parts.push(
    `<footer><p><strong>Method.</strong> ${e(report.method.consentRule)} An occupation fits a learner well when it scores at least ${report.method.fitThreshold} (scores 0–1) among the learner's ten best. Gaps are the uncovered tasks, and distinctive terms no evidence mentions, of each learner's best-fitting occupation.${
      report.anonymised
        ? ` Anonymised: no names or learner ids; no group smaller than ${report.method.minGroupSize} is shown.${s ? ` ${e(s.note)}` : ''}`
        : ''
    }</p><p>Members ${num(p.members)} · in report ${num(p.included)} · not shared ${num(p.notShared)} · no evidence ${num(p.noEvidence)} · failed ${num(p.failed)}</p><p>Scorer ${e(report.scorer.version)} · taxonomy ${e(report.taxonomy.id)} ${e(report.taxonomy.version)} · generated ${e(report.generatedAt)}</p></footer>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(report.cohort.name)} — cohort match report</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
