/** Queries over conversations and messages. */
import type { Db } from '../db/database.js';
import type { ConversationRow, MessageRow, NewConversationRow, NewMessageRow } from './messages.table.js';

export function findConversationRow(
  db: Db,
  roleId: string,
  learnerId: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('role_id', '=', roleId)
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
}

/** Creates the conversation unless it exists (two first messages at once both land in one). */
export async function ensureConversationRow(db: Db, row: NewConversationRow): Promise<void> {
  await db
    .insertInto('conversations')
    .values(row)
    .onConflict((oc) => oc.columns(['role_id', 'learner_id']).doNothing())
    .execute();
}

/**
 * Claims the next message seq and counts the message as unread for the other side. Being an
 * UPDATE it holds the conversation's row lock until the transaction ends.
 */
export function claimMessageSeq(
  db: Db,
  conversationId: string,
  unreadFor: 'learner' | 'employer',
  at: string,
): Promise<{ message_count: number } | undefined> {
  return db
    .updateTable('conversations')
    .set((eb) => ({
      message_count: eb('message_count', '+', 1),
      ...(unreadFor === 'learner'
        ? { learner_unread: eb('learner_unread', '+', 1) }
        : { employer_unread: eb('employer_unread', '+', 1) }),
      last_message_at: at,
    }))
    .where('id', '=', conversationId)
    .returning('message_count')
    .executeTakeFirst();
}

export async function insertMessageRow(db: Db, row: NewMessageRow): Promise<void> {
  await db.insertInto('messages').values(row).execute();
}

export async function clearUnread(
  db: Db,
  conversationId: string,
  reader: 'learner' | 'employer',
): Promise<void> {
  await db
    .updateTable('conversations')
    .set(reader === 'learner' ? { learner_unread: 0 } : { employer_unread: 0 })
    .where('id', '=', conversationId)
    .execute();
}

/** Messages of a conversation with seq above `afterSeq`, in order. */
export function listMessageRows(
  db: Db,
  conversationId: string,
  { afterSeq, limit }: { afterSeq: number; limit: number },
): Promise<MessageRow[]> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** An account's conversations (as the graduate or as the employer), latest message first. */
export function listConversationRowsOf(db: Db, side: 'learner' | 'employer', accountId: string) {
  return db
    .selectFrom('conversations as c')
    .innerJoin('roles as r', 'r.id', 'c.role_id')
    .innerJoin('accounts as l', 'l.id', 'c.learner_id')
    .innerJoin('accounts as e', 'e.id', 'c.employer_id')
    .select([
      'c.id',
      'c.role_id',
      'c.learner_id',
      'c.employer_id',
      'c.message_count',
      'c.learner_unread',
      'c.employer_unread',
      'c.created_at',
      'c.last_message_at',
      'r.title as role_title',
      'l.name as learner_name',
      'e.name as employer_name',
      'e.organisation as employer_organisation',
    ])
    .where(side === 'learner' ? 'c.learner_id' : 'c.employer_id', '=', accountId)
    .orderBy('c.last_message_at', 'desc')
    .orderBy('c.id')
    .execute();
}

/** The last message of each of these conversations. */
export function listLastMessageRows(db: Db, conversationIds: readonly string[]): Promise<MessageRow[]> {
  if (conversationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('messages as m')
    .selectAll('m')
    .where('m.conversation_id', 'in', [...conversationIds])
    .where('m.seq', '=', (eb) =>
      eb
        .selectFrom('conversations as c')
        .select('c.message_count')
        .whereRef('c.id', '=', 'm.conversation_id'),
    )
    .execute();
}
