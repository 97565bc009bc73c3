/** The evidence form's fields: read from a submitted form, checked all at once, and turned into the API's deposit body. */
import {
  EVIDENCE_LIMITS,
  type EvidenceInputJson,
  futureDateProblems,
  isIsoDate,
  WORK_PROCESS_STEPS,
} from '@skillbank/core';
import type { LadderVerdict } from '../../../matching/skill-ladder.js';
import { type FieldErrors, type FormBody, formList, formText, toFieldErrors } from '../forms/fields.js';
import { applyRowAction, type FormAction, formRows } from '../forms/form-actions.js';
import type { Lang, Messages } from '../i18n.js';

export interface SkillRow {
  index: number;
  name: string;
  level: string;
}

export interface ArtifactRow {
  index: number;
  name: string;
  url: string;
}

export interface EvidenceFormValues {
  kind: string;
  title: string;
  description: string;
  occurredOn: string;
  endedOn: string;
  occupationCodes: string[];
  /** What was typed in the occupation search. */
  occupationQuery: string;
  skills: SkillRow[];
  steps: string[];
  artifacts: ArtifactRow[];
  /** A short description the writer was told about and chose to keep (sent back by the form). */
  shortKept: string;
}

/** A description shorter than this (in characters) gets a hint before it is saved. */
export const SHORT_DESCRIPTION = 20;

const blankSkill = (index: number): SkillRow => ({ index, name: '', level: '' });
const blankArtifact = (index: number): ArtifactRow => ({ index, name: '', url: '' });

export const emptyEvidenceForm = (): EvidenceFormValues => ({
  kind: 'work_project',
  title: '',
  description: '',
  occurredOn: '',
  endedOn: '',
  occupationCodes: [],
  occupationQuery: '',
  skills: [blankSkill(0)],
  steps: [],
  artifacts: [blankArtifact(0)],
  shortKept: '',
});

export function readEvidenceForm(body: FormBody): EvidenceFormValues {
  const skills = formRows(body, 'skills', ['name', 'level'], { max: EVIDENCE_LIMITS.skills });
  const artifacts = formRows(body, 'artifacts', ['name', 'url'], { max: EVIDENCE_LIMITS.artifacts });
  const codes = formList(body, 'occupationCodes').flatMap((v) => v.split(/[\s,，、;；]+/).filter(Boolean));
  return {
    kind: formText(body, 'kind'),
    title: formText(body, 'title'),
    description: formText(body, 'description'),
    occurredOn: formText(body, 'occurredOn'),
    endedOn: formText(body, 'endedOn'),
    occupationCodes: [...new Set(codes)],
    occupationQuery: formText(body, 'occupationQuery'),
    skills: skills.length ? skills : [blankSkill(0)],
    steps: formList(body, 'steps').filter((s) => (WORK_PROCESS_STEPS as readonly string[]).includes(s)),
    artifacts: artifacts.length ? artifacts : [blankArtifact(0)],
    shortKept: formText(body, 'shortKept'),
  };
}

/** The form after an add or remove button (rows as needed; at least one of each). */
export function withRowAction(v: EvidenceFormValues, action: FormAction): EvidenceFormValues {
  const skills = applyRowAction(v.skills, 'skills', action, blankSkill, { max: EVIDENCE_LIMITS.skills });
  const artifacts = applyRowAction(v.artifacts, 'artifacts', action, blankArtifact, {
    max: EVIDENCE_LIMITS.artifacts,
  });
  return {
    ...v,
    skills: skills.length ? skills : [blankSkill(0)],
    artifacts: artifacts.length ? artifacts : [blankArtifact(0)],
  };
}

/** The skill names typed in the form (for the 新八级 rule). */
export const skillNames = (v: EvidenceFormValues) => v.skills.map((s) => s.name.trim()).filter(Boolean);

/**
 * The deposit body the form stands for (empty optional fields left out), and how to name a
 * problem's field: list indexes of the body map back to the form's rows.
 */
export function toEvidenceInput(v: EvidenceFormValues): {
  input: EvidenceInputJson;
  fieldName: (path: string) => string;
} {
  const skillRows: number[] = [];
  const skills = v.skills.flatMap((s) => {
    if (!s.name.trim() && !s.level) return [];
    skillRows.push(s.index);
    return [s.level ? { name: s.name, level: Number(s.level) } : { name: s.name }];
  });
  const artifactRows: number[] = [];
  const artifacts = v.artifacts.flatMap((a) => {
    if (!a.name.trim() && !a.url.trim()) return [];
    artifactRows.push(a.index);
    return [{ ...(a.name.trim() ? { name: a.name } : {}), ...(a.url.trim() ? { url: a.url.trim() } : {}) }];
  });
  const input: EvidenceInputJson = {
    kind: v.kind as EvidenceInputJson['kind'],
    title: v.title,
    description: v.description,
    occurredOn: v.occurredOn,
    ...(v.endedOn ? { endedOn: v.endedOn } : {}),
    ...(v.occupationCodes.length ? { occupationCodes: v.occupationCodes } : {}),
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

/**
 * The problems the schema cannot see, said together with its own: dates after `latest`, a level
 * for a skill the 新八级 ladder does not grade, and a description too short to tell anything
 * (until the writer keeps it on purpose).
 */
export function formProblems(
  lang: Lang,
  m: Messages,
  v: EvidenceFormValues,
  { latest, verdicts }: { latest: string; verdicts: ReadonlyMap<string, LadderVerdict> },
): FieldErrors {
  const dates = {
    occurredOn: isIsoDate(v.occurredOn) ? v.occurredOn : '',
    ...(isIsoDate(v.endedOn) ? { endedOn: v.endedOn } : {}),
  };
  const errors: FieldErrors = toFieldErrors(lang, futureDateProblems(dates, latest));
  for (const s of v.skills) {
    const verdict = verdicts.get(s.name.trim());
    if (s.level && verdict && !verdict.applies)
      errors[`skills.${s.index}.level`] = m.ladderLevelNotApplicable(s.name.trim());
  }
  const length = [...v.description.trim()].length;
  if (length > 0 && length < SHORT_DESCRIPTION && v.description !== v.shortKept)
    errors.description = m.describeTooShort(length, SHORT_DESCRIPTION);
  return errors;
}
