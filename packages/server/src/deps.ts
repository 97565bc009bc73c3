/** What the app is built from. Tests pass their own (an in-memory database, a quiet logger). */
import type { Db, DialectName, PlatformKey, TaxonomyInfo } from '@skillbank/core';
import type { MatcherIndex } from '@skillbank/matcher';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

export interface AppDeps {
  db: Db;
  dialect: DialectName;
  config: Readonly<Config>;
  logger: Logger;
  /** The taxonomy the API serves (stored, loaded at start). */
  taxonomy: TaxonomyInfo;
  /** The matcher index over that taxonomy, built at start (see `buildTaxonomyMatcher`). */
  matcher: MatcherIndex;
  /** The platform's own issuer key (from `config.keyFile`, created on first start). */
  platformKey: PlatformKey;
}
