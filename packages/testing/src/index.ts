export * from './mysql.js';
export * from './stack.js';
export * from './working-calendar.js';
export * from './lock-waits.js';
