export { default } from '@integrity/eslint-config';
