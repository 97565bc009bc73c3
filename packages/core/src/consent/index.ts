export * from './consent.service.js';
