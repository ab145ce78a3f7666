import { addMonths, badInput, SANCTION_PERIOD_MONTHS, type SanctionKind } from '@integrity/subgraph-kit';
import type { Category, SubjectType } from './publicity.js';

/** A sanction kind is what a civil servant's disciplinary sanction records; nothing else carries one. */
export const takesSanctionKind = (subjectType: SubjectType, category: Category): boolean =>
  subjectType === 'CIVIL_SERVANT' && category === 'DISCIPLINARY_SANCTION';

/**
 * The last day of a sanction's period (the shared rules' SANCTION_PERIOD_MONTHS, from the decision date, month
 * ends clamped as the Civil Code counts months); null for 开除, which has no period.
 */
export const sanctionEndOf = (kind: SanctionKind, decisionDate: string): string | null => {
  const months = SANCTION_PERIOD_MONTHS[kind];
  return months === null ? null : addMonths(decisionDate, months);
};

/** Required on a civil servant's disciplinary sanction, refused on any other record. */
export function checkSanctionKind(
  subjectType: SubjectType,
  category: Category,
  kind: SanctionKind | null | undefined,
): SanctionKind | null {
  if (takesSanctionKind(subjectType, category)) {
    if (!kind)
      throw badInput(
        'sanctionKind',
        'SANCTION_KIND_REQUIRED',
        'a civil servant’s disciplinary sanction names its kind',
      );
    return kind;
  }
  if (kind)
    throw badInput(
      'sanctionKind',
      'SANCTION_KIND_NOT_APPLICABLE',
      'a sanction kind applies only to a civil servant’s disciplinary sanction',
    );
  return null;
}

/**
 * The kind a record carries once an upheld objection corrects it: the kind named in the correction, else (while
 * it stays a civil servant's sanction) the one it had. A record corrected into the sanction category needs one,
 * as a record added there does (SANCTION_KIND_REQUIRED); corrected out of it, it keeps none and a kind named
 * for it is refused (SANCTION_KIND_NOT_APPLICABLE).
 */
export const correctedSanctionKind = (
  subjectType: SubjectType,
  category: Category,
  named: SanctionKind | null | undefined,
  current: SanctionKind | null,
): SanctionKind | null =>
  checkSanctionKind(subjectType, category, named ?? (takesSanctionKind(subjectType, category) ? current : null));
