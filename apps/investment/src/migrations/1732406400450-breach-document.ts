import { columnMigration } from '@integrity/subgraph-kit';

/** The number of the document that found a commitment breached (认定文书), which its credit record then cites. */
export const BreachDocument1732406400450 = columnMigration('BreachDocument1732406400450', [
  ['commitment', 'breach_document_number', 'varchar', 100],
]);
