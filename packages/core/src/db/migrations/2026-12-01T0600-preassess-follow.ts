/**
 * The pre-assessor keeps every reportable learner's assessment current, not only those reported on
 * lately: after a day's (or key's) sweep of every cohort member it follows what changed — the change
 * feed after `preassessments.feed_pos` (chains that moved: deposits, consent) and the cohort members
 * who joined after `preassessments.members_since` (`cohort_members_by_joined_at`) — so that looking
 * whether anything is missing stays two indexed reads when nothing is.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('preassessments').addColumn('feed_pos', 'bigint').execute();
  await db.schema.alterTable('preassessments').addColumn('members_since', 'text').execute();
  await db.schema
    .createIndex('cohort_members_by_joined_at')
    .on('cohort_members')
    .columns(['joined_at', 'learner_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cohort_members_by_joined_at').execute();
  await db.schema.alterTable('preassessments').dropColumn('members_since').execute();
  await db.schema.alterTable('preassessments').dropColumn('feed_pos').execute();
}
