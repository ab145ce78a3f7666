export * from './mysql.js';
export * from './stack.js';
