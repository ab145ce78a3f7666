import { indexMigration } from '@integrity/subgraph-kit';

/** enterprises is listed by name: without an index every enterprise was read and sorted for a page of 50. */
export const EnterpriseNameIndex1765008000000 = indexMigration('EnterpriseNameIndex1765008000000', [
  ['enterprise', 'ix_enterprise_name', ['name'], 'enterprises as it opens'],
]);
