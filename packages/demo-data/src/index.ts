export * from './departments.js';
export * from './enterprises.js';
export * from './holidays.js';
export * from './ids.js';
export * from './regions.js';
export * from './users.js';
export * from './uscc.js';
export * from './procurement-subjects.js';
