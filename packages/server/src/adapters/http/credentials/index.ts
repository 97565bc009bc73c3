export { credentialRoutes } from './credentials.routes.js';
