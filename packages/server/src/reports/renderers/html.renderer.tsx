/**
 * The report as one self-contained, printable HTML page: the summary first, then charts (inline
 * SVG), tables, and the method with the scorer and taxonomy versions at the bottom. No scripts, no
 * external fonts or images, so it works offline and prints as it looks. Every label and sentence is
 * in the report's language (`report.lang`). Written in Hono JSX, so every text is escaped.
 */

import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { CohortReport } from '../cohort-report.types.js';
import { Columns, HorizontalBars } from '../report-charts.js';
import { type ReportMessages, reportMessages } from '../report-i18n.js';
import type { ReportRenderer } from './report-renderer.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const num = (n: number | null) => (n === null ? '—' : String(n));

// A constant of our own (no reader input), so it goes in as it is: escaping would break the font names.
/** The report's stylesheet, inline so a saved report keeps it (allowed by its hash in the CSP). */
export const REPORT_CSS = `
body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1b1b;max-width:920px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.summary{background:#f3f7fa;border-left:4px solid #2f6f9f;padding:.75rem 1rem}.summary li{margin:.2rem 0}
.meta{color:#555;font-size:.85rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e2e2e2;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.tag{font-size:.75rem;border:1px solid #999;border-radius:3px;padding:0 .25rem;margin-left:.25rem}
footer{margin-top:2.5rem;color:#555;font-size:.8rem;border-top:1px solid #ccc;padding-top:.5rem}
@media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid}h2{break-after:avoid}.summary{background:none}}
`;
const STYLE = raw(REPORT_CSS);

function Tags({ t, o }: { t: ReportMessages; o: { digital: boolean; green: boolean } }) {
  return (
    <>
      {o.digital && <span class="tag">{t.digital}</span>}
      {o.green && <span class="tag">{t.green}</span>}
    </>
  );
}

function Section({ title, children }: { title: string; children?: Child }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Head({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((l) => (
          <th>{l}</th>
        ))}
      </tr>
    </thead>
  );
}

