/** The form to log a piece of evidence: kind, title, description, dates, occupations, skills with levels, steps, artifacts. */
import { EVIDENCE_KINDS, EVIDENCE_LIMITS, SKILL_LEVELS, WORK_PROCESS_STEPS } from '@skillbank/core';
import type { LadderVerdict, SkillSuggestion } from '../../../matching/skill-ladder.js';
import { ErrorSummary, Field, type FieldErrors, Group, Select } from '../forms/fields.js';
import { FormScript } from '../forms/form-script.js';
import { levelOptions } from '../forms/level-options.js';
import { type OccupationOption, OccupationPicker } from '../forms/occupation-picker.js';
import { PostForm } from '../forms/post-form.js';
import { numberedText, RowList, rowField, TEMPLATE_INDEX } from '../forms/row-list.js';
import { kindLabel, type Messages, stepLabel } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';
import {
  type ArtifactRow,
  type EvidenceFormValues,
  SHORT_DESCRIPTION,
  type SkillRow,
} from './evidence-form.js';

/** What the form shows beside the values: chosen and found occupations, suggestions, 新八级 verdicts. */
export interface EvidenceFormModel {
  picked: OccupationOption[];
  found: OccupationOption[];
  searched: boolean;
  suggestions: SkillSuggestion[];
  verdicts: ReadonlyMap<string, LadderVerdict>;
}

const SUGGESTIONS_ID = 'skill-suggestions';

/** The sentence under a skill row: why a level is or is not offered. */
export function ladderNote(m: Messages, skill: string, verdict: LadderVerdict | undefined): string {
  if (!skill || !verdict) return m.ladderEmptyRow;
  const occupation = verdict.occupation?.name ?? '';
  switch (verdict.reason) {
    case 'trade':
      return m.ladderTrade(skill, occupation);
    case 'core':
      return m.ladderCore(skill);
    case 'not_trade':
      return m.ladderNotTrade(skill, occupation);
    case 'digital':
      return m.ladderDigital(skill, occupation);
    case 'unplaced':
      return m.ladderUnplaced(skill);
    case 'no_ladder':
      return m.ladderNoLadder;
  }
}

/** The notes the form script shows, by reason, with `{skill}` and `{occupation}`. */
const ladderSayings = (m: Messages) => {
  const s = '{skill}';
  const o = '{occupation}';
  return {
    'data-say-empty': m.ladderEmptyRow,
    'data-say-trade': m.ladderTrade(s, o),
    'data-say-core': m.ladderCore(s),
    'data-say-not_trade': m.ladderNotTrade(s, o),
    'data-say-digital': m.ladderDigital(s, o),
    'data-say-unplaced': m.ladderUnplaced(s),
    'data-say-no_ladder': m.ladderNoLadder,
  };
};

function SkillFields({
  p,
  row,
  n,
  errors,
  verdicts,
}: {
  p: PageContext;
  row: SkillRow;
  n: number;
  errors: FieldErrors;
  verdicts: ReadonlyMap<string, LadderVerdict>;
}) {
  const { m, lang } = p;
  const name = row.name.trim();
  const verdict = name ? verdicts.get(name) : undefined;
  const levelError = errors[rowField('skills', row.index, 'level')];
  // A level is offered for an empty row (a skilled trade may be typed) and where the rule applies;
  // a level chosen where it does not apply stays visible with its error, so it can be cleared.
  const offered = !name || !verdict || verdict.applies || Boolean(row.level);
  return (
    <>
      <Field
        name={rowField('skills', row.index, 'name')}
        label={m.skillRowName(n)}
        numbered={numberedText(m.skillRowName)}
        value={row.name}
        error={errors[rowField('skills', row.index, 'name')]}
        maxlength={EVIDENCE_LIMITS.skillName}
        list={SUGGESTIONS_ID}
        data={{ 'data-skill-name': '' }}
      />
      <Select
        name={rowField('skills', row.index, 'level')}
        label={m.skillRowLevel(n)}
        numbered={numberedText(m.skillRowLevel)}
        value={row.level}
        error={levelError}
        hidden={!offered}
        narrow
        data={{ 'data-level-field': '' }}
        options={levelOptions(lang, m.levelNone)}
      />
      <p class="hint row-note" data-ladder-note>
        {ladderNote(m, name, verdict)}
      </p>
    </>
  );
}

function ArtifactFields({
  p,
  row,
  n,
  errors,
}: {
  p: PageContext;
  row: ArtifactRow;
  n: number;
  errors: FieldErrors;
}) {
  const { m } = p;
  return (
    <>
      <Field
        name={rowField('artifacts', row.index, 'name')}
        label={m.artifactRowName(n)}
        numbered={numberedText(m.artifactRowName)}
        value={row.name}
        error={errors[rowField('artifacts', row.index, 'name')]}
        maxlength={EVIDENCE_LIMITS.artifactName}
      />
      <Field
        name={rowField('artifacts', row.index, 'url')}
        label={m.artifactRowUrl(n)}
        numbered={numberedText(m.artifactRowUrl)}
        type="url"
        value={row.url}
        error={errors[rowField('artifacts', row.index, 'url')]}
        maxlength={EVIDENCE_LIMITS.artifactUrl}
      />
    </>
  );
}

