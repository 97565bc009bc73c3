/** What `skillbank serve` says when it cannot start, shared by a single process and a cluster primary. */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Logger } from '../../logger.js';
import type { StartupMessages } from '../../messages/zh/startup.js';

/** The database URL as it may be shown: the password masked. */
export function shownDatabase(databaseUrl: string): string {
  return databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Why an SQLite database file cannot be written there, or `null` (also for PostgreSQL and `:memory:`). */
export function sqliteWriteProblem(databaseUrl: string): { path: string; reason: string } | null {
  if (!databaseUrl.startsWith('sqlite:')) return null;
  const path = databaseUrl.slice('sqlite:'.length);
  if (!path || path === ':memory:') return null;
  try {
    // The nearest folder that exists must be a writable folder (the rest is created on open).
    let dir = dirname(resolve(path));
    while (!existsSync(dir)) dir = dirname(dir);
    if (!statSync(dir).isDirectory()) return { path, reason: `${dir} is a file, not a folder` };
    accessSync(dir, constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.R_OK | constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'read-only file system',
    };
    return { path, reason: reasons[code] ?? (error as Error).message };
  }
}

/** Logs why the start-up failed, in one line a person can act on. */
export function bootFailureReporter(
  logger: Logger,
  say: StartupMessages,
  databaseUrl: string,
): (error: unknown) => void {
  return (error) => {
    const message = (error as Error).message;
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY') {
      logger.error(say.databaseUnwritable(databaseUrl.slice('sqlite:'.length), message));
    } else if (['ECONNREFUSED', 'ENOTFOUND', '28P01', '3D000'].includes(code)) {
      logger.error(say.databaseUnreachable(shownDatabase(databaseUrl), message));
    } else {
      logger.error(say.startFailed(message));
    }
  };
}
