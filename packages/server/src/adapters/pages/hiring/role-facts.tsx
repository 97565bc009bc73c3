/** Small pieces the hiring pages share: a role's facts, status and candidate state, and met/missing lists (the band: `layout/band.tsx`). */
import type { CandidateState, Role, RoleMode, RoleStatus, SalaryBand } from '@skillbank/core';
import type { Messages } from '../i18n.js';
import { SaysSame } from '../layout/highlighted.js';

export const modeLabel = (m: Messages, mode: RoleMode) =>
  ({ full_time: m.modeFullTime, internship: m.modeInternship, part_time: m.modePartTime })[mode];

const statusLabel = (m: Messages, status: RoleStatus) =>
  ({ draft: m.statusDraft, published: m.statusPublished, closed: m.statusClosed })[status];

const perLabel = (m: Messages, period: SalaryBand['period']) =>
  ({ month: m.perMonth, year: m.perYear, day: m.perDay, hour: m.perHour })[period];

export function StatusTag({ m, status }: { m: Messages; status: RoleStatus }) {
  const tone = status === 'published' ? 'ok' : status === 'draft' ? 'plain' : 'warn';
  return <span class={`tag ${tone}`}>{statusLabel(m, status)}</span>;
}

/** City · mode · salary · closing date, whichever the role has. */
export function RoleFacts({
  m,
  role,
}: {
  m: Messages;
  role: Pick<Role, 'city' | 'mode' | 'salaryBand' | 'closesOn'>;
}) {
  const facts = [
    role.city,
    role.mode ? modeLabel(m, role.mode) : null,
    role.salaryBand
      ? m.salaryBand(role.salaryBand.minYuan, role.salaryBand.maxYuan, perLabel(m, role.salaryBand.period))
      : null,
    role.closesOn ? m.closesOn(role.closesOn) : null,
  ].filter((f): f is string => f !== null);
  return facts.length === 0 ? null : <p class="muted facts">{facts.join(' · ')}</p>;
}

export function StateTag({ m, state }: { m: Messages; state: CandidateState | null }) {
  if (state === null) return null;
  const [tone, label] =
    state === 'invited'
      ? ['new', m.invited]
      : state === 'shortlisted'
        ? ['ok', m.shortlisted]
        : ['plain', m.rejected];
  return <span class={`tag ${tone}`}>{label}</span>;
}

/**
 * Whether the candidate meets the essential requirements, with the count: “满足全部必须项 · 必须项
 * 2/2”; a role that marks none says so instead of “满足全部必须项 · 必须项 0/0”.
 */
export function EssentialSummary({
  m,
  allMet,
  breakdown,
}: {
  m: Messages;
  allMet: boolean;
  breakdown: { essentialMet: number; essentialTotal: number };
}) {
  if (breakdown.essentialTotal === 0) return <>{m.noEssential}</>;
  return (
    <>
      {allMet ? m.allEssentialMet : m.notAllEssentialMet} ·{' '}
      {m.essentialCount(breakdown.essentialMet, breakdown.essentialTotal)}
    </>
  );
}

interface Outcomes {
  metRequirements: {
    requirementId: string;
    text: string;
    essential: boolean;
    evidenceIds: string[];
    attested: boolean;
    evidence?: { id: string; sentence: string; words: string[] } | undefined;
  }[];
  missingRequirements: { requirementId: string; text: string; essential: boolean }[];
}

/** Requirements met (with the evidence behind each, by title) and missing, essential first. */
export function MetAndMissing({
  m,
  outcomes,
  titles = new Map(),
  evidenceHref,
  headings = { met: m.whatYouMeet, missing: m.whatYouMiss },
  evidenceLabel = m.saysSame,
}: {
  m: Messages;
  outcomes: Outcomes;
  titles?: ReadonlyMap<string, string>;
  evidenceHref?: (id: string) => string;
  /** The graduate's voice by default ("what you miss"); the employer's card names them plainly. */
  headings?: { met: string; missing: string };
  /** Who wrote the evidence sentence shown beside a requirement met ("you wrote" by default). */
  evidenceLabel?: string;
}) {
  const essentialFirst = <T extends { essential: boolean }>(list: T[]) =>
    [...list].sort((a, b) => Number(b.essential) - Number(a.essential));
  return (
    <div class="met-missing">
      <h2>{headings.missing}</h2>
      {outcomes.missingRequirements.length === 0 ? (
        <p>{m.missNothing}</p>
      ) : (
        <ul class="missing">
          {essentialFirst(outcomes.missingRequirements).map((r) => (
            <li>
              {r.essential && <span class="tag warn">{m.reqEssential}</span>} {r.text}
            </li>
          ))}
        </ul>
      )}
      <h2>{headings.met}</h2>
      {outcomes.metRequirements.length === 0 ? (
        <p>{m.meetNothing}</p>
      ) : (
        <ul class="met">
          {essentialFirst(outcomes.metRequirements).map((r) => (
            <li>
              {r.essential && <span class="tag warn">{m.reqEssential}</span>}{' '}
              {r.evidence ? (
                <SaysSame
                  statement={r.text}
                  evidence={r.evidence}
                  labels={{ statement: m.requirementSays, evidence: evidenceLabel, colon: m.colon }}
                />
              ) : (
                r.text
              )}
              {r.attested && <span class="tag ok">{m.attestedEvidence}</span>}
              {r.evidenceIds.length > 0 && (
                <span class="muted">
                  {' '}
                  — {m.evidenceBehind}
                  {m.colon}
                  {r.evidenceIds.map((id, i) => (
                    <>
                      {i > 0 && m.sep}
                      {evidenceHref ? (
                        <a href={evidenceHref(id)}>{titles.get(id) ?? id}</a>
                      ) : (
                        (titles.get(id) ?? id)
                      )}
                    </>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
