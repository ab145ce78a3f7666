// Bond purpose, incident grade and kind, stock kind: their names live in @integrity/rules beside the debt rules.
export {
  BOND_PURPOSE,
  DEBT_INCIDENT_GRADE,
  DEBT_INCIDENT_KIND,
  DEBT_STOCK_KIND,
  type BondPurpose,
  type DebtIncidentGrade,
  type DebtIncidentKind,
  type DebtStockKind,
} from '@integrity/rules';
