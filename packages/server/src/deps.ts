/** What the app is built from. Tests pass their own (an in-memory database, a quiet logger). */
import type { DialectName } from '@skillbank/core';
import type { TaxonomyRefresher } from './matching/taxonomy-refresh.js';
import type { UseCaseDeps } from './use-cases/use-case.js';

export interface AppDeps extends Omit<UseCaseDeps, 'now'> {
  dialect: DialectName;
  /** The clock (default: the system's). */
  now?: () => Date;
  /** What keeps the served taxonomy current (default: one made from these deps; boot passes its own). */
  refresher?: TaxonomyRefresher;
}
