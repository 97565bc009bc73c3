export * from './skills.vocabulary.js';
