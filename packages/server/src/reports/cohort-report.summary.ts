/** The one-minute summary at the top of a report, written only from what the report shows. */
import type { CohortReport } from './cohort-report.types.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function summarise(report: CohortReport): string[] {
  const lines: string[] = [];
  const { population: p, scores, method } = report;
  if (p.included === null) {
    lines.push(report.suppressed?.note ?? 'Nothing can be shown.');
    return lines;
  }
  if (p.members !== null) {
    const others = [
      p.notShared ? `${p.notShared} do not share their evidence with advisors` : null,
      p.noEvidence ? `${p.noEvidence} have no evidence yet` : null,
      p.failed ? `${p.failed} could not be matched` : null,
    ].filter(Boolean);
    lines.push(
      `${p.included} of ${p.members} members are in this report${others.length ? `; ${others.join(', ')}` : ''}.`,
    );
  } else {
    lines.push(`This report covers ${p.included} learners who share their evidence.`);
  }
  if (p.included === 0) return lines;
  const fit = scores.fitWellShare === null ? null : percent(scores.fitWellShare);
  const typical = scores.median ?? scores.mean;
  lines.push(
    [
      typical === null
        ? null
        : `Their best match scores ${scores.median !== null ? 'a median' : 'on average'} ${typical.toFixed(2)}`,
      fit === null ? null : `${fit} fit at least one occupation well (score ≥ ${method.fitThreshold})`,
    ]
      .filter(Boolean)
      .join('; ')
      .concat('.'),
  );
  const top = report.occupations[0];
  if (top)
    lines.push(
      `The occupation most of them fit well: ${top.name} (${top.code}), ${top.learners} learners (${percent(top.share)}).`,
    );
  const gap = report.gaps.tasks[0];
  if (gap)
    lines.push(
      `The gap blocking the most learners: “${gap.text}” (${gap.occupationName}), missing for ${gap.learners} (${percent(gap.share)}).`,
    );
  const { digital, green } = report.readiness;
  const ready = [
    digital.share === null ? null : `digital readiness ${percent(digital.share)}`,
    green.share === null ? null : `green readiness ${percent(green.share)}`,
  ].filter(Boolean);
  if (ready.length)
    lines.push(
      `${ready.join(', ')} (a digital or green occupation among their best fits).`.replace(/^./, (c) =>
        c.toUpperCase(),
      ),
    );
  if (report.anonymised && report.suppressed)
    lines.push(
      `Anonymised: no names; ${report.suppressed.occupations + report.suppressed.tasks + report.suppressed.skills} small groups left out.`,
    );
  return lines.filter((l) => l !== '.');
}
