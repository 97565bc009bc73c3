/** Cohort invitation codes: short, random, easy to read out in class; stored only as a SHA-256. */
import { randomInt } from 'node:crypto';
import { sha256Hex } from '../ledger/canonical.js';

/** No 0/O, 1/I/L, U: nothing to confuse when a code is read aloud or copied from a board. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/** A new code such as `K7M2Q-9XTR4` (10 symbols of 30: about 49 random bits). */
export function newCohortCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The code as typed (any case, spaces or dashes) in the one form that is hashed. */
export function normalizeCohortCode(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export function hashCohortCode(text: string): string {
  return sha256Hex(`cohort-code:${normalizeCohortCode(text)}`);
}
