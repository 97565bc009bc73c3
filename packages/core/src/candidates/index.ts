export * from './candidates.service.js';
