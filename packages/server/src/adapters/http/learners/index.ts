export { learnerRoutes } from './learners.routes.js';
