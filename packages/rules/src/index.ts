export * from './access.js';
export * from './coercion.js';
export * from './errors.js';
export * from './format.js';
export * from './identifiers.js';
export * from './reasons.js';
export * from './roles.js';
export * from './thresholds.js';
