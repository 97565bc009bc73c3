export { matchingRoutes } from './matching.routes.js';
