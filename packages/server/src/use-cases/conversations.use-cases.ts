/**
 * Role conversations: read and write (the employer, and the graduate once interested in the role
 * or having accepted its invitation), and each side's inbox with unread counts — for a graduate
 * also the invitations waiting for an answer. An employer's inbox shows only the conversations the
 * graduate still keeps open.
 */
import {
  type Actor,
  type ConversationSide,
  DomainError,
  getAccounts,
  getConversation,
  getRole,
  isOpen,
  listCandidateStatesOfLearner,
  listInbox,
  listInterests,
  listMessages,
  markConversationRead,
  sendMessage,
} from '@skillbank/core';
import { allowsOnLearner, ensureOnLearner, ensureOnRole } from './access.js';
import { type Caller, inTransaction, outcome, type UseCaseDeps } from './use-case.js';

const sideOf = (actor: Actor): ConversationSide => (actor.role === 'learner' ? 'learner' : 'employer');

export function conversationUseCases(deps: UseCaseDeps) {
  const { db, now } = deps;
  /** The role's side of the check: its employer, or a learner while the role is published or closed. */
  const ensureRole = (actor: Actor, roleId: string) =>
    ensureOnRole(db, actor, actor.role === 'employer' ? 'role:candidates' : 'role:read', roleId);

  /** Invitations to open roles the graduate has not answered by taking interest. */
  async function openInvitations(learnerId: string) {
    const [states, interests] = await Promise.all([
      listCandidateStatesOfLearner(db, learnerId),
      listInterests(db, learnerId),
    ]);
    const standing = new Set(interests.filter((i) => i.active).map((i) => i.roleId));
    const invited = states.filter((s) => s.state === 'invited' && !standing.has(s.roleId));
    const roles = (await Promise.all(invited.map((s) => getRole(db, s.roleId)))).flatMap((role) =>
      role && isOpen(role, now()) ? [role] : [],
    );
    const employers = new Map(
      (
        await getAccounts(
          db,
          roles.map((r) => r.employerId),
        )
      ).map((a) => [a.id, a]),
    );
    return roles.map((role) => {
      const employer = employers.get(role.employerId);
      return {
        roleId: role.id,
        roleTitle: role.title,
        employer: {
          id: role.employerId,
          name: employer?.name ?? '',
          organisation: employer?.organisation ?? null,
        },
        invitedAt: invited.find((s) => s.roleId === role.id)?.updatedAt ?? '',
      };
    });
  }

  return {
    /** A page of the conversation, oldest first; reading it marks it read for the caller's side. */
    list: (
      caller: Caller,
      roleId: string,
      learnerId: string,
      { afterSeq, limit }: { afterSeq: number; limit: number },
    ) =>
      outcome(async () => {
        await ensureRole(caller.account, roleId);
        await ensureOnLearner(db, caller.account, 'conversation:read', learnerId, { roleId });
        const [conversation, canWrite] = await Promise.all([
          getConversation(db, roleId, learnerId),
          allowsOnLearner(db, caller.account, 'conversation:send', learnerId, { roleId }),
        ]);
        if (!conversation) return { conversation: null, items: [], hasMore: false, canWrite };
        const page = await listMessages(db, conversation.id, { afterSeq, limit });
        await inTransaction(deps, (trx) =>
          markConversationRead(trx, conversation.id, sideOf(caller.account)),
        );
        return { conversation, ...page, canWrite };
      }),

    send: (caller: Caller, roleId: string, learnerId: string, text: string) =>
      outcome(async () => {
        await ensureRole(caller.account, roleId);
        await ensureOnLearner(db, caller.account, 'conversation:send', learnerId, { roleId });
        return inTransaction(deps, (trx) =>
          sendMessage(trx, { roleId, learnerId, senderId: caller.account.id, text }, { now }),
        );
      }),

    inbox: (caller: Caller) =>
      outcome(async () => {
        const actor = caller.account;
        if (actor.role !== 'learner' && actor.role !== 'employer')
          throw new DomainError(
            'access.denied',
            { reason: 'only learners and employers have an inbox', roles: ['learner', 'employer'] },
            'only learners and employers have an inbox',
          );
        const side = sideOf(actor);
        const all = await listInbox(db, side, actor.id);
        const items =
          side === 'learner'
            ? all
            : (
                await Promise.all(
                  all.map(async (item) =>
                    (await allowsOnLearner(db, actor, 'conversation:read', item.learner.id, {
                      roleId: item.role.id,
                    }))
                      ? [item]
                      : [],
                  ),
                )
              ).flat();
        return {
          items,
          unread: items.reduce((sum, item) => sum + item.unread, 0),
          invitations: side === 'learner' ? await openInvitations(actor.id) : [],
        };
      }),
  };
}
