/** An employer's view of one candidate for a role: what the graduate lets it see, and its decisions. */
import { CANDIDATE_STATES, type CandidateState, type Evidence, type Profile } from '@skillbank/core';
import { Csrf } from '../forms/fields.js';
import { formatTime, kindLabel, levelLabel, percent } from '../i18n.js';
import { RoleBandTag } from '../layout/band.js';
import { Layout } from '../layout/layout.js';
import { StatusTag as EvidenceStatusTag, Meter, SkillsAndSteps } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';
import { EssentialSummary, MetAndMissing, StateTag } from './role-facts.js';

export interface CardView {
  role: { id: string; title: string };
  learner: { id: string; name: string };
  score: number;
  band: 'strong' | 'moderate' | 'weak';
  allEssentialMet: boolean;
  breakdown: { essentialMet: number; essentialTotal: number; optionalMet: number; optionalTotal: number };
  metRequirements: {
    requirementId: string;
    text: string;
    essential: boolean;
    evidenceIds: string[];
    attested: boolean;
  }[];
  missingRequirements: { requirementId: string; text: string; essential: boolean }[];
  interested: boolean;
  sharedBy: 'interest' | 'discoverable';
  state: CandidateState | null;
  evidence: Evidence[];
  profile: Profile;
  showcases: { title: string; url: string; createdAt: string; entries: number }[];
}

export function CandidateCardPage({ p, card }: { p: PageContext; card: CardView }) {
  const { m, lang } = p;
  const titles = new Map(card.evidence.map((e) => [e.id, e.title]));
  const stateLabel = (s: CandidateState) =>
    ({ shortlisted: m.shortlist, rejected: m.reject, invited: m.invite })[s];
  return (
    <Layout {...frame(p, m.cardTitle(card.learner.name, card.role.title))}>
      <p>
        <a href={`/roles/${card.role.id}/candidates`}>← {m.candidatesTitle(card.role.title)}</a>
      </p>
      <h1>
        {card.learner.name} <StateTag m={m} state={card.state} />
      </h1>
      <p class="lead">{m.cardLead}</p>
      <p>
        <span class="score">{percent(card.score)}</span> <Meter value={card.score} label={m.matchScore} />{' '}
        <RoleBandTag m={m} band={card.band} />{' '}
        <span class="muted">
          <EssentialSummary m={m} allMet={card.allEssentialMet} breakdown={card.breakdown} />
        </span>{' '}
        <span class="tag plain">
          {card.sharedBy === 'interest' ? m.sharedByInterest : m.sharedByDiscoverable}
        </span>
      </p>
      <form
        method="post"
        action={`/roles/${card.role.id}/candidates/${card.learner.id}/state`}
        class="actions"
      >
        <Csrf token={p.csrf} />
        {CANDIDATE_STATES.map((s) => (
          <button
            type="submit"
            name="state"
            value={s}
            class={card.state === s ? '' : 'secondary'}
            aria-pressed={card.state === s ? 'true' : 'false'}
          >
            {stateLabel(s)}
          </button>
        ))}
        {card.interested ? (
          <a class="button" href={`/messages/${card.role.id}/${card.learner.id}`}>
            {m.writeMessage}
          </a>
        ) : (
          <span class="hint">{m.messageNeedsInterest}</span>
        )}
      </form>
      <MetAndMissing
        m={m}
        outcomes={card}
        titles={titles}
        evidenceHref={(id) => `#ev-${id}`}
        headings={{ met: m.metRequirements, missing: m.missingRequirements }}
        evidenceLabel={m.candidateWrote}
      />
      <h2>{m.evidenceBehind}</h2>
      <ul class="cards evidence-behind">
        {card.evidence.map((e) => (
          <li id={`ev-${e.id}`}>
            <strong>{e.title}</strong> <EvidenceStatusTag lang={lang} status={e.status} />{' '}
            <span class="muted">
              {kindLabel(lang, e.kind)} · {e.occurredOn}
            </span>
            <p style="white-space:pre-wrap;margin:.3rem 0">{e.description}</p>
            <SkillsAndSteps lang={lang} evidence={e} />
            {e.attestations.length > 0 && (
              <p class="muted">
                {m.cardAttested}
                {m.colon}
                {e.attestations
                  .map(
                    (a) =>
                      `${a.statement ?? ''}${a.level ? ` (${levelLabel(lang, a.level)})` : ''} ${formatTime(a.createdAt)}`,
                  )
                  .join(m.clauseSep)}
              </p>
            )}
          </li>
        ))}
      </ul>
      <h2>{m.profileSkills}</h2>
      <ul class="skills">
        {card.profile.skills.slice(0, 20).map((s) => (
          <li>
            {s.name} <span class="muted">{levelLabel(lang, s.level)}</span>{' '}
            <Meter value={s.confidence} label={s.name} />
          </li>
        ))}
      </ul>
      {card.showcases.length > 0 && (
        <>
          <h2>{m.cardShowcasesTitle}</h2>
          <ul>
            {card.showcases.map((s) => (
              <li>
                <a href={s.url}>{s.title}</a> <span class="muted">· {formatTime(s.createdAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
