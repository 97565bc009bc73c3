export { candidateRoutes } from './candidates.routes.js';
export { interestRoutes } from './interests.routes.js';
export { learnerRoleRoutes } from './learner-roles.routes.js';
export { messageRoutes } from './messages.routes.js';
export { roleLifecycleRoutes } from './role-lifecycle.routes.js';
