export * from './outbox.entity.js';
export * from './outbox.migration.js';
export * from './outbox.js';
export * from './outbox-deliverer.js';
export * from './credit-record.js';
export * from './calendar-change.js';
export * from './calendar-change.input.js';
export * from './calendar-recount.resolver.js';