/** Field labels by name, so the error summary says which field each problem is about. */
function summaryLabels(m: Messages, values: EvidenceFormValues): Record<string, string> {
  return {
    kind: m.fieldKind,
    title: m.fieldTitle,
    description: m.fieldDescription,
    occurredOn: m.fieldOccurredOn,
    endedOn: m.fieldEndedOn,
    occupationCodes: m.pickerLegendEvidence,
    skills: m.skillsLegend,
    steps: m.stepsLegend,
    artifacts: m.artifactsLegend,
    ...Object.fromEntries(
      values.skills.flatMap((s, i) => [
        [rowField('skills', s.index, 'name'), m.skillRowName(i + 1)],
        [rowField('skills', s.index, 'level'), m.skillRowLevel(i + 1)],
      ]),
    ),
    ...Object.fromEntries(
      values.artifacts.flatMap((a, i) => [
        [rowField('artifacts', a.index, 'name'), m.artifactRowName(i + 1)],
        [rowField('artifacts', a.index, 'url'), m.artifactRowUrl(i + 1)],
      ]),
    ),
  };
}

export function EvidenceNewPage({
  p,
  values,
  errors,
  today,
  model,
}: {
  p: PageContext;
  values: EvidenceFormValues;
  errors: FieldErrors;
  today: string;
  model: EvidenceFormModel;
}) {
  const { m, lang } = p;
  const descriptionLength = [...values.description.trim()].length;
  return (
    <Layout {...frame(p, m.evidenceNewTitle)}>
      <h1>{m.evidenceNewTitle}</h1>
      <p class="lead">{m.evidenceNewLead}</p>
      <ErrorSummary lang={lang} errors={errors} labels={summaryLabels(m, values)} />
      <PostForm action="/me/evidence/new" csrf={p.csrf} submit={m.evidenceSubmit}>
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
          data={{ 'data-describe': 'description-count', 'data-min': String(SHORT_DESCRIPTION) }}
        />
        <p
          class="hint"
          id="description-count"
          data-say={m.describeCount('{n}' as unknown as number)}
          aria-live="polite"
        >
          {descriptionLength ? m.describeCount(descriptionLength) : ''}
        </p>
        <div class="field">
          <details open={descriptionLength < SHORT_DESCRIPTION}>
            <summary>{m.describeGuideTitle}</summary>
            <ul class="guide">
              <li>{m.describeGuide.task}</li>
              <li>{m.describeGuide.did}</li>
              <li>{m.describeGuide.who}</li>
              <li>{m.describeGuide.result}</li>
            </ul>
            <p class="hint">{m.describeExample}</p>
          </details>
        </div>
        {errors.description && values.description !== values.shortKept && descriptionLength > 0 && (
          <input type="hidden" name="shortKept" value={values.description} />
        )}
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
        <OccupationPicker
          name="occupationCodes"
          multiple
          legend={m.pickerLegendEvidence}
          hint={m.pickerHintEvidence}
          error={errors.occupationCodes}
          picked={model.picked}
          results={model.found}
          queryName="occupationQuery"
          query={values.occupationQuery}
          searched={model.searched}
          preview={false}
          texts={pickerTexts(m)}
        />
        <div {...ladderSayings(m)} data-skills data-suggestions={SUGGESTIONS_ID}>
          <RowList
            list="skills"
            legend={m.skillsLegend}
            hint={`${m.skillsHint} ${m.skillSuggestionsHint}`}
            error={errors.skills}
            rows={values.skills}
            blank={{ index: TEMPLATE_INDEX, name: '', level: '' }}
            renderRow={(row, n) => (
              <SkillFields p={p} row={row} n={n} errors={errors} verdicts={model.verdicts} />
            )}
            addLabel={m.formAddSkill}
            removeLabel={(n) => m.formRemoveRowNamed(m.skillRowName(n))}
            removeText={m.formRemoveRow}
            max={EVIDENCE_LIMITS.skills}
          />
          <details>
            <summary>{m.ladderWhat}</summary>
            <p class="hint">{m.ladderWhatBody}</p>
            <ol class="guide">
              {SKILL_LEVELS.map((l) => (
                <li>{m.ladderLevels[l.level]}</li>
              ))}
            </ol>
          </details>
          <datalist id={SUGGESTIONS_ID} data-lang={lang}>
            {model.suggestions.map((s) => (
              <option value={s.name} />
            ))}
          </datalist>
        </div>
        <Group name="steps" legend={m.stepsLegend} error={errors.steps}>
          {WORK_PROCESS_STEPS.map((step) => (
            <label class="check">
              <input type="checkbox" name="steps" value={step} checked={values.steps.includes(step)} />{' '}
              {stepLabel(lang, step)}
            </label>
          ))}
        </Group>
        <RowList
          list="artifacts"
          legend={m.artifactsLegend}
          error={errors.artifacts}
          rows={values.artifacts}
          blank={{ index: TEMPLATE_INDEX, name: '', url: '' }}
          renderRow={(row, n) => <ArtifactFields p={p} row={row} n={n} errors={errors} />}
          addLabel={m.formAddArtifact}
          removeLabel={(n) => m.formRemoveRowNamed(m.artifactRowName(n))}
          removeText={m.formRemoveRow}
          max={EVIDENCE_LIMITS.artifacts}
        />
      </PostForm>
      <FormScript />
    </Layout>
  );
}

/** The occupation picker's texts in the page's language. */
export function pickerTexts(m: Messages) {
  return {
    query: m.pickerQuery,
    search: m.pickerSearch,
    searching: m.pickerSearching,
    found: m.pickerFound,
    none: m.pickerNone,
    failed: m.pickerFailed,
    allTasks: m.pickerAllTasks,
    tasksLabel: m.pickerTasksLabel,
    noDefinition: m.pickerNoDefinition,
    noResults: m.pickerNoResults,
  };
}
