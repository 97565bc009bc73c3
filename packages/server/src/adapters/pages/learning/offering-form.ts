/** The offering form's values: read from a submitted form, filled from an offering, turned into the API's input. */
import type { Offering, OfferingInputJson } from '@skillbank/core';
import { type FormBody, formText } from '../forms/fields.js';

export const OFFERING_FORM_FIELDS = [
  'kind',
  'title',
  'description',
  'mode',
  'city',
  'hours',
  'costYuan',
  'startsOn',
  'endsOn',
  'level',
  'language',
  'taskIds',
  'skills',
] as const;
export type OfferingFormValues = Record<(typeof OFFERING_FORM_FIELDS)[number], string>;

export const emptyOfferingForm = (): OfferingFormValues =>
  Object.fromEntries(
    OFFERING_FORM_FIELDS.map((f) => [f, f === 'kind' ? 'course' : f === 'mode' ? 'online' : '']),
  ) as OfferingFormValues;

export function readOfferingForm(body: FormBody): OfferingFormValues {
  return Object.fromEntries(OFFERING_FORM_FIELDS.map((f) => [f, formText(body, f)])) as OfferingFormValues;
}

export function offeringFormOf(o: Offering): OfferingFormValues {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    kind: o.kind,
    title: o.title,
    description: o.description,
    mode: o.mode,
    city: text(o.city),
    hours: text(o.hours),
    costYuan: text(o.costYuan),
    startsOn: text(o.startsOn),
    endsOn: text(o.endsOn),
    level: text(o.level),
    language: o.language,
    taskIds: o.taskIds.join('\n'),
    skills: o.skills.join('\n'),
  };
}

const lines = (v: string) =>
  v
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
/** A number field: a number when it reads as one, else the text, so the schema names the problem. */
const numeric = (v: string) => (v.trim() === '' ? undefined : Number.isNaN(Number(v)) ? v : Number(v));

/** The form as the schema's input (what the API would receive). */
export function offeringInputOf(v: OfferingFormValues): OfferingInputJson {
  return Object.fromEntries(
    Object.entries({
      kind: v.kind,
      title: v.title,
      description: v.description,
      mode: v.mode,
      city: optional(v.city),
      hours: numeric(v.hours),
      costYuan: numeric(v.costYuan),
      startsOn: optional(v.startsOn),
      endsOn: optional(v.endsOn),
      level: numeric(v.level),
      language: optional(v.language),
      taskIds: lines(v.taskIds),
      skills: lines(v.skills).length > 0 ? lines(v.skills) : undefined,
    }).filter(([, value]) => value !== undefined),
  ) as OfferingInputJson;
}

/** Field errors of the list fields point at the textarea (`taskIds.2` → `taskIds`). */
export const offeringErrorField = (path: string) => path.split('.')[0] || 'title';
