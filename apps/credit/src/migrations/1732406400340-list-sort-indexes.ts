import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Each index and the list variant `npm run explain` found scanning or sorting the whole table without it. */
const INDEXES: [table: string, name: string, columns: string[], why: string][] = [
  // InnoDB appends the primary key to every index, so one column serves the sort and its id tie-break
  [
    'credit_record',
    'ix_record_decision_date',
    ['decision_date'],
    'creditRecords as it opens, sortBy DECISION_DATE, status',
  ],
  ['credit_record', 'ix_record_subject_name', ['subject_name'], 'creditRecords sortBy SUBJECT_NAME'],
  ['credit_record', 'ix_record_publicity_end', ['publicity_end'], 'creditRecords sortBy PUBLICITY_END'],
  ['credit_record', 'ix_record_subject_id_date', ['subject_id', 'decision_date'], 'creditRecords(subjectId)'],
  ['credit_record', 'ix_record_type_date', ['subject_type', 'decision_date'], 'creditRecords(subjectType), any status'],
  ['civil_servant', 'ix_civil_servant_name', ['name'], 'civilServants as it opens, sortBy NAME'],
  ['civil_servant', 'ix_civil_servant_post', ['post'], 'civilServants sortBy POST'],
];

/**
 * The list sorts and filters docs/EXPLAIN.md showed reading every row of the table and sorting it (scale 1:
 * 48,518 records, 7,956 civil servants) to return 50: each gets the index it walks instead.
 */
export class ListSortIndexes1732406400340 implements MigrationInterface {
  name = 'ListSortIndexes1732406400340';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, name, columnNames] of INDEXES) await q.createIndex(table, new TableIndex({ name, columnNames }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name] of [...INDEXES].reverse()) await q.dropIndex(table, name);
  }
}
