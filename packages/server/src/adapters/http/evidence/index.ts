export { toAttestationJson, toEvidenceJson } from './evidence.json.js';
export { evidenceRoutes } from './evidence.routes.js';
