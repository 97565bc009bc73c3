/** The employer's forms: a new role, and a role's requirement list, read from submitted fields. */
import type { Role } from '@skillbank/core';
import { type FormBody, formText } from '../forms/fields.js';
import { formRows } from '../forms/form-actions.js';

export interface NewRoleValues {
  title: string;
  description: string;
  /** The occupation search box. */
  q: string;
  /** The chosen occupation; `''` for "not a specific occupation", `null` when none was chosen yet. */
  occupationCode: string | null;
  requirements: string;
}

export function readNewRole(body: FormBody): NewRoleValues {
  return {
    title: formText(body, 'title'),
    description: formText(body, 'description'),
    q: formText(body, 'q'),
    occupationCode: body.occupationCode === undefined ? null : formText(body, 'occupationCode'),
    requirements: formText(body, 'requirements'),
  };
}

/** The `createRoleBody` input the new-role form stands for. */
export function newRoleInput(v: NewRoleValues) {
  const lines = v.requirements
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    title: v.title,
    ...(v.description.trim() ? { description: v.description } : {}),
    ...(v.occupationCode ? { occupationCode: v.occupationCode } : {}),
    ...(lines.length ? { requirements: lines.map((text) => ({ text, essential: false })) } : {}),
  };
}

export interface RequirementRow {
  /** The row's index in the form's field names (`req.<index>.text`). */
  index: number;
  id: string;
  taskId: string;
  text: string;
  essential: boolean;
  minLevel: string;
  remove: boolean;
}

/** At most this many requirement rows. */
export const MAX_REQUIREMENTS = 100;

export const blankRequirement = (index: number): RequirementRow => ({
  index,
  id: '',
  taskId: '',
  text: '',
  essential: false,
  minLevel: '',
  remove: false,
});

/** The role's requirements as rows (one blank row when there are none). */
export function requirementRows(role: Role): RequirementRow[] {
  const rows = role.requirements.map((r, index) => ({
    index,
    id: r.id,
    taskId: r.taskId ?? '',
    text: r.text,
    essential: r.essential,
    minLevel: r.minLevel === null ? '' : String(r.minLevel),
    remove: false,
  }));
  return rows.length ? rows : [blankRequirement(0)];
}

/** The requirement rows of a submitted form, in index order (rows removed in the browser leave gaps). */
export function readRequirementRows(body: FormBody): RequirementRow[] {
  return formRows(body, 'req', ['id', 'taskId', 'text', 'essential', 'minLevel', 'remove'], {
    max: MAX_REQUIREMENTS,
  }).map((r) => ({ ...r, essential: r.essential === 'true', remove: r.remove === 'true' }));
}

/** The `requirementsBody` input of the rows kept, and how to map a problem's path back to a row. */
export function requirementsInput(rows: readonly RequirementRow[]) {
  const kept: number[] = [];
  const requirements = rows.flatMap((r) => {
    if (r.remove || (!r.id && !r.text.trim())) return [];
    kept.push(r.index);
    return [
      {
        ...(r.id ? { id: r.id } : {}),
        text: r.text,
        essential: r.essential,
        ...(r.minLevel ? { minLevel: Number(r.minLevel) } : {}),
        ...(r.taskId ? { taskId: r.taskId } : {}),
      },
    ];
  });
  const fieldName = (path: string) => {
    const [list, index, field] = path.split('.');
    if (list !== 'requirements' || index === undefined) return 'req';
    const row = kept[Number(index)];
    return row === undefined ? 'req' : `req.${row}.${field === 'minLevel' ? 'minLevel' : 'text'}`;
  };
  return { body: { requirements }, fieldName };
}
