/** Messages: the inbox (with unread counts and, for graduates, invitations) and one role conversation. */
import type { InboxItem, Message } from '@skillbank/core';
import { Csrf, ErrorSummary, Field, type FieldErrors } from '../forms/fields.js';
import { formatTime } from '../i18n.js';
import { Layout } from '../layout/layout.js';
import { frame, type PageContext } from '../page-context.js';

export function InboxPage({
  p,
  items,
  unread,
  invitations,
}: {
  p: PageContext;
  items: InboxItem[];
  unread: number;
  invitations: {
    roleId: string;
    roleTitle: string;
    employer: { name: string; organisation: string | null };
  }[];
}) {
  const { m } = p;
  const learner = p.session?.account.role === 'learner';
  return (
    <Layout {...frame(p, m.messagesTitle)}>
      <h1>
        {m.messagesTitle} {unread > 0 && <span class="tag new">{m.unread(unread)}</span>}
      </h1>
      <p class="lead">{m.messagesLead}</p>
      {invitations.length > 0 && (
        <section class="panel">
          <h2>{m.invitationsTitle}</h2>
          <ul>
            {invitations.map((i) => (
              <li>
                <a href={`/me/roles/${i.roleId}`}>
                  {m.invitationFrom(i.employer.organisation ?? i.employer.name, i.roleTitle)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.length === 0 ? (
        <p class="panel">{m.noConversations}</p>
      ) : (
        <ul class="cards conversations">
          {items.map((item) => (
            <li>
              <a href={`/messages/${item.role.id}/${item.learner.id}`}>
                {m.conversationTitle(
                  item.role.title,
                  learner ? (item.employer.organisation ?? item.employer.name) : item.learner.name,
                )}
              </a>{' '}
              {item.unread > 0 && <span class="tag new">{m.unread(item.unread)}</span>}
              {item.lastMessage && (
                <p class="muted" style="margin:.2rem 0;white-space:pre-wrap">
                  {item.lastMessage.preview}
                </p>
              )}
              <span class="muted">{formatTime(item.lastMessageAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function ConversationPage({
  p,
  title,
  other,
  back,
  messages,
  canWrite,
  value = '',
  errors = {},
}: {
  p: PageContext;
  title: string;
  /** The other side's name. */
  other: string;
  back: { href: string; label: string };
  messages: Message[];
  canWrite: boolean;
  value?: string;
  errors?: FieldErrors;
}) {
  const { m, lang } = p;
  const me = p.session?.account.id;
  return (
    <Layout {...frame(p, title)}>
      <p>
        <a href={back.href}>← {back.label}</a>
      </p>
      <h1>{title}</h1>
      <ol class="thread" aria-label={m.messagesTitle}>
        {messages.map((msg) => (
          <li class={msg.senderId === me ? 'mine' : 'theirs'}>
            <p class="muted" style="margin:0">
              {msg.senderId === me ? m.you : other} · {formatTime(msg.createdAt)}
            </p>
            <p class="message-text" style="margin:.2rem 0;white-space:pre-wrap">
              {msg.text}
            </p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form method="post" class="stack">
          <Csrf token={p.csrf} />
          <ErrorSummary lang={lang} errors={errors} />
          <Field
            name="text"
            label={m.fieldMessageText}
            hint={m.messageLimit}
            value={value}
            error={errors.text}
            multiline
            rows={3}
            maxlength={2000}
            required
          />
          <div>
            <button type="submit">{m.sendMessage}</button>
          </div>
        </form>
      ) : (
        <p class="panel">{m.conversationClosed}</p>
      )}
    </Layout>
  );
}
