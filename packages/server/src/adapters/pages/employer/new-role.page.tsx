/**
 * Posting a role: one title field, suggested occupations to read (definition, main tasks) and choose
 * from — nothing chosen for the employer — a search when none fits, or no occupation at all.
 */

import { ErrorSummary, Field, type FieldErrors } from '../forms/fields.js';
import { ACTION_FIELD } from '../forms/form-actions.js';
import { FormScript } from '../forms/form-script.js';
import { type OccupationOption, OccupationPicker } from '../forms/occupation-picker.js';
import { PostForm } from '../forms/post-form.js';
import { RoleTitleField } from '../hiring/role-details.page.js';
import { Layout } from '../layout/layout.js';
import { pickerTexts } from '../learner/evidence-new.page.js';
import { frame, type PageContext } from '../page-context.js';
import type { NewRoleValues } from './role-forms.js';

export interface NewRoleModel {
  /** The chosen occupation, shown first. */
  picked: OccupationOption[];
  /** The classifier's suggestions for the title, then a search's hits. */
  options: OccupationOption[];
  /** The title the suggestions are for (empty when there are none). */
  suggestedFor: string;
  searched: boolean;
}

export function NewRolePage({
  p,
  values,
  errors,
  model,
}: {
  p: PageContext;
  values: NewRoleValues;
  errors: FieldErrors;
  model: NewRoleModel;
}) {
  const { m, lang } = p;
  const intro = model.suggestedFor
    ? model.options.length
      ? m.roleSuggestionsFor(model.suggestedFor)
      : m.roleNoSuggestions
    : undefined;
  return (
    <Layout {...frame(p, m.roleNewTitle)}>
      <h1>{m.roleNewTitle}</h1>
      <p class="lead">{m.roleNewLead}</p>
      <ErrorSummary
        lang={lang}
        errors={errors}
        labels={{
          title: m.fieldRoleTitle,
          description: m.fieldRoleDescription,
          occupationCode: m.fieldOccupation,
          requirements: m.fieldFreeRequirements,
        }}
      />
      <PostForm action="/roles/new" csrf={p.csrf} submit={m.postRole}>
        <RoleTitleField m={m} value={values.title} error={errors.title} />
        <Field
          name="description"
          label={m.fieldRoleDescription}
          value={values.description}
          error={errors.description}
          maxlength={5000}
          multiline
          rows={3}
        />
        <div>
          <p class="hint">{m.roleSuggestHint}</p>
          <button
            type="submit"
            name={ACTION_FIELD}
            value="suggest"
            formnovalidate
            class="secondary"
            data-suggest
          >
            {m.roleSuggest}
          </button>
        </div>
        <OccupationPicker
          name="occupationCode"
          multiple={false}
          legend={m.fieldOccupation}
          error={errors.occupationCode}
          picked={model.picked}
          results={model.options}
          resultsIntro={intro}
          queryName="q"
          query={values.q}
          searched={model.searched}
          preview
          searchFirst={false}
          noneLabel={m.noOccupation}
          noneChecked={values.occupationCode === ''}
          classifyFrom={{ title: 'f-title', description: 'f-description' }}
          texts={{ ...pickerTexts(m), query: m.roleSearchHint }}
        />
        <Field
          name="requirements"
          label={m.fieldFreeRequirements}
          value={values.requirements}
          error={errors.requirements}
          multiline
          rows={4}
        />
      </PostForm>
      <FormScript />
    </Layout>
  );
}
