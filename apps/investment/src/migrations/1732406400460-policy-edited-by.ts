import { columnMigration } from '@integrity/subgraph-kit';

/** Who last changed a policy's text or legal basis after drafting, who may then not review it (none before it). */
export const PolicyEditedBy1732406400460 = columnMigration('PolicyEditedBy1732406400460', [
  ['incentive_policy', 'edited_by', 'varchar', 64],
]);
