import { columnMigration } from '@integrity/subgraph-kit';

/** The approval of a method other than 公开招标 for goods or services at or above the threshold (政府采购法第二十七条). */
export const NonOpenApproval1732406400440 = columnMigration('NonOpenApproval1732406400440', [
  ['procurement_project', 'non_open_approval', 'varchar', 100],
]);
