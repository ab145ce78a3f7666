import { registerEnumType } from 'type-graphql';

/** The columns debt instruments can be ordered by (the console's sortable column headers). */
export enum DebtInstrumentSortField {
  ISSUED_ON = 'ISSUED_ON',
  PRINCIPAL = 'PRINCIPAL',
  MATURES_ON = 'MATURES_ON',
}
registerEnumType(DebtInstrumentSortField, {
  name: 'DebtInstrumentSortField',
  description: 'A column debt instruments can be ordered by.',
  valuesConfig: {
    ISSUED_ON: { description: 'Date of issue.' },
    PRINCIPAL: { description: 'Principal.' },
    MATURES_ON: { description: 'Date of maturity.' },
  },
});

/** Each sortable column's SQL expression in the list's query. */
export const DEBT_INSTRUMENT_ORDER: Record<DebtInstrumentSortField, string> = {
  ISSUED_ON: 'i.issued_on',
  PRINCIPAL: 'i.principal',
  MATURES_ON: 'i.matures_on',
};
