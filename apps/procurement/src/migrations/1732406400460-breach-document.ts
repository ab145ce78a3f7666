import { columnMigration } from '@integrity/subgraph-kit';

/** The number of the document that found a breach (认定文书), which its credit record then cites. */
export const BreachDocument1732406400460 = columnMigration('BreachDocument1732406400460', [
  ['breach_record', 'document_number', 'varchar', 100],
]);
