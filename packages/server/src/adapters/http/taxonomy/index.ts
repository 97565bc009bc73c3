export { taxonomyRoutes } from './taxonomy.routes.js';
