import { indexMigration } from '@integrity/subgraph-kit';

/**
 * integrityWarnings(status) is listed oldest cause first: docs/EXPLAIN.md (scale 10) showed it reading and
 * sorting every warning (2,062) for a page of 50. InnoDB appends the id the tie-break sorts by.
 */
export const WarningStatusIndex1732406400690 = indexMigration('WarningStatusIndex1732406400690', [
  ['integrity_warning', 'ix_warning_status_since', ['status', 'since'], 'integrityWarnings(status)'],
]);
