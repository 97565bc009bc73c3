/** The evidence form's fields: read from a submitted form, and turned into the API's deposit body. */
import { type EvidenceInputJson, WORK_PROCESS_STEPS } from '@skillbank/core';
import { type FormBody, formList, formText } from '../forms/fields.js';

/** Rows the form offers (empty rows are ignored). */
export const SKILL_ROWS = 5;
export const ARTIFACT_ROWS = 2;

export interface EvidenceFormValues {
  kind: string;
  title: string;
  description: string;
  occurredOn: string;
  endedOn: string;
  occupationCodes: string;
  skills: { name: string; level: string }[];
  steps: string[];
  artifacts: { name: string; url: string }[];
}

export const emptyEvidenceForm = (): EvidenceFormValues => ({
  kind: 'work_project',
  title: '',
  description: '',
  occurredOn: '',
  endedOn: '',
  occupationCodes: '',
  skills: Array.from({ length: SKILL_ROWS }, () => ({ name: '', level: '' })),
  steps: [],
  artifacts: Array.from({ length: ARTIFACT_ROWS }, () => ({ name: '', url: '' })),
});

export function readEvidenceForm(body: FormBody): EvidenceFormValues {
  const rows = (prefix: string, count: number, fields: string[]) =>
    Array.from({ length: count }, (_, i) =>
      Object.fromEntries(fields.map((f) => [f, formText(body, `${prefix}.${i}.${f}`)])),
    );
  return {
    kind: formText(body, 'kind'),
    title: formText(body, 'title'),
    description: formText(body, 'description'),
    occurredOn: formText(body, 'occurredOn'),
    endedOn: formText(body, 'endedOn'),
    occupationCodes: formText(body, 'occupationCodes'),
    skills: rows('skills', SKILL_ROWS, ['name', 'level']) as EvidenceFormValues['skills'],
    steps: formList(body, 'steps').filter((s) => (WORK_PROCESS_STEPS as readonly string[]).includes(s)),
    artifacts: rows('artifacts', ARTIFACT_ROWS, ['name', 'url']) as EvidenceFormValues['artifacts'],
  };
}

/**
 * The deposit body the form stands for (empty optional fields left out), and how to name a
 * problem's field: list indexes of the body map back to the form's rows.
 */
export function toEvidenceInput(v: EvidenceFormValues): {
  input: EvidenceInputJson;
  fieldName: (path: string) => string;
} {
  const skillRows: number[] = [];
  const skills = v.skills.flatMap((s, row) => {
    if (!s.name.trim() && !s.level) return [];
    skillRows.push(row);
    return [s.level ? { name: s.name, level: Number(s.level) } : { name: s.name }];
  });
  const artifactRows: number[] = [];
  const artifacts = v.artifacts.flatMap((a, row) => {
    if (!a.name.trim() && !a.url.trim()) return [];
    artifactRows.push(row);
    return [{ ...(a.name.trim() ? { name: a.name } : {}), ...(a.url.trim() ? { url: a.url.trim() } : {}) }];
  });
  const codes = v.occupationCodes.split(/[\s,，、;；]+/).filter(Boolean);
  const input: EvidenceInputJson = {
    kind: v.kind as EvidenceInputJson['kind'],
    title: v.title,
    description: v.description,
    occurredOn: v.occurredOn,
    ...(v.endedOn ? { endedOn: v.endedOn } : {}),
    ...(codes.length ? { occupationCodes: codes } : {}),
    ...(skills.length ? { skills } : {}),
    ...(v.steps.length ? { steps: v.steps } : {}),
    ...(artifacts.length ? { artifacts } : {}),
  };
  const fieldName = (path: string) => {
    const [list, index, field] = path.split('.');
    if (list === 'skills' && index !== undefined) {
      const row = skillRows[Number(index)];
      return row === undefined ? 'skills' : `skills.${row}.${field ?? 'name'}`;
    }
    if (list === 'artifacts' && index !== undefined) {
      const row = artifactRows[Number(index)];
      return row === undefined ? 'artifacts' : `artifacts.${row}.${field ?? 'name'}`;
    }
    if (list === 'occupationCodes' || list === 'steps') return list;
    return list ?? path;
  };
  return { input, fieldName };
}
