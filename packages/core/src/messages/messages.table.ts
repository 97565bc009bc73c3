/** Storage of conversations (one per role and graduate) and their messages. */
import type { Insertable, Selectable } from 'kysely';

export interface ConversationTable {
  id: string;
  role_id: string;
  learner_id: string;
  employer_id: string;
  /** Messages so far; the next message's `seq` is one more. Bumping it serialises senders. */
  message_count: number;
  /** Messages from the employer the graduate has not opened yet, and the other way round. */
  learner_unread: number;
  employer_unread: number;
  created_at: string;
  last_message_at: string;
}

export interface MessageTable {
  id: string;
  conversation_id: string;
  /** 1, 2, 3, … within the conversation. */
  seq: number;
  sender_id: string;
  /** `learner` or `employer`. */
  sender_role: string;
  /** Plain text as written (never HTML): pages escape it. */
  text: string;
  created_at: string;
}

export type ConversationRow = Selectable<ConversationTable>;
export type NewConversationRow = Insertable<ConversationTable>;
export type MessageRow = Selectable<MessageTable>;
export type NewMessageRow = Insertable<MessageTable>;
