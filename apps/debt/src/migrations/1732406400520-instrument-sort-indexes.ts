import { indexMigration } from '@integrity/subgraph-kit';

/**
 * debtInstruments as it opens and by each sort read and sorted every instrument of the county for a page of 50
 * (docs/EXPLAIN.md, scale 10); the kind filter walks its own index in the default order.
 */
export const InstrumentSortIndexes1732406400520 = indexMigration('InstrumentSortIndexes1732406400520', [
  ['debt_instrument', 'ix_instrument_issued', ['issued_on'], 'debtInstruments as it opens, sortBy ISSUED_ON'],
  ['debt_instrument', 'ix_instrument_principal', ['principal'], 'debtInstruments sortBy PRINCIPAL'],
  ['debt_instrument', 'ix_instrument_matures', ['matures_on'], 'debtInstruments sortBy MATURES_ON'],
  ['debt_instrument', 'ix_instrument_kind_issued', ['kind', 'issued_on'], 'debtInstruments(kind)'],
]);
