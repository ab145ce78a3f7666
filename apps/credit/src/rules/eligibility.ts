import type { SanctionKind } from '@integrity/subgraph-kit';
import type { EligibilityBarKind } from './enums.js';
import { effectiveStatus, isDishonesty, type Category, type Severity, type StoredStatus } from './publicity.js';

interface RecordFacts {
  id: string;
  category: Category;
  severity: Severity;
  status: StoredStatus;
  publicityEnd: string;
  documentNumber: string;
  authority: string;
  decisionDate: string;
  sanctionKind?: SanctionKind | null;
  sanctionEnd?: string | null;
}

export const isActiveDishonesty = (r: RecordFacts, onDate: string): boolean =>
  isDishonesty(r.category) && effectiveStatus(r, onDate) === 'ACTIVE';

/**
 * In its sanction period: from the decision to the period's last day, both included, published or not;
 * 开除 has no end. A revoked record ends it (the sanction was set aside); repair does not (it ends publicity,
 * not the sanction).
 */
export const inSanctionPeriod = (r: RecordFacts, onDate: string): boolean =>
  Boolean(r.sanctionKind) &&
  r.status !== 'REVOKED' &&
  r.decisionDate <= onDate &&
  (r.sanctionEnd === null || r.sanctionEnd === undefined || onDate <= r.sanctionEnd);

export interface EligibilityBar {
  kind: EligibilityBarKind;
  recordId: string;
  category: Category;
  severity: Severity;
  sanctionKind: SanctionKind | null;
  documentNumber: string;
  authority: string;
  decisionDate: string;
  /** Last day the bar holds; null: no end (开除). */
  until: string | null;
}

/**
 * Not eligible for honours while any dishonesty record is active or a sanction is in its period; one bar
 * per cause, and `reasons` the same in English for integrators (the console words bars itself).
 */
export function eligibility(records: RecordFacts[], onDate: string) {
  const bars: EligibilityBar[] = [];
  const bar = (kind: EligibilityBarKind, r: RecordFacts, until: string | null) =>
    bars.push({
      kind,
      recordId: r.id,
      category: r.category,
      severity: r.severity,
      sanctionKind: r.sanctionKind ?? null,
      documentNumber: r.documentNumber,
      authority: r.authority,
      decisionDate: r.decisionDate,
      until,
    });
  for (const r of records) {
    if (isActiveDishonesty(r, onDate)) bar('ACTIVE_DISHONESTY_RECORD', r, r.publicityEnd);
    if (inSanctionPeriod(r, onDate)) bar('SANCTION_PERIOD', r, r.sanctionEnd ?? null);
  }
  return {
    eligible: bars.length === 0,
    bars,
    reasons: bars.map((b) =>
      b.kind === 'SANCTION_PERIOD'
        ? `${b.sanctionKind} sanction ${b.documentNumber} (${b.authority}, ${b.decisionDate}) in its period ${b.until ? `until ${b.until}` : 'without end'}`
        : `active ${b.severity} ${b.category} record ${b.documentNumber} (${b.authority}, ${b.decisionDate}) until ${b.until}`,
    ),
  };
}
