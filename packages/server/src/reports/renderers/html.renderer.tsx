/**
 * The report as one self-contained, printable HTML page: the summary first, then charts (inline
 * SVG), tables, and the method with the scorer and taxonomy versions at the bottom. No scripts, no
 * external fonts or images, so it works offline and prints as it looks. Every label and sentence is
 * in the report's language (`report.lang`). Written in Hono JSX, so every text is escaped.
 */

import { BANDS, type Band, bandOf } from '@skillbank/matcher';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { formatDateIn, formatTimeIn, validTimeZone } from '../../time-zone.js';
import { bestFits } from '../cohort-report.fits.js';
import type { CohortReport, ReportOccupationScore } from '../cohort-report.types.js';
import { Histogram, HorizontalBars } from '../report-charts.js';
import { type ReportMessages, reportMessages } from '../report-i18n.js';
import { batches, joinPieces, type RenderOptions, type ReportRenderer } from './report-renderer.js';
import { TABLE_CARDS_CSS } from './table-cards.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const num = (n: number | null) => (n === null ? '—' : String(n));

// A constant of our own (no reader input), so it goes in as it is: escaping would break the font names.
/**
 * The report's stylesheet, inline so a saved report keeps it (allowed by its hash in the CSP). The
 * class names (`table.data`, `.table-wrap`, `.muted`, `.panel`, `.tag.digital`, `.tag.green`) are the
 * web pages' too, so the report page draws the same sections with the site's stylesheet.
 */
