export { learningRoutes } from './learning.routes.js';
