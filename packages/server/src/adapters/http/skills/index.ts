export { skillRoutes } from './skills.routes.js';
