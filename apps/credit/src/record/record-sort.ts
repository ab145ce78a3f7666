import { registerEnumType } from 'type-graphql';

/** The columns credit records can be ordered by (the console's sortable column headers). */
export enum CreditRecordSortField {
  DECISION_DATE = 'DECISION_DATE',
  SUBJECT_NAME = 'SUBJECT_NAME',
  PUBLICITY_END = 'PUBLICITY_END',
}
registerEnumType(CreditRecordSortField, {
  name: 'CreditRecordSortField',
  description: 'A column credit records can be ordered by.',
  valuesConfig: {
    DECISION_DATE: { description: 'Date of the decision.' },
    SUBJECT_NAME: { description: 'Name of the subject.' },
    PUBLICITY_END: { description: 'Last day of publication.' },
  },
});

/** Each sortable column's SQL expression in the list's query. */
export const CREDIT_RECORD_ORDER: Record<CreditRecordSortField, string> = {
  DECISION_DATE: 'r.decision_date',
  SUBJECT_NAME: 'r.subject_name',
  PUBLICITY_END: 'r.publicity_end',
};
