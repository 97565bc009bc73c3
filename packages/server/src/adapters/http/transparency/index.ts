export { checkpointNow, transparencyRoutes } from './transparency.routes.js';
