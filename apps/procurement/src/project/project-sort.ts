import { registerEnumType } from 'type-graphql';

/** The columns procurement projects can be ordered by (the console's sortable column headers). */
export enum ProcurementProjectSortField {
  TITLE = 'TITLE',
  BUDGET = 'BUDGET',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProcurementProjectSortField, {
  name: 'ProcurementProjectSortField',
  description: 'A column procurement projects can be ordered by.',
  valuesConfig: {
    TITLE: { description: 'Title.' },
    BUDGET: { description: 'Budget.' },
    CREATED_AT: { description: 'When the project was registered.' },
  },
});

/** Each sortable column's SQL expression in the list's query. */
export const PROCUREMENT_PROJECT_ORDER: Record<ProcurementProjectSortField, string> = {
  TITLE: 'p.title',
  BUDGET: 'p.budget',
  CREATED_AT: 'p.created_at',
};
