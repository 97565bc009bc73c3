/** The employer's forms: a new role, and a role's requirement list, read from submitted fields. */
import type { Role } from '@skillbank/core';
import { type FormBody, formText } from '../forms/fields.js';

export interface NewRoleValues {
  title: string;
  description: string;
  q: string;
  occupationCode: string;
  requirements: string;
}

export function readNewRole(body: FormBody): NewRoleValues {
  return {
    title: formText(body, 'title'),
    description: formText(body, 'description'),
    q: formText(body, 'q'),
    occupationCode: formText(body, 'occupationCode'),
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
  id: string;
  taskId: string;
  text: string;
  essential: boolean;
  minLevel: string;
  remove: boolean;
}

/** Blank rows offered for new requirements. */
export const NEW_ROWS = 2;

export function requirementRows(role: Role): RequirementRow[] {
  return [
    ...role.requirements.map((r) => ({
      id: r.id,
      taskId: r.taskId ?? '',
      text: r.text,
      essential: r.essential,
      minLevel: r.minLevel === null ? '' : String(r.minLevel),
      remove: false,
    })),
    ...Array.from({ length: NEW_ROWS }, () => ({
      id: '',
      taskId: '',
      text: '',
      essential: false,
      minLevel: '',
      remove: false,
    })),
  ];
}

export function readRequirementRows(body: FormBody): RequirementRow[] {
  const count = Math.min(Number(formText(body, 'rows')) || 0, 200);
  return Array.from({ length: count }, (_, i) => ({
    id: formText(body, `req.${i}.id`),
    taskId: formText(body, `req.${i}.taskId`),
    text: formText(body, `req.${i}.text`),
    essential: formText(body, `req.${i}.essential`) === 'true',
    minLevel: formText(body, `req.${i}.minLevel`),
    remove: formText(body, `req.${i}.remove`) === 'true',
  }));
}

/** The `requirementsBody` input of the rows kept, and how to map a problem's path back to a row. */
export function requirementsInput(rows: readonly RequirementRow[]) {
  const kept: number[] = [];
  const requirements = rows.flatMap((r, i) => {
    if (r.remove || (!r.id && !r.text.trim())) return [];
    kept.push(i);
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
    if (list !== 'requirements' || index === undefined) return 'requirements';
    const row = kept[Number(index)];
    return row === undefined ? 'requirements' : `req.${row}.${field === 'minLevel' ? 'minLevel' : 'text'}`;
  };
  return { body: { requirements }, fieldName };
}
