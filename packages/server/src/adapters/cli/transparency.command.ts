/**
 * `skillbank checkpoint` signs (or reuses) the transparency log's checkpoint and prints it, for an
 * auditor to keep; `skillbank audit --since <file>` proves the database still extends a kept one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  auditLog,
  isCheckpoint,
  loadOrCreatePlatformKey,
  migrateToLatest,
  openDatabase,
  signCheckpoint,
} from '@skillbank/core';
import { loadConfig } from '../../config.js';

export const TRANSPARENCY_USAGE = `  checkpoint [--out <file>]
                   sign a checkpoint of the transparency log (tree size, root, time) and print it
  audit --since <checkpoint file> [--key <did:key…>]
                   prove the database still extends a checkpoint kept from before (exit 1 if not)
`;

export async function checkpointCommand(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
  const config = loadConfig(env);
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const checkpoint = await signCheckpoint(handle.db, await loadOrCreatePlatformKey(config.keyFile));
    const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
    return 0;
  } finally {
    await handle.destroy();
  }
}

export async function auditCommand(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { since: { type: 'string' }, key: { type: 'string' } },
    allowPositionals: true,
  });
  if (!values.since) {
    process.stderr.write(`usage: skillbank audit --since <checkpoint file>\n`);
    return 2;
  }
  const kept: unknown = JSON.parse(await readFile(values.since, 'utf8'));
  if (!isCheckpoint(kept)) {
    console.error(`${values.since} is not a checkpoint (treeSize, rootHash, timestamp, signature, keyId)`);
    return 2;
  }
  const handle = openDatabase(loadConfig(env).databaseUrl);
  try {
    const report = await auditLog(handle.db, kept, { trustedKeyId: values.key ?? kept.keyId });
    const lines = [
      `checkpoint: ${kept.treeSize} entries, root ${kept.rootHash} at ${kept.timestamp} — signature ${report.since?.signatureValid ? 'valid' : 'INVALID'}`,
      `database:   ${report.current.treeSize} log entries, root ${report.current.rootHash}; ${report.checked.learners} learners, ${report.checked.entries} chain entries, ${report.checked.keys} attester keys`,
      report.ok
        ? 'ok: the database extends the checkpoint, every chain verifies and every entry and key is logged'
        : `NOT OK: ${report.problemCount} problem(s)`,
      ...report.problems.map(
        (p) =>
          `  - ${p.leafIndex !== null ? `leaf ${p.leafIndex}: ` : ''}${p.learnerId ? `learner ${p.learnerId}: ` : ''}${p.reason}`,
      ),
    ];
    console.log(lines.join('\n'));
    return report.ok ? 0 : 1;
  } finally {
    await handle.destroy();
  }
}
