export * from './roles.js';
export * from './rules.js';
export * from './token.js';
