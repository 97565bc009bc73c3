/**
 * A role's requirements as a compact list: one row each (its text, "essential", a minimum level,
 * remove), numbered 1, 2, … whatever their origin, and rows added as needed.
 */
import { ErrorSummary, Field, type FieldErrors, Select } from '../forms/fields.js';
import { FormScript } from '../forms/form-script.js';
import { levelOptions } from '../forms/level-options.js';
import { PostForm } from '../forms/post-form.js';
import { numberedText, RowList, rowField, TEMPLATE_INDEX } from '../forms/row-list.js';
import type { PageContext } from '../page-context.js';
import { blankRequirement, MAX_REQUIREMENTS, type RequirementRow } from './role-forms.js';

function RequirementFields({
  p,
  row,
  n,
  errors,
  levels,
}: {
  p: PageContext;
  row: RequirementRow;
  n: number;
  errors: FieldErrors;
  /** Whether 新八级 minimum levels are offered. */
  levels: boolean;
}) {
  const { m, lang } = p;
  return (
    <>
      <input type="hidden" name={rowField('req', row.index, 'id')} value={row.id} />
      <input type="hidden" name={rowField('req', row.index, 'taskId')} value={row.taskId} />
      <Field
        name={rowField('req', row.index, 'text')}
        label={m.reqRow(n)}
        numbered={numberedText(m.reqRow)}
        hint={row.taskId ? m.reqFromTask : undefined}
        value={row.text}
        error={errors[rowField('req', row.index, 'text')]}
        maxlength={1000}
        multiline
        rows={2}
      />
      <label class="check">
        <input
          type="checkbox"
          name={rowField('req', row.index, 'essential')}
          value="true"
          checked={row.essential}
        />{' '}
        {m.reqEssential}
      </label>
      {/* A level set earlier stays editable, so it can be cleared. */}
      {(levels || row.minLevel !== '') && (
        <Select
          name={rowField('req', row.index, 'minLevel')}
          label={m.reqLevelShort}
          accessibleLabel={m.reqRowLevel(n)}
          accessibleNumbered={numberedText(m.reqRowLevel)}
          narrow
          value={row.minLevel}
          error={errors[rowField('req', row.index, 'minLevel')]}
          options={levelOptions(lang, m.levelNone)}
        />
      )}
    </>
  );
}

export function RequirementEditor({
  p,
  roleId,
  rows,
  errors,
  noLadder,
}: {
  p: PageContext;
  roleId: string;
  rows: readonly RequirementRow[];
  errors: FieldErrors;
  /** The role's occupation when 新八级 does not grade it (no minimum levels offered), else null. */
  noLadder: string | null;
}) {
  const { m, lang } = p;
  const labels = {
    req: m.requirementsTitle,
    ...Object.fromEntries(
      rows.flatMap((r, i) => [
        [rowField('req', r.index, 'text'), m.reqRow(i + 1)],
        [rowField('req', r.index, 'minLevel'), m.reqRowLevel(i + 1)],
      ]),
    ),
  };
  return (
    <>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <PostForm action={`/roles/${roleId}/requirements`} csrf={p.csrf} submit={m.saveRequirements} wide>
        <RowList
          list="req"
          legend={m.requirementsTitle}
          hint={noLadder ? `${m.requirementsLead} ${m.reqNoLadder(noLadder)}` : m.requirementsLead}
          error={errors.req}
          rows={rows}
          blank={blankRequirement(TEMPLATE_INDEX)}
          renderRow={(row, n) => (
            <RequirementFields p={p} row={row} n={n} errors={errors} levels={noLadder === null} />
          )}
          addLabel={m.formAddRequirement}
          removeLabel={m.reqRowRemove}
          removeText={m.reqRemove}
          max={MAX_REQUIREMENTS}
        />
      </PostForm>
      <FormScript />
    </>
  );
}
