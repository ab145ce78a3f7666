import { addDays, addMonths, badInput } from '@integrity/subgraph-kit';

export const CATEGORIES = [
  'JUDICIAL_JUDGMENT',
  'ADMINISTRATIVE_PENALTY',
  'DISCIPLINARY_SANCTION',
  'ACCOUNTABILITY',
  'BROKEN_COMMITMENT',
  'ONLINE_SERVICE_SUBSTANDARD',
  'COMMENDATION',
  'TRAINING',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const SEVERITIES = ['MINOR', 'GENERAL', 'SERIOUS'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SUBJECT_TYPES = ['CIVIL_SERVANT', 'DEPARTMENT', 'ENTERPRISE'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const STORED_STATUSES = ['ACTIVE', 'REPAIRED', 'REVOKED'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];
export type RecordStatus = StoredStatus | 'EXPIRED';

/** COMMENDATION and TRAINING are 守信/教育 records and never restrict anyone; every other category is 失信. */
export const NOT_DISHONESTY: readonly Category[] = ['COMMENDATION', 'TRAINING'];
export const isDishonesty = (c: Category): boolean => !NOT_DISHONESTY.includes(c);

/** Publicity bounds in months from the decision date (国办发〔2025〕22号). */
export const PUBLICITY_MONTHS: Record<Severity, { min: number; max: number }> = {
  MINOR: { min: 0, max: 3 },
  GENERAL: { min: 3, max: 12 },
  SERIOUS: { min: 12, max: 36 },
};

/**
 * Check a dishonesty record's publicity on input. The period starts on the decision date; its end
 * must lie between decision + minimum and decision + maximum (both allowed). A department's or an
 * enterprise's GENERAL and SERIOUS records are always published, a MINOR one may stay unpublished; publishing
 * an individual's record (a civil servant's) is the deciding authority's decision whatever its severity
 * (issue 15: a sanction's publication is not forced by its severity).
 */
export function checkPublicity(
  subjectType: SubjectType,
  category: Category,
  severity: Severity,
  decisionDate: string,
  publish: boolean,
  publicityEnd: string | null | undefined,
): string {
  if (!isDishonesty(category)) {
    if (publicityEnd && publicityEnd < decisionDate)
      throw badInput('publicityEnd', 'PUBLICITY_BEFORE_DECISION', 'publicityEnd cannot be before the decision date');
    return publicityEnd ?? addMonths(decisionDate, 12);
  }
  if (!publish && severity !== 'MINOR' && subjectType !== 'CIVIL_SERVANT')
    throw badInput(
      'publish',
      'MUST_PUBLISH',
      `a ${severity} dishonesty record of a department or an enterprise must be published; only MINOR ones may stay unpublished`,
    );
  const { min, max } = PUBLICITY_MONTHS[severity];
  if (!publicityEnd) {
    if (!publish) return addMonths(decisionDate, max);
    throw badInput(
      'publicityEnd',
      'PUBLICITY_END_REQUIRED',
      `publicityEnd is required for a published ${severity} record`,
    );
  }
  const earliest = min === 0 ? decisionDate : addMonths(decisionDate, min);
  const latest = addMonths(decisionDate, max);
  if (publicityEnd < earliest || publicityEnd > latest) {
    throw badInput(
      'publicityEnd',
      'PUBLICITY_OUT_OF_RANGE',
      `a ${severity} record decided on ${decisionDate} is published ${min ? `at least ${min} and ` : ''}at most ${max} months: publicityEnd must be between ${earliest} and ${latest}, not ${publicityEnd}`,
      { min: earliest, max: latest },
    );
  }
  return publicityEnd;
}

/** The status every read shows: a record past its publicity end is EXPIRED, without any job having run. */
export const effectiveStatus = (r: { status: StoredStatus; publicityEnd: string }, onDate: string): RecordStatus =>
  r.status === 'ACTIVE' && r.publicityEnd < onDate ? 'EXPIRED' : r.status;

/** Credit repair opens on the day the minimum publicity period has run (decision + minimum months). */
export const repairOpensOn = (severity: Severity, decisionDate: string): string =>
  addMonths(decisionDate, PUBLICITY_MONTHS[severity].min);

/** 张三丰 → 张*丰, 张三 → 张*, a single character stays. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The last day a record is still in force when repaired or revoked today: the day before. */
export const closedPublicityEnd = (onDate: string): string => addDays(onDate, -1);
