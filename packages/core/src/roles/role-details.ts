/**
 * A role's details as employers send them (city, mode, salary band, closing date), validated once
 * here: the server serves `roleDetailsSchema` in its request bodies, services check the closing
 * date against today's date in China, where the roles are.
 */
import { z } from 'zod';
import { invalidField } from '../errors.js';
import { fieldCode, fieldMessage } from '../field-messages.js';
import { storableString } from '../text/storable-text.js';
import { isIsoDate } from '../time/dates.js';
import { ROLE_MODES, type RoleDetails, SALARY_PERIODS, type SalaryBand } from './roles.types.js';

export const ROLE_DETAIL_LIMITS = { title: 200, city: 50, salaryYuan: 10_000_000 } as const;

/** Roles are posted for places in China: "today" and closing dates are China dates. */
export const ROLE_TIME_ZONE = 'Asia/Shanghai';

// Made on first use: a formatter with a time zone loads the zone's data, which every process
// start paid when this module was only imported.
let dateFormat: Intl.DateTimeFormat | undefined;

/** Today's date in China, `YYYY-MM-DD`. */
export function roleToday(now: Date = new Date()): string {
  dateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: ROLE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dateFormat.format(now);
}

const yuan = z.number().int().min(1).max(ROLE_DETAIL_LIMITS.salaryYuan);

export const salaryBandSchema = z
  .strictObject({
    minYuan: yuan,
    maxYuan: yuan,
    period: z.enum(SALARY_PERIODS),
  })
  .refine((b) => b.minYuan <= b.maxYuan, { message: fieldCode('salary_band_order'), path: ['minYuan'] });

/** The details fields of a role; `null` clears one when editing. */
export const roleDetailsSchema = z.strictObject({
  city: storableString().trim().min(1, fieldCode('empty')).max(ROLE_DETAIL_LIMITS.city).nullable().optional(),
  mode: z.enum(ROLE_MODES).nullable().optional(),
  salaryBand: salaryBandSchema.nullable().optional(),
  closesOn: storableString().refine(isIsoDate, fieldCode('date_format')).nullable().optional(),
});

/** Details as sent: a field left out is left as it is, `null` clears it. */
export interface RoleDetailsEdit {
  city?: string | null | undefined;
  mode?: RoleDetails['mode'] | undefined;
  salaryBand?: SalaryBand | null | undefined;
  closesOn?: string | null | undefined;
}

/** Throws an `invalid` error naming `closesOn` when the date is before today (China time). */
export function checkClosingDate(closesOn: string | null, now: Date): void {
  if (closesOn !== null && closesOn < roleToday(now))
    throw invalidField('closesOn', fieldMessage('closing_date_past', { today: roleToday(now) }));
}

/** Details with an edit applied. */
export function applyDetailsEdit(current: RoleDetails, edit: RoleDetailsEdit): RoleDetails {
  return {
    city: edit.city === undefined ? current.city : edit.city,
    mode: edit.mode === undefined ? current.mode : edit.mode,
    salaryBand: edit.salaryBand === undefined ? current.salaryBand : edit.salaryBand,
    closesOn: edit.closesOn === undefined ? current.closesOn : edit.closesOn,
  };
}

/** Whether a role is taking interest today: published and its closing date not passed. */
export function isOpen(role: { status: string; closesOn: string | null }, now: Date = new Date()): boolean {
  return role.status === 'published' && (role.closesOn === null || role.closesOn >= roleToday(now));
}
