/** What the app is built from. Tests pass their own (an in-memory database, a quiet logger). */
import type { DialectName, PlatformKey } from '@skillbank/core';
import type { UseCaseDeps } from './use-cases/use-case.js';

export interface AppDeps extends Omit<UseCaseDeps, 'now'> {
  dialect: DialectName;
  /** The clock (default: the system's). */
  now?: () => Date;
  /** The platform's own issuer key (from `config.keyFile`, created on first start). */
  platformKey: PlatformKey;
}
