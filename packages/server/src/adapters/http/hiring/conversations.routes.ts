/** Role conversations and inboxes through HTTP. */
import { createRoute } from '@hono/zod-openapi';
import { bearerSecurity, callerOf, requireAuth } from '../auth.js';
import { jsonResponse, problemResponse } from '../openapi-common.js';
import { unwrap } from '../problem.js';
import { createRouter } from '../router.js';
import {
  conversationParams,
  inboxSchema,
  messageBody,
  messageListSchema,
  messageSchema,
  messagesQuery,
} from './hiring.schema.js';

const tags = ['Messages'];
const auth = { middleware: requireAuth, security: bearerSecurity } as const;
const common = {
  401: problemResponse('No token, or not a valid one.'),
  403: problemResponse(
    'The learner has not opened this conversation (no interest in the role), or the caller is the administrator.',
  ),
  404: problemResponse('No such role or learner, or not visible to the caller.'),
};

const listRoute = createRoute({
  operationId: 'listMessages',
  method: 'get',
  path: '/roles/{id}/conversations/{learnerId}/messages',
  tags,
  summary:
    'A role’s conversation with a learner, oldest first (its employer while the learner is interested; the learner)',
  description: 'Reading marks the conversation read for the caller’s side.',
  ...auth,
  request: { params: conversationParams, query: messagesQuery },
  responses: { 200: jsonResponse(messageListSchema, 'A page of messages.'), ...common },
});

const sendRoute = createRoute({
  operationId: 'sendMessage',
  method: 'post',
  path: '/roles/{id}/conversations/{learnerId}/messages',
  tags,
  summary: 'Write in a role’s conversation (its employer, and the learner, while the learner is interested)',
  description:
    'Nobody writes to a learner who did not open the door: the learner’s interest in the role (an accepted invitation is interest) must stand. Plain text, stored as written, never read as HTML.',
  ...auth,
  request: {
    params: conversationParams,
    body: { required: true, content: { 'application/json': { schema: messageBody } } },
  },
  responses: {
    201: jsonResponse(messageSchema, 'The message as stored.'),
    400: problemResponse('`text` is empty, longer than 2000 characters, or has control characters.'),
    ...common,
  },
});

const inboxRoute = createRoute({
  operationId: 'getInbox',
  method: 'get',
  path: '/inbox',
  tags,
  summary:
    'The caller’s conversations, latest first, with unread counts (learners also see open invitations)',
  description:
    'Each conversation with its role, the other side, the number of messages not yet opened by the caller and the last message; employers see only the conversations the graduate keeps open.',
  ...auth,
  responses: {
    200: jsonResponse(inboxSchema, 'The inbox.'),
    401: problemResponse('No token, or not a valid one.'),
    403: problemResponse('Only learners and employers have an inbox.'),
  },
});

export const conversationRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { id, learnerId } = c.req.valid('param');
    const { after, limit } = c.req.valid('query');
    const page = unwrap(
      await c.var.useCases.conversations.list(callerOf(c), id, learnerId, { afterSeq: after, limit }),
    );
    const last = page.items.at(-1);
    return c.json(
      {
        conversation: page.conversation
          ? {
              id: page.conversation.id,
              roleId: page.conversation.roleId,
              learnerId: page.conversation.learnerId,
              employerId: page.conversation.employerId,
              messageCount: page.conversation.messageCount,
              createdAt: page.conversation.createdAt,
              lastMessageAt: page.conversation.lastMessageAt,
            }
          : null,
        items: page.items,
        nextAfter: page.hasMore && last ? last.seq : null,
      },
      200,
    );
  })
  .openapi(sendRoute, async (c) => {
    const { id, learnerId } = c.req.valid('param');
    const { text } = c.req.valid('json');
    return c.json(unwrap(await c.var.useCases.conversations.send(callerOf(c), id, learnerId, text)), 201);
  })
  .openapi(inboxRoute, async (c) => {
    return c.json(unwrap(await c.var.useCases.conversations.inbox(callerOf(c))), 200);
  });
