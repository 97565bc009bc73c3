export { candidateRoutes } from './candidates.routes.js';
export { conversationRoutes } from './conversations.routes.js';
export { interestRoutes } from './interests.routes.js';
export { learnerRoleRoutes } from './learner-roles.routes.js';
export { roleLifecycleRoutes } from './role-lifecycle.routes.js';
