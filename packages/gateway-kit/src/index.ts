export * from './compose.js';
export * from './remote-data-source.js';
export * from './server.js';
export * from './operation-limits.js';
export * from './static-assets.js';
