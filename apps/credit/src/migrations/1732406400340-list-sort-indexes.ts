import { indexMigration } from '@integrity/subgraph-kit';

/**
 * The list sorts and filters docs/EXPLAIN.md showed reading every row of the table and sorting it (scale 1:
 * 48,518 records, 7,956 civil servants) to return 50: each gets the index it walks instead. InnoDB appends the
 * primary key to every index, so one column serves the sort and its id tie-break.
 */
export const ListSortIndexes1732406400340 = indexMigration('ListSortIndexes1732406400340', [
  ['credit_record', 'ix_record_decision_date', ['decision_date'], 'creditRecords as it opens, sortBy DECISION_DATE'],
  ['credit_record', 'ix_record_subject_name', ['subject_name'], 'creditRecords sortBy SUBJECT_NAME'],
  ['credit_record', 'ix_record_publicity_end', ['publicity_end'], 'creditRecords sortBy PUBLICITY_END'],
  ['credit_record', 'ix_record_subject_id_date', ['subject_id', 'decision_date'], 'creditRecords(subjectId)'],
  ['credit_record', 'ix_record_type_date', ['subject_type', 'decision_date'], 'creditRecords(subjectType), any status'],
  ['civil_servant', 'ix_civil_servant_name', ['name'], 'civilServants as it opens, sortBy NAME'],
  ['civil_servant', 'ix_civil_servant_post', ['post'], 'civilServants sortBy POST'],
]);
