// Roles, domains and the access rules live in @integrity/rules (browser-safe, shared with the console);
// they are re-exported here for the server side, which also needs the tokens below.
export {
  ROLES,
  DOMAINS,
  isRole,
  isDomain,
  isReservedUsername,
  hasRole,
  canRead,
  canWrite,
  writesDomain,
  actsCountyWide,
  permits,
  type Caller,
  type Domain,
  type Role,
  type Permission,
} from '@integrity/rules';
export * from './token.js';
