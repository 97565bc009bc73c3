/**
 * Messages between an employer and a graduate about one role, and each side's inbox with unread
 * counts. Text is kept exactly as written, as plain text (pages escape it; nothing is ever read as
 * HTML), bounded in length. Who may read or write a conversation is the access policy's to say:
 * these functions assume their caller asked it.
 */
import type { Db, Trx } from '../db/database.js';
import { DomainError, invalidField } from '../errors.js';
import { fieldMessage } from '../field-messages.js';
import { newId } from '../ids.js';
import { roleNotFound } from '../roles/role-errors.js';
import { findRoleRow } from '../roles/roles.repository.js';
import {
  claimMessageSeq,
  clearUnread,
  ensureConversationRow,
  findConversationRow,
  insertMessageRow,
  listConversationRowsOf,
  listLastMessageRows,
  listMessageRows,
} from './messages.repository.js';
import type { ConversationRow, MessageRow } from './messages.table.js';

export const MESSAGE_LIMITS = { text: 2000, preview: 120 } as const;

export type ConversationSide = 'learner' | 'employer';

export interface Message {
  id: string;
  seq: number;
  senderId: string;
  senderRole: ConversationSide;
  text: string;
  createdAt: string;
}

export interface Conversation {
  id: string;
  roleId: string;
  learnerId: string;
  employerId: string;
  messageCount: number;
  /** Messages the given side has not opened yet. */
  unread: { learner: number; employer: number };
  createdAt: string;
  lastMessageAt: string;
}

// C0 and C1 controls except tab, line feed and carriage return; and the Unicode non-characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** The text of a message as it will be stored: trimmed, 1–2000 characters, no control characters. */
export function messageText(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed.length === 0) throw invalidField('text', fieldMessage('empty'));
  if ([...trimmed].length > MESSAGE_LIMITS.text)
    throw invalidField('text', fieldMessage('too_long', { max: MESSAGE_LIMITS.text }));
  if (CONTROL.test(trimmed)) throw invalidField('text', fieldMessage('plain_text'));
  return trimmed;
}

const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  seq: Number(r.seq),
  senderId: r.sender_id,
  senderRole: r.sender_role as ConversationSide,
  text: r.text,
  createdAt: r.created_at,
});

const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  roleId: r.role_id,
  learnerId: r.learner_id,
  employerId: r.employer_id,
  messageCount: Number(r.message_count),
  unread: { learner: Number(r.learner_unread), employer: Number(r.employer_unread) },
  createdAt: r.created_at,
  lastMessageAt: r.last_message_at,
});

/** Sends a message in a role's conversation with a graduate (run in a transaction). */
export async function sendMessage(
  trx: Trx,
  {
    roleId,
    learnerId,
    senderId,
    text,
  }: { roleId: string; learnerId: string; senderId: string; text: string },
  { now = () => new Date() }: { now?: () => Date } = {},
): Promise<Message> {
  const body = messageText(text);
  const role = await findRoleRow(trx, roleId);
  if (!role) throw roleNotFound(roleId);
  const senderRole: ConversationSide | null =
    senderId === learnerId ? 'learner' : senderId === role.employer_id ? 'employer' : null;
  if (senderRole === null)
    throw new DomainError(
      'access.hidden',
      { what: 'conversation' },
      'the sender is not part of this conversation',
    );
  const at = now().toISOString();
  await ensureConversationRow(trx, {
    id: newId('cv'),
    role_id: roleId,
    learner_id: learnerId,
    employer_id: role.employer_id,
    message_count: 0,
    learner_unread: 0,
    employer_unread: 0,
    created_at: at,
    last_message_at: at,
  });
  const conversation = (await findConversationRow(trx, roleId, learnerId)) as ConversationRow;
  const claimed = await claimMessageSeq(
    trx,
    conversation.id,
    senderRole === 'learner' ? 'employer' : 'learner',
    at,
  );
  if (!claimed) throw new Error(`conversation ${conversation.id} vanished`);
  const row: MessageRow = {
    id: newId('ms'),
    conversation_id: conversation.id,
    seq: Number(claimed.message_count),
    sender_id: senderId,
    sender_role: senderRole,
    text: body,
    created_at: at,
  };
  await insertMessageRow(trx, row);
  return toMessage(row);
}

/** The conversation of a role and a graduate, `null` before its first message. */
export async function getConversation(
  db: Db,
  roleId: string,
  learnerId: string,
): Promise<Conversation | null> {
  const row = await findConversationRow(db, roleId, learnerId);
  return row ? toConversation(row) : null;
}

/** A page of a conversation's messages after `afterSeq`, oldest first. */
export async function listMessages(
  db: Db,
  conversationId: string,
  { afterSeq = 0, limit = 50 }: { afterSeq?: number; limit?: number } = {},
): Promise<{ items: Message[]; hasMore: boolean }> {
  const rows = await listMessageRows(db, conversationId, { afterSeq, limit: limit + 1 });
  return { items: rows.slice(0, limit).map(toMessage), hasMore: rows.length > limit };
}

/** Marks everything in a conversation read for one side (run in a transaction). */
export async function markConversationRead(
  trx: Trx,
  conversationId: string,
  reader: ConversationSide,
): Promise<void> {
  await clearUnread(trx, conversationId, reader);
}

export interface InboxItem {
  conversationId: string;
  role: { id: string; title: string };
  learner: { id: string; name: string };
  employer: { id: string; name: string; organisation: string | null };
  messageCount: number;
  /** Messages the inbox's owner has not opened. */
  unread: number;
  lastMessage: { senderRole: ConversationSide; preview: string; createdAt: string } | null;
  lastMessageAt: string;
}

/** An account's conversations, latest first, with what is unread for it. */
export async function listInbox(db: Db, side: ConversationSide, accountId: string): Promise<InboxItem[]> {
  const rows = await listConversationRowsOf(db, side, accountId);
  const last = new Map(
    (
      await listLastMessageRows(
        db,
        rows.map((r) => r.id),
      )
    ).map((m) => [m.conversation_id, m]),
  );
  return rows.map((r) => {
    const m = last.get(r.id);
    return {
      conversationId: r.id,
      role: { id: r.role_id, title: r.role_title },
      learner: { id: r.learner_id, name: r.learner_name },
      employer: { id: r.employer_id, name: r.employer_name, organisation: r.employer_organisation },
      messageCount: Number(r.message_count),
      unread: Number(side === 'learner' ? r.learner_unread : r.employer_unread),
      lastMessage: m
        ? {
            senderRole: m.sender_role as ConversationSide,
            preview: [...m.text].slice(0, MESSAGE_LIMITS.preview).join(''),
            createdAt: m.created_at,
          }
        : null,
      lastMessageAt: r.last_message_at,
    };
  });
}
