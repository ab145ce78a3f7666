import { indexMigration } from '@integrity/subgraph-kit';

/**
 * rectifications is listed by deadline (then id); the existing indexes lead with status or department, so the
 * unfiltered list read and sorted every order.
 */
export const RectificationDeadlineIndex1732406400680 = indexMigration('RectificationDeadlineIndex1732406400680', [
  ['rectification_order', 'ix_rectification_deadline', ['deadline'], 'rectifications as it opens'],
]);
