import { indexMigration } from '@integrity/subgraph-kit';

/**
 * Commitments are listed by due date (then id) and `commitmentsDueSoon` reads a range of due dates: without an
 * index on it both read and sorted every commitment (docs/EXPLAIN.md, scale 1: 2,887 rows for a page of 50).
 * The status filters are conditions on the columns (STATUS_WHERE), three of them a range of due dates.
 */
export const CommitmentDueIndex1732406400420 = indexMigration('CommitmentDueIndex1732406400420', [
  ['commitment', 'ix_commitment_due', ['due_date'], 'commitments as they open, commitmentsDueSoon'],
]);
