export * from './compose.js';
export * from './remote-data-source.js';
export * from './server.js';
export * from './operation-limits.js';
export * from './telemetry.js';
export * from './format-gateway-error.js';
export * from './security-headers.js';
export * from './readiness.js';
