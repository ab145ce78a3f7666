// The course of a rectification order, as data and pure functions (饶府〔2018〕35号 三.8, 四.4).

export const RECTIFICATION_STATUSES = ['ORDERED', 'REPORTED', 'ACCEPTED', 'RETURNED', 'OVERDUE'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_ORIGINS = ['MANUAL', 'WARNING', 'INSPECTION'] as const;
export type RectificationOrigin = (typeof RECTIFICATION_ORIGINS)[number];

/** Where the department may file (or re-file) its report: after an order, a return, or late. */
export const REPORTABLE: readonly RectificationStatus[] = ['ORDERED', 'RETURNED', 'OVERDUE'];

/**
 * Which open orders are overdue on `today`: not accepted and the deadline has passed. A report filed by the
 * deadline and still awaiting the supervisors' decision is not the department's delay, so REPORTED orders are
 * not marked (returned after the deadline, they are). 三.8 makes late rectification a dishonesty record.
 */
export const becomesOverdue = (o: { status: RectificationStatus; deadline: string }, today: string): boolean =>
  (o.status === 'ORDERED' || o.status === 'RETURNED') && o.deadline < today;

/** The kind credit's rule table turns into a department record. */
export const OVERDUE_RECORD_KIND = 'RECTIFICATION_OVERDUE';
/** Named as the deciding authority on the credit record. */
export const SUPERVISING_AUTHORITY = '县政务诚信建设领导小组办公室';
