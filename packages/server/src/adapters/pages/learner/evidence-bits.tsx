/** Small pieces the evidence pages share: an entry's status tag, links to entries, a score meter, skills and steps. */
import type { Evidence, EvidenceStatus } from '@skillbank/core';
import { type Lang, levelLabel, messages, percent, stepLabel } from '../i18n.js';

export function StatusTag({ lang, status }: { lang: Lang; status: EvidenceStatus | string }) {
  const m = messages(lang);
  const [label, tone] =
    status === 'attested'
      ? [m.statusAttested, 'ok']
      : status === 'revoked'
        ? [m.statusRevoked, 'bad']
        : status === 'superseded'
          ? [m.statusSuperseded, 'warn']
          : [m.statusSelfReported, 'plain'];
  return <span class={`tag ${tone}`}>{label}</span>;
}

/** Links evidence ids to their entries, named by title when known. */
export function EvidenceLinks({
  ids,
  titles,
  sep = '、',
}: {
  ids: readonly string[];
  titles: ReadonlyMap<string, string>;
  sep?: string;
}) {
  return (
    <>
      {ids.map((id, i) => (
        <>
          {i > 0 && sep}
          <a href={`/me/evidence/${id}`}>{titles.get(id) ?? id}</a>
        </>
      ))}
    </>
  );
}

export const titlesOf = (evidence: readonly Pick<Evidence, 'id' | 'title'>[]) =>
  new Map(evidence.map((e) => [e.id, e.title]));

export function Meter({ value, label }: { value: number; label: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <span class="meter" role="img" aria-label={`${label} ${percent(value)}`}>
      <span style={`width:${pct}%`} />
    </span>
  );
}

/** An entry's skills (with their 新八级 level) and work-process steps, one line each, as attesters and showcase visitors see them. */
export function SkillsAndSteps({
  lang,
  evidence: e,
}: {
  lang: Lang;
  evidence: Pick<Evidence, 'skills' | 'steps'>;
}) {
  const m = messages(lang);
  return (
    <>
      {e.skills.length > 0 && (
        <p>
          <strong>
            {m.skillsLabel}
            {m.colon}
          </strong>
          {e.skills
            .map((k) => (k.level !== null ? `${k.name}${m.parens(levelLabel(lang, k.level))}` : k.name))
            .join(m.sep)}
        </p>
      )}
      {e.steps.length > 0 && (
        <p>
          <strong>
            {m.stepsLabel}
            {m.colon}
          </strong>
          {e.steps.map((x) => stepLabel(lang, x)).join(m.sep)}
        </p>
      )}
    </>
  );
}
