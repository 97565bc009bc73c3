export { cohortRoutes } from './cohorts.routes.js';
