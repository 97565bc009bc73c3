/** Open Badges 3.0: issued credentials, their revocation status lists, and imported credentials. Frozen. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('status_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('length', 'integer', (c) => c.notNull())
    // How many indexes were handed out; the next credential gets a permutation of this number.
    .addColumn('allocated', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('issued_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evidence_id', 'text', (c) => c.notNull())
    .addColumn('attestation_id', 'text', (c) => c.notNull().unique())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('issuer_did', 'text', (c) => c.notNull())
    .addColumn('status_list_id', 'text', (c) => c.notNull().references('status_lists.id'))
    .addColumn('status_index', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('jwt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addUniqueConstraint('issued_credentials_status_slot', ['status_list_id', 'status_index'])
    .execute();
  await db.schema
    .createIndex('issued_credentials_by_evidence')
    .on('issued_credentials')
    .column('evidence_id')
    .execute();
  await db.schema
    .createIndex('issued_credentials_by_learner')
    .on('issued_credentials')
    .columns(['learner_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('imported_credentials')
    .addColumn('evidence_id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('original', 'text', (c) => c.notNull())
    .addColumn('original_sha256', 'text', (c) => c.notNull())
    .addColumn('issuer_id', 'text', (c) => c.notNull())
    .addColumn('issuer_name', 'text')
    .addColumn('verification', 'text', (c) => c.notNull())
    .addColumn('alignments', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imported_credentials').execute();
  await db.schema.dropTable('issued_credentials').execute();
  await db.schema.dropTable('status_lists').execute();
}
