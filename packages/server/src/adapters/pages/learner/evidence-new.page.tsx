/** The form to log a piece of evidence: kind, title, description, dates, skills with levels, steps, artifacts. */
import { EVIDENCE_KINDS, EVIDENCE_LIMITS, SKILL_LEVELS, WORK_PROCESS_STEPS } from '@skillbank/core';
import { Csrf, ErrorSummary, Field, type FieldErrors, Group, Select } from '../forms/fields.js';
import { kindLabel, stepLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';
import type { EvidenceFormValues } from './evidence-form.js';

export function EvidenceNewPage({
  p,
  values,
  errors,
  today,
}: {
  p: PageContext;
  values: EvidenceFormValues;
  errors: FieldErrors;
  today: string;
}) {
  const { m, lang } = p;
  const levels = [
    { value: '', label: m.levelNone },
    ...SKILL_LEVELS.map((l) => ({ value: String(l.level), label: `${l.level} ${l[lang]}` })),
  ];
  return (
    <Layout {...frame(p, m.evidenceNewTitle)}>
      <h1>{m.evidenceNewTitle}</h1>
      <p class="lead">{m.evidenceNewLead}</p>
      <ErrorSummary
        lang={lang}
        errors={errors}
        labels={{
          kind: m.fieldKind,
          title: m.fieldTitle,
          description: m.fieldDescription,
          occurredOn: m.fieldOccurredOn,
          endedOn: m.fieldEndedOn,
          occupationCodes: m.fieldOccupationCodes,
          skills: m.skillsLegend,
          steps: m.stepsLegend,
          artifacts: m.artifactsLegend,
          ...Object.fromEntries(
            values.skills.flatMap((_, i) => [
              [`skills.${i}.name`, m.skillName(i + 1)],
              [`skills.${i}.level`, m.skillLevel(i + 1)],
            ]),
          ),
          ...Object.fromEntries(
            values.artifacts.flatMap((_, i) => [
              [`artifacts.${i}.name`, m.artifactName(i + 1)],
              [`artifacts.${i}.url`, m.artifactUrl(i + 1)],
            ]),
          ),
        }}
      />
      <form method="post" action="/me/evidence/new" class="stack">
        <Csrf token={p.csrf} />
        <Select
          name="kind"
          label={m.fieldKind}
          value={values.kind}
          error={errors.kind}
          required
          options={EVIDENCE_KINDS.map((k) => ({ value: k, label: kindLabel(lang, k) }))}
        />
        <Field
          name="title"
          label={m.fieldTitle}
          value={values.title}
          error={errors.title}
          required
          maxlength={EVIDENCE_LIMITS.title}
        />
        <Field
          name="description"
          label={m.fieldDescription}
          hint={m.fieldDescriptionHint}
          value={values.description}
          error={errors.description}
          required
          maxlength={EVIDENCE_LIMITS.description}
          multiline
        />
        <div class="row">
          <Field
            name="occurredOn"
            label={m.fieldOccurredOn}
            type="date"
            value={values.occurredOn}
            error={errors.occurredOn}
            required
            min="1900-01-01"
            max={today}
          />
          <Field
            name="endedOn"
            label={m.fieldEndedOn}
            type="date"
            value={values.endedOn}
            error={errors.endedOn}
            min="1900-01-01"
            max={today}
          />
        </div>
        <Group name="skills" legend={m.skillsLegend} hint={m.skillsHint} error={errors.skills}>
          {values.skills.map((s, i) => (
            <div class="row">
              <Field
                name={`skills.${i}.name`}
                label={m.skillName(i + 1)}
                value={s.name}
                error={errors[`skills.${i}.name`]}
                maxlength={EVIDENCE_LIMITS.skillName}
              />
              <Select
                name={`skills.${i}.level`}
                label={m.skillLevel(i + 1)}
                value={s.level}
                error={errors[`skills.${i}.level`]}
                options={levels}
              />
            </div>
          ))}
        </Group>
        <Group name="steps" legend={m.stepsLegend} error={errors.steps}>
          {WORK_PROCESS_STEPS.map((step) => (
            <label class="check">
              <input type="checkbox" name="steps" value={step} checked={values.steps.includes(step)} />{' '}
              {stepLabel(lang, step)}
            </label>
          ))}
        </Group>
        <Group name="artifacts" legend={m.artifactsLegend} error={errors.artifacts}>
          {values.artifacts.map((a, i) => (
            <div class="row">
              <Field
                name={`artifacts.${i}.name`}
                label={m.artifactName(i + 1)}
                value={a.name}
                error={errors[`artifacts.${i}.name`]}
                maxlength={EVIDENCE_LIMITS.artifactName}
              />
              <Field
                name={`artifacts.${i}.url`}
                label={m.artifactUrl(i + 1)}
                type="url"
                value={a.url}
                error={errors[`artifacts.${i}.url`]}
                maxlength={EVIDENCE_LIMITS.artifactUrl}
              />
            </div>
          ))}
        </Group>
        <Field
          name="occupationCodes"
          label={m.fieldOccupationCodes}
          hint={m.fieldOccupationCodesHint}
          value={values.occupationCodes}
          error={errors.occupationCodes}
          maxlength={300}
        />
        <div>
          <button type="submit">{m.evidenceSubmit}</button>
        </div>
      </form>
    </Layout>
  );
}
