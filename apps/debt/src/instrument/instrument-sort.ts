import { sortFields } from '@integrity/subgraph-kit';

/** The columns debt instruments can be ordered by, and each one's SQL expression in the list's query. */
export const DEBT_INSTRUMENT_SORT = sortFields('DebtInstrumentSortField', 'debt instruments', {
  ISSUED_ON: { column: 'i.issued_on', description: 'Date of issue.' },
  PRINCIPAL: { column: 'i.principal', description: 'Principal.' },
  MATURES_ON: { column: 'i.matures_on', description: 'Date of maturity.' },
});
