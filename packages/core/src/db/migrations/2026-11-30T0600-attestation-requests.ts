/**
 * Attestation requests become a conversation: the attester may ask for more information or decline
 * (with a reason), the learner answers; and a learner may invite an attester by a single-use link.
 * The evidence tables are untouched. Frozen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attestation_request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('attestation_requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attestation_request_events_by_request')
    .on('attestation_request_events')
    .columns(['request_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('attestation_invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('evidence_id', 'text', (c) => c.notNull())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.references('attestation_requests.id'))
    .addColumn('claimed_at', 'text')
    .execute();
  await db.schema
    .createIndex('attestation_invites_by_evidence')
    .on('attestation_invites')
    .columns(['evidence_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attestation_invites').execute();
  await db.schema.dropTable('attestation_request_events').execute();
}
