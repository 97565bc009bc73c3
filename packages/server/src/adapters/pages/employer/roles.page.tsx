/** The employer's pages: the role list, the new-role form, a role's requirements, its ranked candidates. */
import { type OccupationSummary, type Role, SKILL_LEVELS } from '@skillbank/core';
import type { ClassifyResult, OccupationSummary as IndexedOccupation } from '@skillbank/matcher';
import type { CandidateListName, CandidatePage } from '../../../candidates/rank-candidates.js';
import { Csrf, ErrorSummary, Field, FieldError, type FieldErrors, Group, Select } from '../forms/fields.js';
import { RoleLifecycle } from '../hiring/role-details.page.js';
import { RoleFacts, StateTag, StatusTag } from '../hiring/role-facts.js';
import { formatTime, percent } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { Meter } from '../learner/evidence-bits.js';
import { OccupationTags } from '../occupations/occupation-tags.js';
import { frame, type PageContext } from '../page-context.js';
import type { NewRoleValues, RequirementRow } from './role-forms.js';

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

function OccupationChoice({
  o,
  checked,
  hint,
}: {
  o: { code: string; name: string };
  checked: boolean;
  hint?: string;
}) {
  return (
    <label class="check">
      <input type="radio" name="occupationCode" value={o.code} checked={checked} /> {o.name}{' '}
      <span class="code">{o.code}</span>
      {hint && <span class="muted"> {hint}</span>}
    </label>
  );
}

export function NewRolePage({
  p,
  values,
  errors,
  suggested,
  searched,
}: {
  p: PageContext;
  values: NewRoleValues;
  errors: FieldErrors;
  suggested: ClassifyResult | null;
  searched: OccupationSummary[];
}) {
  const { m, lang } = p;
  const shown = new Set<string>();
  const suggestions = suggested?.candidates ?? [];
  return (
    <Layout {...frame(p, m.roleNewTitle)}>
      <h1>{m.roleNewTitle}</h1>
      <p class="lead">{m.roleNewLead}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <form method="get" action="/roles/new" class="search" aria-label={m.findOccupation}>
        <div class="field grow">
          <label for="t-title">{m.fieldRoleTitle}</label>
          <input id="t-title" name="title" type="text" value={values.title} maxlength={200} required />
        </div>
        <div class="field grow">
          <label for="t-q">{m.fieldOccupationSearch}</label>
          <input
            id="t-q"
            name="q"
            type="search"
            value={values.q}
            maxlength={200}
            placeholder={m.searchPlaceholder}
          />
        </div>
        <input type="hidden" name="description" value={values.description} />
        <button type="submit" class="secondary">
          {m.findOccupation}
        </button>
      </form>
      <form method="post" action="/roles/new" class="stack" style="margin-top:1rem">
        <Csrf token={p.csrf} />
        <input type="hidden" name="q" value={values.q} />
        <Field
          name="title"
          label={m.fieldRoleTitle}
          value={values.title}
          error={errors.title}
          required
          maxlength={200}
        />
        <Field
          name="description"
          label={m.fieldRoleDescription}
          value={values.description}
          error={errors.description}
          maxlength={5000}
          multiline
          rows={3}
        />
        <Group name="occupationCode" legend={m.fieldOccupation} error={errors.occupationCode}>
          {suggestions.length > 0 && <p class="hint">{m.suggestedOccupations}</p>}
          {suggestions.map((o, i) => {
            shown.add(o.code);
            return (
              <OccupationChoice
                o={o}
                checked={values.occupationCode ? values.occupationCode === o.code : i === 0}
                hint={percent(o.score)}
              />
            );
          })}
          {searched.length > 0 && <p class="hint">{m.searchedOccupations}</p>}
          {searched
            .filter((o) => !shown.has(o.code))
            .map((o) => (
              <OccupationChoice o={o} checked={values.occupationCode === o.code} />
            ))}
          <label class="check">
            <input
              type="radio"
              name="occupationCode"
              value=""
              checked={suggestions.length === 0 && !values.occupationCode}
            />{' '}
            {m.noOccupation}
          </label>
        </Group>
        <Field
          name="requirements"
          label={m.fieldFreeRequirements}
          value={values.requirements}
          error={errors.requirements}
          multiline
          rows={4}
        />
        <div>
          <button type="submit">{m.postRole}</button>
        </div>
      </form>
    </Layout>
  );
}

export function RolePage({
  p,
  role,
  occupation,
  rows,
  errors,
}: {
  p: PageContext;
  role: Role;
  occupation: IndexedOccupation | null;
  rows: RequirementRow[];
  errors: FieldErrors;
}) {
  const { m, lang } = p;
  const levels = [
    { value: '', label: m.levelNone },
    ...SKILL_LEVELS.map((l) => ({ value: String(l.level), label: `${l.level} ${l[lang]}` })),
  ];
  let fresh = 0;
  return (
    <Layout {...frame(p, role.title)}>
      <p>
        <a href="/roles">← {m.rolesTitle}</a>
      </p>
      <h1>{role.title}</h1>
      {occupation && (
        <p>
          {m.roleOccupation}: <a href={`/occupations/${occupation.code}`}>{occupation.name}</a>{' '}
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
      <h2>{m.requirementsTitle}</h2>
      <p class="hint">{m.requirementsLead}</p>
      <ErrorSummary lang={lang} errors={errors} />
      <form method="post" action={`/roles/${role.id}/requirements`} class="stack" style="max-width:none">
        <Csrf token={p.csrf} />
        <input type="hidden" name="rows" value={String(rows.length)} />
        <FieldError id="f-requirements-error" error={errors.requirements} />
        {rows.map((r, i) => {
          const label = r.id ? m.reqText(i + 1) : m.reqNew(++fresh);
          return (
            <fieldset>
              <legend>{label}</legend>
              <input type="hidden" name={`req.${i}.id`} value={r.id} />
              <input type="hidden" name={`req.${i}.taskId`} value={r.taskId} />
              <Field
                name={`req.${i}.text`}
                label={label}
                value={r.text}
                error={errors[`req.${i}.text`]}
                maxlength={1000}
                multiline
                rows={2}
              />
              <div class="actions">
                <label class="check">
                  <input type="checkbox" name={`req.${i}.essential`} value="true" checked={r.essential} />{' '}
                  {m.reqEssential}
                </label>
                <Select
                  name={`req.${i}.minLevel`}
                  label={m.reqMinLevel(i + 1)}
                  value={r.minLevel}
                  error={errors[`req.${i}.minLevel`]}
                  options={levels}
                />
                {r.id && (
                  <label class="check">
                    <input type="checkbox" name={`req.${i}.remove`} value="true" checked={r.remove} />{' '}
                    {m.reqRemove}
                  </label>
                )}
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="submit">{m.saveRequirements}</button>
        </div>
      </form>
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
                <Meter value={item.score} label={m.matchScore} />
                {item.interested && <span class="tag ok">{m.interested}</span>}
                <StateTag m={m} state={item.state} />
              </h2>
              <p class="muted" style="margin:.2rem 0">
                {item.allEssentialMet ? m.allEssentialMet : m.notAllEssentialMet} ·{' '}
                {m.essentialCount(item.breakdown.essentialMet, item.breakdown.essentialTotal)} ·{' '}
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
                      {r.essential && <span class="tag warn">{m.reqEssential}</span>} {r.text}{' '}
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
