/**
 * `skillbank backup <file>` and `skillbank restore <file>`. A backup first signs a checkpoint of
 * the transparency log, so the copy carries one; a restore replaces the database in one
 * transaction that commits only after every chain and the log verify against the last checkpoint
 * (stop the server while restoring).
 */
import { parseArgs } from 'node:util';
import {
  auditLog,
  backupDatabase,
  latestCheckpoint,
  loadOrCreatePlatformKey,
  migrateToLatest,
  openDatabase,
  readBackup,
  restoreSnapshot,
  signCheckpoint,
} from '@skillbank/core';
import { loadConfig } from '../../config.js';

export const BACKUP_USAGE = `  backup <file>    a consistent copy of the database (SQLite: online backup; PostgreSQL: snapshot)
  restore <file> [--replace]
                   replace the database with a backup, after every chain and the transparency log verify
`;

export async function backupCommand(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: skillbank backup <file>\n');
    return 2;
  }
  const config = loadConfig(env);
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const checkpoint = await signCheckpoint(handle.db, await loadOrCreatePlatformKey(config.keyFile));
    const report = await backupDatabase(handle, file);
    console.log(
      `backed up ${report.rows} rows of ${report.tables} tables to ${file} (${report.kind === 'sqlite-file' ? 'SQLite online backup' : 'PostgreSQL snapshot'}); transparency checkpoint ${checkpoint.treeSize} ${checkpoint.rootHash}`,
    );
    return 0;
  } finally {
    await handle.destroy();
  }
}

export async function restoreCommand(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { replace: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: skillbank restore <file> [--replace]\n');
    return 2;
  }
  const snapshot = await readBackup(file);
  const handle = openDatabase(loadConfig(env).databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const existing = await handle.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    if (Number(existing?.n ?? 0) > 0 && !values.replace) {
      console.error(`the database already holds ${existing?.n} accounts: pass --replace to overwrite it`);
      return 2;
    }
    let summary = '';
    const report = await restoreSnapshot(handle, snapshot, async (trx) => {
      const checkpoint = await latestCheckpoint(trx);
      const audit = await auditLog(trx, checkpoint);
      if (!audit.ok)
        throw new Error(
          `the backup does not verify, nothing was changed:\n${audit.problems.map((p) => `  - ${p.learnerId ? `learner ${p.learnerId}: ` : ''}${p.reason}`).join('\n')}`,
        );
      summary = checkpoint
        ? `every chain verifies and the log extends checkpoint ${checkpoint.treeSize} (${checkpoint.rootHash}, ${checkpoint.timestamp})`
        : 'every chain verifies (the backup holds no checkpoint yet)';
      summary += `; ${audit.checked.learners} learners, ${audit.checked.entries} entries`;
    });
    console.log(`restored ${report.rows} rows of ${report.tables} tables from ${file}: ${summary}`);
    return 0;
  } finally {
    await handle.destroy();
  }
}
