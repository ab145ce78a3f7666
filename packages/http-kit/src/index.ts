// Served alike by the gateway and every subgraph; nothing here touches a database, so the gateway need not
// install TypeORM or a driver to share it.
export * from './limits/index.js';
export * from './http-errors.js';
export * from './schema-disclosure.js';
export * from './compact-json.js';
export * from './http-call.js';
export * from './search-params.js';
