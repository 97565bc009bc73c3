/** @skillbank/server: the HTTP API and pages of Skillbank. */
export { API_VERSION, createApp } from './app.js';
export { type Booted, boot, importTaxonomyDir } from './boot.js';
export { type Config, loadConfig } from './config.js';
export type { AppDeps } from './deps.js';
export { consoleLogger, jsonLogger, type Logger, prettyLogger, silentLogger } from './logger.js';
