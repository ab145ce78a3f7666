import { ENTERPRISE_SIZE_SCHEMA, ENTERPRISE_SIZES, type EnterpriseSize } from '@integrity/subgraph-kit';
import { registerEnumType } from 'type-graphql';

// Procurement registers the same enum (a contract keeps the size at signing): the words come from one place.
export const EnterpriseSizeEnum = Object.fromEntries(ENTERPRISE_SIZES.map((s) => [s, s])) as {
  [K in EnterpriseSize]: K;
};
registerEnumType(EnterpriseSizeEnum, { name: 'EnterpriseSize', ...ENTERPRISE_SIZE_SCHEMA });
