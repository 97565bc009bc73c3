/** The graduate's roles: the ranked list with filters, and one role with what they meet and miss. */
import { ROLE_MODES, type Role, type RoleMode } from '@skillbank/core';
import { Csrf } from '../forms/fields.js';
import { percent } from '../i18n.js';
import { RoleBandTag } from '../layout/band.js';
import { Layout } from '../layout/layout.js';
import { TechDetails } from '../layout/tech-details.js';
import { Meter } from '../learner/evidence-bits.js';
import { frame, type PageContext } from '../page-context.js';
import { MetAndMissing, modeLabel, RoleFacts, StateTag, StatusTag } from './role-facts.js';

type Band = 'strong' | 'moderate' | 'weak';

interface RoleFit {
  score: number;
  band: Band;
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
  state: 'shortlisted' | 'rejected' | 'invited' | null;
}

export interface RoleFilterValues {
  city: string;
  mode: RoleMode | '';
  digital: boolean;
  green: boolean;
}

export function RolesForMePage({
  p,
  filters,
  items,
}: {
  p: PageContext;
  filters: RoleFilterValues;
  items: (RoleFit & { role: Role; employer: { name: string; organisation: string | null } })[];
}) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.rolesForMeTitle)}>
      <h1>{m.rolesForMeTitle}</h1>
      <p class="lead">{m.rolesForMeLead}</p>
      <form method="get" action="/me/roles" class="search" aria-label={m.applyFilters}>
        <div class="field grow">
          <label for="f-city">{m.filterCity}</label>
          <input id="f-city" name="city" type="text" value={filters.city} maxlength={50} />
        </div>
        <div class="field">
          <label for="f-mode">{m.filterMode}</label>
          <select id="f-mode" name="mode">
            <option value="">{m.modeNone}</option>
            {ROLE_MODES.map((mode) => (
              <option value={mode} selected={filters.mode === mode}>
                {modeLabel(m, mode)}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" name="digital" value="true" checked={filters.digital} />{' '}
          {m.rolesFilterDigital}
        </label>
        <label class="check">
          <input type="checkbox" name="green" value="true" checked={filters.green} /> {m.rolesFilterGreen}
        </label>
        <button type="submit" class="secondary">
          {m.applyFilters}
        </button>
      </form>
      {items.length === 0 ? (
        <p class="panel">{m.noRolesForMe}</p>
      ) : (
        <ol class="cards candidates roles-for-me">
          {items.map((item) => (
            <li>
              <h2 style="margin:.2rem 0;font-size:1.1rem">
                <a href={`/me/roles/${item.role.id}`}>{item.role.title}</a>{' '}
                <span class="score">{percent(item.score)}</span>{' '}
                <Meter value={item.score} label={m.matchScore} /> <RoleBandTag m={m} band={item.band} />
                {item.interested && <span class="tag ok">{m.interested}</span>}
                <StateTag m={m} state={item.state} />
              </h2>
              <p class="muted" style="margin:.2rem 0">
                {item.employer.organisation ?? item.employer.name} ·{' '}
                {m.metCount(
                  item.metRequirements.length,
                  item.metRequirements.length + item.missingRequirements.length,
                )}{' '}
                ·{' '}
                {item.breakdown.essentialTotal === 0
                  ? m.noEssential
                  : m.essentialCount(item.breakdown.essentialMet, item.breakdown.essentialTotal)}
              </p>
              <RoleFacts m={m} role={item.role} />
              {item.missingRequirements.length > 0 && (
                <p style="margin:.2rem 0">
                  {m.whatYouMiss}
                  {m.colon}
                  {[...item.missingRequirements]
                    .sort((a, b) => Number(b.essential) - Number(a.essential))
                    .slice(0, 3)
                    .map((r) => r.text)
                    .join(m.clauseSep)}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

export function RoleForMePage({
  p,
  detail,
  employer,
}: {
  p: PageContext;
  detail: RoleFit & {
    role: Role;
    open: boolean;
    evidence: { id: string; title: string }[];
    conversation: { messageCount: number; unread: number } | null;
    scorer: { version: string };
    taxonomy: { id: string; version: string };
  };
  employer: { name: string; organisation: string | null };
}) {
  const { m } = p;
  const { role } = detail;
  const titles = new Map(detail.evidence.map((e) => [e.id, e.title]));
  return (
    <Layout {...frame(p, role.title)}>
      <p>
        <a href="/me/roles">{m.backToRoles}</a>
      </p>
      <h1>
        {role.title} {role.status !== 'published' && <StatusTag m={m} status={role.status} />}
      </h1>
      <p class="muted">
        {employer.organisation ? `${employer.name} · ${employer.organisation}` : employer.name}
      </p>
      <RoleFacts m={m} role={role} />
      <p>
        <span class="score">{percent(detail.score)}</span> <Meter value={detail.score} label={m.matchScore} />{' '}
        <RoleBandTag m={m} band={detail.band} /> <StateTag m={m} state={detail.state} />
      </p>
      {role.description && <p style="white-space:pre-wrap">{role.description}</p>}
      <MetAndMissing m={m} outcomes={detail} titles={titles} evidenceHref={(id) => `/me/evidence/${id}`} />
      <section class="panel" aria-labelledby="interest-h">
        <h2 id="interest-h">{detail.interested ? m.interested : m.expressInterest}</h2>
        {detail.interested ? (
          <form method="post" action={`/me/roles/${role.id}/withdraw`} class="actions">
            <Csrf token={p.csrf} />
            <button type="submit" class="secondary">
              {m.withdrawInterest}
            </button>
            <a class="button" href={`/messages/${role.id}/${p.session?.account.id ?? ''}`}>
              {m.openConversation}
              {detail.conversation && detail.conversation.unread > 0
                ? ` (${m.unread(detail.conversation.unread)})`
                : ''}
            </a>
          </form>
        ) : detail.open ? (
          <form method="post" action={`/me/roles/${role.id}/interest`} class="stack">
            <Csrf token={p.csrf} />
            <p class="hint">{m.interestExplain}</p>
            <div>
              <button type="submit">
                {detail.state === 'invited' ? m.acceptInvitation : m.expressInterest}
              </button>
            </div>
          </form>
        ) : (
          <p>{m.roleNotOpen}</p>
        )}
        {!detail.interested && detail.conversation && (
          <p>
            <a href={`/messages/${role.id}/${p.session?.account.id ?? ''}`}>{m.openConversation}</a>
          </p>
        )}
      </section>
      <TechDetails lang={p.lang}>
        {m.versions(detail.scorer.version, `${detail.taxonomy.id}@${detail.taxonomy.version}`)}
      </TechDetails>
    </Layout>
  );
}