/** The report's body sections (the page of the report and the downloaded document share them). */
export function ReportSections({ report }: { report: CohortReport }) {
  const t = reportMessages(report.lang);
  const n = report.population.included ?? 0;
  const { digital, green } = report.readiness;
  return (
    <>
      {report.occupations.length > 0 && (
        <Section title={t.occupationsTitle(report.method.fitThreshold)}>
          <HorizontalBars
            title={t.occupationsChart}
            bars={report.occupations.slice(0, 12).map((o) => ({
              label: o.name,
              value: o.learners,
              note: `${o.learners} (${pct(o.share)})`,
            }))}
          />
          <table>
            <Head labels={[t.colCode, t.colOccupation, t.colLearners, t.colShare]} />
            <tbody>
              {report.occupations.map((o) => (
                <tr>
                  <td>{o.code}</td>
                  <td>
                    {o.name}
                    <Tags t={t} o={o} />
                  </td>
                  <td class="n">{o.learners}</td>
                  <td class="n">{pct(o.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      {n > 0 && (digital.share !== null || green.share !== null) && (
        <Section title={t.readinessTitle}>
          <HorizontalBars
            title={t.readinessChart}
            max={1}
            colour="#4b8b3b"
            bars={[
              ...(digital.share === null
                ? []
                : [{ label: t.digital, value: digital.share, note: pct(digital.share) }]),
              ...(green.share === null
                ? []
                : [{ label: t.green, value: green.share, note: pct(green.share) }]),
            ]}
          />
          <p class="meta">{t.readinessNote(report.method.bestFits, report.method.fitThreshold)}</p>
        </Section>
      )}
      {report.distribution.length > 0 && (
        <Section title={t.distributionTitle}>
          <Columns
            title={t.distributionChart}
            bars={report.distribution.map((b) => ({
              label: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`,
              value: b.learners,
              note: String(b.learners),
            }))}
          />
        </Section>
      )}
      {report.gaps.tasks.length > 0 && (
        <Section title={t.taskGapsTitle}>
          <HorizontalBars
            title={t.taskGapsChart}
            colour="#b5651d"
            bars={report.gaps.tasks
              .slice(0, 10)
              .map((g) => ({ label: g.text, value: g.learners, note: `${g.learners} (${pct(g.share)})` }))}
          />
          <table>
            <Head labels={[t.colTask, t.colOccupation, t.colLearners, t.colMeanGain]} />
            <tbody>
              {report.gaps.tasks.map((g) => (
                <tr>
                  <td>
                    {g.text} <span class="meta">{g.taskId}</span>
                  </td>
                  <td>{g.occupationName}</td>
                  <td class="n">{`${g.learners} (${pct(g.share)})`}</td>
                  <td class="n">{g.meanGain.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      {report.gaps.skills.length > 0 && (
        <Section title={t.skillGapsTitle}>
          <table>
            <Head labels={[t.colTerm, t.colLearners]} />
            <tbody>
              {report.gaps.skills.map((s) => (
                <tr>
                  <td>{s.term}</td>
                  <td class="n">{`${s.learners} (${pct(s.share)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      {report.learners.length > 0 && (
        <Section title={t.learnersTitle}>
          <table>
            <Head labels={[t.colName, t.colStatus, t.colEvidence, t.colBestFits]} />
            <tbody>
              {report.learners.map((l) => (
                <tr>
                  <td>{l.name}</td>
                  <td>{t.status[l.status] ?? l.status}</td>
                  <td class="n">{l.evidenceCount}</td>
                  <td>
                    {l.topOccupations.map((o, i) => (
                      <>
                        {i > 0 && <br />}
                        {o.name} <span class="meta">{`${o.code} · ${o.score.toFixed(2)}`}</span>
                      </>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
    </>
  );
}

/** The method, the population and the versions (the report's footer). */
export function ReportMethod({ report }: { report: CohortReport }) {
  const t = reportMessages(report.lang);
  const p = report.population;
  const s = report.suppressed;
  const anonymised = report.anonymised
    ? ` ${t.anonymisedMethod(report.method.minGroupSize)}${s ? ` ${s.note}` : ''}`
    : '';
  return (
    <footer>
      <p>
        <strong>{t.methodTitle}</strong>
        {` ${report.method.consentRule} ${t.method(report.method.fitThreshold)}${anonymised}`}
      </p>
      <p>
        {t.population({
          members: num(p.members),
          included: num(p.included),
          notShared: num(p.notShared),
          noEvidence: num(p.noEvidence),
          failed: num(p.failed),
        })}
      </p>
      <p>
        {t.versions(
          report.scorer.version,
          `${report.taxonomy.id} ${report.taxonomy.version}`,
          report.generatedAt,
        )}
      </p>
    </footer>
  );
}

/** The whole downloadable document. */
export function ReportDocument({ report }: { report: CohortReport }) {
  const t = reportMessages(report.lang);
  return (
    <html lang={t.htmlLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${report.cohort.name} — ${t.title}`}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <header>
          <h1>{`${report.cohort.name} — ${t.title}`}</h1>
          <p class="meta">
            {report.generatedAt.slice(0, 10)}
            {report.anonymised ? ` · ${t.anonymisedTag}` : ''}
          </p>
        </header>
        <section class="summary">
          <h2>{t.summaryTitle}</h2>
          <ul>
            {report.summary.map((l) => (
              <li>{l}</li>
            ))}
          </ul>
        </section>
        <ReportSections report={report} />
        <ReportMethod report={report} />
      </body>
    </html>
  );
}

export const htmlRenderer: ReportRenderer = {
  mediaType: 'text/html; charset=utf-8',
  answersRanges: ['text/*'],
  extension: 'html',
  render: (report) => `<!doctype html>${(<ReportDocument report={report} />).toString()}\n`,
};
