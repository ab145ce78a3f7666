export * from './operation-limits.js';
export * from './operation-measure.js';
export * from './limit-rules.js';
export * from './operation-limits.middleware.js';
