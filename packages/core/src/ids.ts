/** Opaque ids: a short prefix naming the kind of thing, then 96 random bits (base64url). */
import { randomBytes } from 'node:crypto';

export type IdPrefix =
  | 'ac'
  | 'ev'
  | 'le'
  | 'at'
  | 'ar'
  | 'ro'
  | 'co'
  | 'ds'
  | 'sl'
  | 'of'
  | 'en'
  | 'lr'
  | 'cv'
  | 'ms'
  | 'ae'
  | 'ai';

/** A new random id, e.g. `newId('ev')` → `ev_Jx3q0hB2fYk9cT1m`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
