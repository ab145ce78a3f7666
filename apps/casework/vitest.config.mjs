export { default } from '@integrity/testing/vitest';
