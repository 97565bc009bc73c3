export { occupationRoutes, toSummaryJson } from './occupations.routes.js';
