export { accountRoutes, toAccountJson } from './accounts.routes.js';
