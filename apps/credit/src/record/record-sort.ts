import { sortFields } from '@integrity/subgraph-kit';

/** The columns credit records can be ordered by, and each one's SQL expression in the list's query. */
export const CREDIT_RECORD_SORT = sortFields('CreditRecordSortField', 'credit records', {
  DECISION_DATE: { column: 'r.decision_date', description: 'Date of the decision.' },
  SUBJECT_NAME: { column: 'r.subject_name', description: 'Name of the subject.' },
  PUBLICITY_END: { column: 'r.publicity_end', description: 'Last day of publication.' },
});
