/** The one-minute summary at the top of a report, written only from what the report shows, in its language. */
import type { CohortReport } from './cohort-report.types.js';
import { reportPercent as percent, reportMessages } from './report-i18n.js';

export function summarise(report: CohortReport): string[] {
  const t = reportMessages(report.lang);
  const lines: string[] = [];
  const { population: p, scores, method } = report;
  if (p.included === null) {
    lines.push(report.suppressed?.note ?? t.nothingShown);
    return lines;
  }
  if (p.members !== null) {
    const others = [
      p.notShared ? t.othersNotShared(p.notShared) : null,
      p.noEvidence ? t.othersNoEvidence(p.noEvidence) : null,
      p.failed ? t.othersFailed(p.failed) : null,
    ].filter((x): x is string => x !== null);
    lines.push(t.members(p.included, p.members, others));
  } else {
    lines.push(t.coversSharing(p.included));
  }
  if (p.included === 0) return lines;
  const fit = scores.fitWellShare === null ? null : percent(scores.fitWellShare);
  const typical = scores.median ?? scores.mean;
  const scoreParts = [
    typical === null ? null : t.typicalScore(scores.median !== null, typical.toFixed(2)),
    fit === null ? null : t.fitWell(fit, method.fitThreshold),
  ].filter((x): x is string => x !== null);
  if (scoreParts.length) lines.push(t.scoresLine(scoreParts));
  const top = report.occupations[0];
  if (top) lines.push(t.topOccupation(top.name, top.code, top.learners, percent(top.share)));
  const gap = report.gaps.tasks[0];
  if (gap) lines.push(t.topGap(gap.text, gap.occupationName, gap.learners, percent(gap.share)));
  const { digital, green } = report.readiness;
  const ready = [
    digital.share === null ? null : t.digitalReadiness(percent(digital.share)),
    green.share === null ? null : t.greenReadiness(percent(green.share)),
  ].filter((x): x is string => x !== null);
  // With no one fitting well, readiness is 0 by definition: say why rather than print a bare 0%.
  if (scores.fitWellShare === 0) lines.push(t.readinessNoFits(method.fitThreshold));
  else if (ready.length) lines.push(t.readinessLine(ready));
  if (report.anonymised && report.suppressed)
    lines.push(
      t.anonymisedLine(report.suppressed.occupations + report.suppressed.tasks + report.suppressed.skills),
    );
  return lines;
}