export const REPORT_CSS = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1b1b1b;max-width:920px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.summary{background:#f3f7fa;border-left:4px solid #2f6f9f;padding:.75rem 1rem}.summary li{margin:.2rem 0}
.muted{color:#555;font-size:.85rem}.panel{border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem;margin:.5rem 0}
.table-wrap{overflow-x:auto}table.data{border-collapse:collapse;width:100%;font-size:.9rem}table.data th,table.data td{border-bottom:1px solid #e2e2e2;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.tag{display:inline-block;font-size:.75rem;border-radius:999px;padding:0 .4rem;margin-left:.25rem;white-space:nowrap}
.band{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;border:1px solid currentColor;white-space:nowrap}
.band-strong{color:#166534}.band-moderate{color:#92400e}.band-weak{color:#6b7280}
.tag.digital{background:#f1e9ff;color:#5a32a3}.tag.green{background:#dafbe1;color:#116329}
footer{margin-top:2.5rem;color:#555;font-size:.8rem;border-top:1px solid #ccc;padding-top:.5rem}
@media (max-width:480px){body{margin:1rem auto;padding:0 .75rem}}
${TABLE_CARDS_CSS}
@media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid}h2{break-after:avoid}.summary{background:none}}
`;
const STYLE = raw(REPORT_CSS);

function Tags({ t, o }: { t: ReportMessages; o: { digital: boolean; green: boolean } }) {
  return (
    <>
      {o.digital && <span class="tag digital">{t.digital}</span>}
      {o.green && <span class="tag green">{t.green}</span>}
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

/** Why a part of the report is empty and what to do about it (never a bare "—"). */
function Empty({ children }: { children?: Child }) {
  return <p class="panel empty">{children}</p>;
}

/**
 * A table of the report. `kind` names its phone layout (see table-cards.ts): `learners`, `cards pairs`
 * (two columns), or by default `cards` (a card per row; its cells carry `data-label`, the row's
 * name `class="lead"`).
 */
function Table({ labels, kind = 'cards', children }: { labels: string[]; kind?: string; children?: Child }) {
  return (
    <div class="table-wrap">
      <table class={`data ${kind}`}>
        <thead>
          <tr>
            {labels.map((l) => (
              <th scope="col">{l}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * Why the report has no one to show, when it has no one: no members, none sharing, no evidence,
 * or (anonymised) too few. `null` when learners are in it.
 */
function nobodyReason(report: CohortReport, t: ReportMessages): string | null {
  const p = report.population;
  if (p.included === null) return report.suppressed?.note ?? t.nothingShown;
  if (p.included > 0) return null;
  if (p.members === 0) return t.emptyNoMembers;
  if (p.members !== null && p.notShared === p.members) return t.emptyNoneShared(p.members);
  return t.emptyNoEvidence;
}

/** Why a list is empty although learners are in the report: left out for privacy, or really empty. */
const emptyList = (report: CohortReport, t: ReportMessages, leftOut: number, otherwise: string) =>
  report.anonymised && leftOut > 0 ? t.emptySuppressed(report.method.minGroupSize ?? 0) : otherwise;

/** A score's calibrated band in words, as on the match pages (its meaning in the hint). */
function BandWord({ t, band }: { t: ReportMessages; band: Band }) {
  return (
    <span class={`band band-${band}`} title={t.bandHint}>
      {t.band[band]}
    </span>
  );
}

/** One of a learner's occupations with its score (and tags for a best fit). */
function OccupationScore({ t, o }: { t: ReportMessages; o: ReportOccupationScore }) {
  return (
    <>
      {o.name}{' '}
      <span class="muted" title={o.code}>
        {o.score.toFixed(2)}
      </span>{' '}
      <BandWord t={t} band={o.band} />
      <Tags t={t} o={o} />
    </>
  );
}

/** One learner's row: status, evidence, best score and best fits (tagged), or the closest occupation. */
function LearnerRow({
  t,
  l,
  labels,
}: {
  t: ReportMessages;
  l: CohortReport['learners'][number];
  /** The column names, before each value when the row is a card (phones). */
  labels: string[];
}) {
  const fits = bestFits(l);
  const closest = l.topOccupations[0];
  return (
    <tr>
      <th scope="row">{l.name}</th>
      <td style="white-space:nowrap" data-label={labels[1]}>
        {t.status[l.status] ?? l.status}
      </td>
      {/* A member who does not share is not read: their evidence is unknown, not none (no 0, no label on a card). */}
      {l.status === 'not_shared' ? (
        <td class="n" />
      ) : (
        <td class="n" data-label={labels[2]}>
          {l.evidenceCount}
        </td>
      )}
      <td class="n" data-label={labels[3]}>
        {l.bestScore !== null && (
          <>
            {l.bestScore.toFixed(2)} <BandWord t={t} band={bandOf(l.bestScore)} />
          </>
        )}
      </td>
      <td class="fits" data-label={labels[4]}>
        {fits.map((o, i) => (
          <>
            {i > 0 && <br />}
            <OccupationScore t={t} o={o} />
          </>
        ))}
        {fits.length === 0 && closest && (
          <span class="muted">
            {t.closestOnly(closest.name, t.scoreBand(closest.score.toFixed(2), t.band[closest.band]))}
          </span>
        )}
      </td>
    </tr>
  );
}

/** The learners table's column names. */
const learnerLabels = (report: CohortReport, t: ReportMessages): string[] => [
  t.colName,
  t.colStatus,
  t.colEvidence,
  t.colBestScore,
  t.colBestFits(report.method.fitThreshold),
];

/**
 * Each learner, a row each. `rows` stands in for the rows (the streamed document writes them in
 * batches where it is).
 */
function LearnersSection({ report, rows }: { report: CohortReport; rows?: Child }) {
  const t = reportMessages(report.lang);
  const labels = learnerLabels(report, t);
  return (
    <Section title={t.learnersTitle}>
      {report.anonymised ? (
        <Empty>{t.emptyLearnersAnonymised}</Empty>
      ) : report.learners.length === 0 ? (
        <Empty>{t.emptyNoMembers}</Empty>
      ) : (
        <Table labels={labels} kind="learners">
          {rows ?? report.learners.map((l) => <LearnerRow t={t} l={l} labels={labels} />)}
        </Table>
      )}
    </Section>
  );
}

/**
 * The report's body sections, shared by the report page and the HTML document: each chart with its
 * table, or a sentence saying why it is empty and what to do. `afterTaskGaps` goes after the task
 * gaps (the page lists courses there).
 */
export function ReportSections({
  report,
  afterTaskGaps,
  learnerRows,
}: {
  report: CohortReport;
  afterTaskGaps?: Child;
  /** Written where the learners' rows go, instead of them. */
  learnerRows?: Child;
}) {
  const t = reportMessages(report.lang);
  const { digital, green } = report.readiness;
  const { fitThreshold, bestFits: bestFitCount } = report.method;
  const nobody = nobodyReason(report, t);
  // No one in the report: one sentence saying why and what to do, instead of six empty sections.
  if (nobody !== null)
    return (
      <>
        <Section title={t.emptyTitle}>
          <Empty>{nobody}</Empty>
        </Section>
        {report.learners.length > 0 && <LearnersSection report={report} rows={learnerRows} />}
      </>
    );
  const left = report.suppressed ?? { occupations: 0, tasks: 0, skills: 0 };
  // Each table's column names, also before each value when a row is a card (phones).
  const occupationLabels = [t.colCode, t.colOccupation, t.colLearners, t.colShare];
  const taskLabels = [t.colTask, t.colOccupation, t.colLearners, t.colMeanGain];
  const termLabels = [t.colTerm, t.colLearners];
  return (
    <>
      <Section title={t.occupationsTitle(fitThreshold)}>
        {report.occupations.length === 0 ? (
          <Empty>{emptyList(report, t, left.occupations, t.emptyNoFits(fitThreshold))}</Empty>
        ) : (
          <>
            <figure style="margin:.5rem 0">
              <HorizontalBars
                title={t.occupationsChart}
                bars={report.occupations.slice(0, 10).map((o) => ({
                  label: o.name,
                  value: o.learners,
                  note: `${o.learners} (${pct(o.share)})`,
                }))}
              />
            </figure>
            <Table labels={occupationLabels}>
              {report.occupations.map((o) => (
                <tr>
                  <td style="white-space:nowrap" data-label={occupationLabels[0]}>
                    {o.code}
                  </td>
                  <td class="lead">
                    {o.name}
                    <Tags t={t} o={o} />
                  </td>
                  <td class="n" data-label={occupationLabels[2]}>
                    {o.learners}
                  </td>
                  <td class="n" data-label={occupationLabels[3]}>
                    {pct(o.share)}
                  </td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </Section>
      <Section title={t.readinessTitle}>
        {digital.share === null && green.share === null ? (
          <Empty>{t.emptySuppressed(report.method.minGroupSize ?? 0)}</Empty>
        ) : (
          <>
            <figure style="margin:.5rem 0">
              <HorizontalBars
                title={t.readinessChart}
                max={1}
                colour="#4b8b3b"
                bars={[
                  { label: t.digital, value: digital.share ?? 0, note: pct(digital.share) },
                  { label: t.green, value: green.share ?? 0, note: pct(green.share) },
                ]}
              />
            </figure>
            {report.scores.fitWellShare === 0 && <Empty>{t.readinessNoFits(fitThreshold)}</Empty>}
            <p class="muted">{t.readinessNote(bestFitCount, fitThreshold)}</p>
          </>
        )}
      </Section>
      <Section title={t.distributionTitle}>
        {report.distribution.length === 0 ? (
          <Empty>{t.emptySuppressed(report.method.minGroupSize ?? 0)}</Empty>
        ) : (
          <figure style="margin:.5rem 0">
            <Histogram
              title={t.distributionChart}
              buckets={report.distribution.map((b) => ({ from: b.from, to: b.to, value: b.learners }))}
            />
          </figure>
        )}
      </Section>
      <Section title={t.taskGapsTitle}>
        {report.gaps.tasks.length === 0 ? (
          <Empty>{emptyList(report, t, left.tasks, t.emptyNoTaskGaps)}</Empty>
        ) : (
          <>
            <figure style="margin:.5rem 0">
              <HorizontalBars
                title={t.taskGapsChart}
                colour="#b5651d"
                bars={report.gaps.tasks.slice(0, 10).map((g) => ({
                  label: g.text,
                  value: g.learners,
                  note: `${g.learners} (${pct(g.share)})`,
                }))}
              />
            </figure>
            <Table labels={taskLabels}>
              {report.gaps.tasks.map((g) => (
                <tr>
                  <td class="lead">
                    {g.text} <span class="muted">{g.taskId}</span>
                  </td>
                  <td data-label={taskLabels[1]}>{g.occupationName}</td>
                  <td class="n" data-label={taskLabels[2]}>{`${g.learners} (${pct(g.share)})`}</td>
                  <td class="n" data-label={taskLabels[3]}>
                    {g.meanGain.toFixed(3)}
                  </td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </Section>
      {afterTaskGaps}
      <Section title={t.skillGapsTitle}>
        {report.gaps.skills.length === 0 ? (
          <Empty>{emptyList(report, t, left.skills, t.emptyNoSkillGaps)}</Empty>
        ) : (
          <Table labels={termLabels} kind="cards pairs">
            {report.gaps.skills.map((s) => (
              <tr>
                <td class="lead">{s.term}</td>
                <td class="n" data-label={termLabels[1]}>{`${s.learners} (${pct(s.share)})`}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
      <LearnersSection report={report} rows={learnerRows} />
    </>
  );
}

/** The method, the population and the versions (the report's footer). */
export function ReportMethod({
  report,
  time = (iso) => iso,
}: {
  report: CohortReport;
  /** How a time is written (default ISO 8601): the document and the web page pass their reader's zone. */
  time?: (iso: string) => string;
}) {
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
        {` ${report.method.consentRule} ${t.method(report.method.fitThreshold, BANDS.moderate)}${anonymised}`}
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
          time(report.generatedAt),
        )}
      </p>
    </footer>
  );
}

/** The whole downloadable document (`learnerRows`: written where the learners' rows go, instead of them). */
export function ReportDocument({
  report,
  learnerRows,
  timeZone,
}: {
  report: CohortReport;
  learnerRows?: Child;
  /** The reader's zone for the dates a person reads (default UTC, said as such). */
  timeZone?: string | undefined;
}) {
  const t = reportMessages(report.lang);
  const zone = validTimeZone(timeZone) ?? 'UTC';
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
          <p class="muted">
            {formatDateIn(report.generatedAt, zone)}
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
        <ReportSections report={report} learnerRows={learnerRows} />
        <ReportMethod report={report} time={(iso) => formatTimeIn(iso, zone)} />
      </body>
    </html>
  );
}

/** Where the learners' rows go in the streamed document (a comment no report text can make: text is escaped). */
const LEARNER_ROWS = '<!--skillbank:learner-rows-->';

/** The document in pieces: everything up to the learners' rows, the rows in batches, the rest. */
export function* reportHtmlPieces(report: CohortReport, { timeZone }: RenderOptions = {}): Generator<string> {
  const t = reportMessages(report.lang);
  const document = `<!doctype html>${(<ReportDocument report={report} learnerRows={raw(LEARNER_ROWS)} timeZone={timeZone} />).toString()}\n`;
  const [head, tail] = document.split(LEARNER_ROWS);
  yield head as string;
  if (tail === undefined) return; // no table of learners (anonymised, or no one to list)
  const labels = learnerLabels(report, t);
  for (const batch of batches(report.learners))
    yield batch.map((l) => (<LearnerRow t={t} l={l} labels={labels} />).toString()).join('');
  yield tail;
}

export const htmlRenderer: ReportRenderer = {
  mediaType: 'text/html; charset=utf-8',
  answersRanges: ['text/*'],
  extension: 'html',
  disposition: 'inline',
  pieces: reportHtmlPieces,
  render: (report, options) => joinPieces(reportHtmlPieces(report, options)),
};
