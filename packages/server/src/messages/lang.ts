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

/** The language the terminal speaks: Chinese when the locale says so, else English. */
export function terminalLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
