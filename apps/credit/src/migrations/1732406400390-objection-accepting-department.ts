import { columnMigration } from '@integrity/subgraph-kit';

/**
 * The department of the officer who accepted an objection, which then answers for its decision (its score and
 * warning). Objections accepted before it have none and count as not yet accepted: the accepting officer's
 * department lives in directory, out of this database's reach.
 */
export const ObjectionAcceptingDepartment1732406400390 = columnMigration('ObjectionAcceptingDepartment1732406400390', [
  ['objection', 'accepted_department_id', 'varchar', 36],
]);
