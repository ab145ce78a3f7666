import { effectiveStatus, isDishonesty, type Category, type Severity, type StoredStatus } from './publicity.js';

interface RecordFacts {
  category: Category;
  severity: Severity;
  status: StoredStatus;
  publicityEnd: string;
  documentNumber: string;
  authority: string;
  decisionDate: string;
}

export const isActiveDishonesty = (r: RecordFacts, onDate: string): boolean =>
  isDishonesty(r.category) && effectiveStatus(r, onDate) === 'ACTIVE';

/** Not eligible for honours while any dishonesty record is active; one reason per record. */
export function eligibility(records: RecordFacts[], onDate: string) {
  const blocking = records.filter((r) => isActiveDishonesty(r, onDate));
  return {
    eligible: blocking.length === 0,
    reasons: blocking.map(
      (r) =>
        `active ${r.severity} ${r.category} record ${r.documentNumber} (${r.authority}, ${r.decisionDate}) until ${r.publicityEnd}`,
    ),
  };
}
