/** The languages Skillbank speaks: Chinese first, English on request. */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/**
 * The language of an API answer: `?lang=` when given, English when the Accept-Language header's
 * first choice starts with `en`, Chinese otherwise.
 * @example negotiateLang(undefined, 'en-GB,en;q=0.9,zh;q=0.5') // 'en'
 */
export function negotiateLang(asked: Lang | undefined, acceptLanguage: string | undefined): Lang {
  if (asked) return asked;
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}
