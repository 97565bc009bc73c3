/** The employer's pages: the role list, the new-role form, a role's requirements, its ranked candidates. */
import type { Role } from '@skillbank/core';
import type { OccupationSummary as IndexedOccupation } from '@skillbank/matcher';
import type { CandidateListName, CandidatePage } from '../../../candidates/rank-candidates.js';
import type { FieldErrors } from '../forms/fields.js';
import { RoleLifecycle } from '../hiring/role-details.page.js';
import { EssentialSummary, RoleFacts, StateTag, StatusTag } from '../hiring/role-facts.js';
import { formatTime, percent } from '../i18n.js';
import { RoleBandTag } from '../layout/band.js';
import { SaysSame } from '../layout/highlighted.js';
import { Layout } from '../layout/layout.js';
import { Meter } from '../learner/evidence-bits.js';
import { OccupationTags } from '../occupations/occupation-tags.js';
import { frame, type PageContext } from '../page-context.js';
import { RequirementEditor } from './requirement-editor.js';
import type { RequirementRow } from './role-forms.js';

export function RolesPage({ p, roles }: { p: PageContext; roles: Role[] }) {
  const { m } = p;
  return (
    <Layout {...frame(p, m.rolesTitle)}>
      <h1>{m.rolesTitle}</h1>
      <p class="lead">{m.rolesLead}</p>
      <p>
        <a class="button" href="/roles/new">
          {m.newRole}
        </a>
      </p>
      {roles.length === 0 ? (
        <p>{m.noRoles}</p>
      ) : (
        <ul class="cards">
          {roles.map((r) => (
            <li>
              <a href={`/roles/${r.id}`}>{r.title}</a> <StatusTag m={m} status={r.status} />{' '}
              {r.occupationCode && <span class="code">{r.occupationCode}</span>}
              <span class="muted"> · {formatTime(r.updatedAt)}</span>
              <RoleFacts m={m} role={r} />
              <div>
                <a href={`/roles/${r.id}/candidates`}>{m.viewCandidates} →</a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function RolePage({
  p,
  role,
  occupation,
  rows,
  errors,
  levels,
}: {
  p: PageContext;
  role: Role;
  occupation: IndexedOccupation | null;
  rows: RequirementRow[];
  errors: FieldErrors;
  /** Whether 新八级 minimum levels are offered (the occupation is a skilled trade, or there is none). */
  levels: boolean;
}) {
  const { m, lang } = p;
  return (
    <Layout {...frame(p, role.title)}>
      <p>
        <a href="/roles">← {m.rolesTitle}</a>
      </p>
      <h1>{role.title}</h1>
      {occupation && (
        <p>
          {m.roleOccupation}
          {m.colon}
          <a href={`/occupations/${occupation.code}`}>{occupation.name}</a>{' '}
          <span class="code">{occupation.code}</span>
          <OccupationTags lang={lang} occupation={occupation} />
        </p>
      )}
      {role.description && <p style="white-space:pre-wrap">{role.description}</p>}
      <RoleLifecycle p={p} role={role} />
      <p>
        <a class="button" href={`/roles/${role.id}/candidates`}>
          {m.viewCandidates}
        </a>
      </p>
      <RequirementEditor
        p={p}
        roleId={role.id}
        rows={rows}
        errors={errors}
        noLadder={levels || !occupation ? null : occupation.name}
      />
    </Layout>
  );
}

const LISTS: CandidateListName[] = ['all', 'interested', 'shortlisted'];

export function CandidatesPage({ p, role, page }: { p: PageContext; role: Role; page: CandidatePage }) {
  const { m } = p;
  const listLabel = { all: m.listAll, interested: m.listInterested, shortlisted: m.listShortlisted };
  return (
    <Layout {...frame(p, m.candidatesTitle(role.title))}>
      <p>
        <a href={`/roles/${role.id}`}>← {role.title}</a>
      </p>
      <h1>{m.candidatesTitle(role.title)}</h1>
      <p class="lead">{m.candidatesHiringLead}</p>
      <nav class="tabs actions" aria-label={m.listAll}>
        {LISTS.map((list) => (
          <a
            class={list === page.list ? 'button' : 'button secondary'}
            href={`/roles/${role.id}/candidates?list=${list}`}
            aria-current={list === page.list ? 'page' : undefined}
          >
            {listLabel[list]}
          </a>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <p class="panel">{m.noCandidates}</p>
      ) : (
        <ol class="cards candidates">
          {page.items.map((item) => (
            <li>
              <h2 style="margin:.2rem 0;font-size:1.1rem">
                <a href={`/roles/${role.id}/candidates/${item.learnerId}`}>{item.name}</a>{' '}
                <span class="score">{percent(item.score)}</span>{' '}
                <Meter value={item.score} label={m.matchScore} /> <RoleBandTag m={m} band={item.band} />
                {item.interested && <span class="tag ok">{m.interested}</span>}
                <StateTag m={m} state={item.state} />
              </h2>
              <p class="muted" style="margin:.2rem 0">
                <EssentialSummary m={m} allMet={item.allEssentialMet} breakdown={item.breakdown} /> ·{' '}
                {m.optionalCount(item.breakdown.optionalMet, item.breakdown.optionalTotal)}
              </p>
              <details>
                <summary>
                  {m.metRequirements} ({item.metRequirements.length}) · {m.missingRequirements} (
                  {item.missingRequirements.length})
                </summary>
                <h3>{m.metRequirements}</h3>
                <ul>
                  {item.metRequirements.map((r) => (
                    <li>
                      {r.essential && <span class="tag warn">{m.reqEssential}</span>}{' '}
                      {r.evidence ? (
                        <SaysSame
                          statement={r.text}
                          evidence={r.evidence}
                          labels={{
                            statement: m.requirementSays,
                            evidence: m.candidateWrote,
                            colon: m.colon,
                          }}
                        />
                      ) : (
                        r.text
                      )}{' '}
                      <span class="muted">({percent(r.score)})</span>
                      {r.attested && <span class="tag ok">{m.attestedEvidence}</span>}
                    </li>
                  ))}
                </ul>
                <h3>{m.missingRequirements}</h3>
                <ul>
                  {item.missingRequirements.map((r) => (
                    <li>
                      {r.essential && <span class="tag warn">{m.reqEssential}</span>} {r.text}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
      <p class="muted">{m.versions(page.scorer.version, `${page.taxonomy.id}@${page.taxonomy.version}`)}</p>
    </Layout>
  );
}
