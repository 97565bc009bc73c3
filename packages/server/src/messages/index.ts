/**
 * User-visible text by code: one catalogue per language (`zh/`, `en/`), each split by area. Chinese
 * is the reference language, and its shape is the type every other catalogue must have, so a key
 * missing (or extra) in one language does not compile; `catalogue.test.ts` checks the wording.
 *
 * @example catalogue('en').nextSteps[step.code](step.params)
 */
import type { DomainError, FieldMessage } from '@skillbank/core';
import type { NextStepCode, NextStepParams } from '@skillbank/matcher';
import { en } from './en/index.js';
import type { Lang } from './lang.js';
import { type Catalogue, zh } from './zh/index.js';

export { DEFAULT_LANG, isLang, LANGS, type Lang, negotiateLang } from './lang.js';
export type { Catalogue };

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { zh, en };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** The areas the web pages read, as one flat object (`m.appName`, `m.ledgerTitle`, …). */
export const PAGE_AREAS = [
  'common',
  'occupations',
  'accounts',
  'evidence',
  'profile',
  'matching',
  'consent',
  'showcases',
  'credentials',
  'attestations',
  'roles',
  'cohorts',
  'learning',
  'hiring',
  'forms',
  'firstSteps',
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
export type PageMessages = UnionToIntersection<Catalogue[(typeof PAGE_AREAS)[number]]>;

const pageMessagesOf = (c: Catalogue) =>
  Object.freeze(Object.assign({}, ...PAGE_AREAS.map((area) => c[area]))) as PageMessages;

const PAGE_MESSAGES: Readonly<Record<Lang, PageMessages>> = {
  zh: pageMessagesOf(zh),
  en: pageMessagesOf(en),
};

export function pageMessages(lang: Lang): PageMessages {
  return PAGE_MESSAGES[lang];
}

/** A matcher next step (`{code, params}`) in the reader's language. */
export function nextStepText(lang: Lang, step: { code: NextStepCode; params: NextStepParams }): string {
  return CATALOGUES[lang].nextSteps[step.code](step.params);
}

/** A field problem's message (`{code, params}`) in the reader's language. */
export function fieldText(lang: Lang, message: FieldMessage): string {
  const say = CATALOGUES[lang].fields[message.code] as (params: FieldMessage['params']) => string;
  return say(message.params);
}

/** What a domain error means, in the reader's language (from its code and params). */
export function errorText(lang: Lang, error: Pick<DomainError, 'code' | 'params'>): string {
  const say = CATALOGUES[lang].errors[error.code] as (params: DomainError['params']) => string;
  return say(error.params);
}
