/**
 * Use cases of role conversations: read and write (the employer, and the graduate once interested
 * in the role or having accepted its invitation), and each side's inbox with unread counts — for
 * a graduate also the invitations waiting for an answer. An employer's inbox shows only the
 * conversations the graduate still keeps open.
 */
import {
  type Actor,
  type ConversationSide,
  getConversation,
  getRole,
  isOpen,
  listCandidateStatesOfLearner,
  listInbox,
  listInterests,
  listMessages,
  markConversationRead,
  runInTransaction,
  sendMessage,
} from '@skillbank/core';
import { HttpError } from '../http/problem.js';
import {
  allowsOnCandidate,
  ensureConversationRole,
  ensureOnCandidate,
  type HiringDeps,
} from './hiring-deps.js';

const sideOf = (actor: Actor): ConversationSide => (actor.role === 'learner' ? 'learner' : 'employer');

export function messageUseCases(deps: HiringDeps) {
  const clock = deps.now ? { now: deps.now } : {};
  const now = deps.now ?? (() => new Date());
  return {
    /** A page of the conversation, oldest first; reading it marks it read for the caller's side. */
    list: async (
      actor: Actor,
      roleId: string,
      learnerId: string,
      { afterSeq, limit }: { afterSeq: number; limit: number },
    ) => {
      await ensureConversationRole(deps, actor, roleId);
      await ensureOnCandidate(deps, actor, 'conversation:read', learnerId, roleId);
      const conversation = await getConversation(deps.db, roleId, learnerId);
      if (!conversation) return { conversation: null, items: [], hasMore: false };
      const page = await listMessages(deps.db, conversation.id, { afterSeq, limit });
      await runInTransaction(deps.db, (trx) => markConversationRead(trx, conversation.id, sideOf(actor)));
      return { conversation, ...page };
    },

    send: async (actor: Actor, roleId: string, learnerId: string, text: string) => {
      await ensureConversationRole(deps, actor, roleId);
      await ensureOnCandidate(deps, actor, 'conversation:send', learnerId, roleId);
      return runInTransaction(deps.db, (trx) =>
        sendMessage(trx, { roleId, learnerId, senderId: actor.id, text }, clock),
      );
    },

    inbox: async (actor: Actor) => {
      if (actor.role !== 'learner' && actor.role !== 'employer')
        throw new HttpError(403, 'forbidden', 'only learners and employers have an inbox');
      const side = sideOf(actor);
      const all = await listInbox(deps.db, side, actor.id);
      const items =
        side === 'learner'
          ? all
          : (
              await Promise.all(
                all.map(async (item) =>
                  (await allowsOnCandidate(deps, actor, 'conversation:read', item.learner.id, item.role.id))
                    ? [item]
                    : [],
                ),
              )
            ).flat();
      const invitations = side === 'learner' ? await openInvitations(actor.id) : [];
      return {
        items,
        unread: items.reduce((sum, item) => sum + item.unread, 0),
        invitations,
      };
    },
  };

  /** Invitations to open roles the graduate has not answered by taking interest. */
  async function openInvitations(learnerId: string) {
    const [states, interests] = await Promise.all([
      listCandidateStatesOfLearner(deps.db, learnerId),
      listInterests(deps.db, learnerId),
    ]);
    const standing = new Set(interests.filter((i) => i.active).map((i) => i.roleId));
    const invited = states.filter((s) => s.state === 'invited' && !standing.has(s.roleId));
    const roles = await Promise.all(invited.map((s) => getRole(deps.db, s.roleId)));
    return invited.flatMap((s, i) => {
      const role = roles[i];
      return role && isOpen(role, now())
        ? [{ roleId: role.id, roleTitle: role.title, employerId: role.employerId, invitedAt: s.updatedAt }]
        : [];
    });
  }
}
