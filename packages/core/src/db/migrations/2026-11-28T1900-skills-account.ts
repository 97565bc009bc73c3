/** Accounts, the per-learner ledger (entries and chain heads) and attestation requests. Frozen. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('public_key', 'text')
    .addColumn('private_key_wrapped', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_heads')
    .addColumn('learner_id', 'text', (c) => c.primaryKey().references('accounts.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text')
    .addColumn('ref_id', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_entries_learner_seq', ['learner_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('ledger_entries_by_type')
    .on('ledger_entries')
    .columns(['learner_id', 'type', 'seq'])
    .execute();
  await db.schema
    .createIndex('ledger_entries_by_evidence')
    .on('ledger_entries')
    .column('evidence_id')
    .execute();
  await db.schema.createIndex('ledger_entries_by_ref').on('ledger_entries').column('ref_id').execute();

  await db.schema
    .createTable('attestation_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evidence_id', 'text', (c) => c.notNull())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('attester_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attestation_requests_once', ['evidence_id', 'attester_id'])
    .execute();
  await db.schema
    .createIndex('attestation_requests_by_attester')
    .on('attestation_requests')
    .columns(['attester_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('attestation_requests_by_learner')
    .on('attestation_requests')
    .columns(['learner_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['attestation_requests', 'ledger_entries', 'ledger_heads', 'accounts']) {
    await db.schema.dropTable(table).execute();
  }
}
