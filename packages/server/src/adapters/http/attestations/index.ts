export { attestationRoutes } from './attestations.routes.js';
