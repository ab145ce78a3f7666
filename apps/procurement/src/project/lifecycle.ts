import { AppError } from '@integrity/subgraph-kit';

export const PROCUREMENT_STATUSES = [
  'PLANNING',
  'TENDERING',
  'EVALUATION',
  'AWARDED',
  'CONTRACTED',
  'IN_PERFORMANCE',
  'ACCEPTED',
  'CLOSED',
  'CANCELLED',
] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

/** The lifecycle as data: every legal move. Anything else is INVALID_TRANSITION. */
export const TRANSITIONS: Record<ProcurementStatus, ProcurementStatus[]> = {
  PLANNING: ['TENDERING', 'CANCELLED'],
  TENDERING: ['EVALUATION', 'CANCELLED'],
  EVALUATION: ['AWARDED', 'TENDERING', 'CANCELLED'], // back to TENDERING: a failed tender is re-run
  AWARDED: ['CONTRACTED', 'CANCELLED'],
  CONTRACTED: ['IN_PERFORMANCE'],
  IN_PERFORMANCE: ['ACCEPTED'],
  ACCEPTED: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

/** Moves that carry data go through their own mutation, which checks it. */
export const REACHED_THROUGH: Partial<Record<ProcurementStatus, string>> = {
  AWARDED: 'awardProject',
  CONTRACTED: 'signContract',
  ACCEPTED: 'recordAcceptance',
};

export function assertTransition(from: ProcurementStatus, to: ProcurementStatus): void {
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      `a project in ${from} cannot move to ${to}; allowed from ${from}: ${allowed.join(', ') || 'none (final)'}`,
      { from, to, allowed },
    );
  }
}

/** The plain `transitionProcurementProject` path: legal, and not one that needs its own mutation. */
export function assertPlainTransition(from: ProcurementStatus, to: ProcurementStatus): void {
  assertTransition(from, to);
  const via = REACHED_THROUGH[to];
  if (via)
    throw new AppError(
      'INVALID_TRANSITION',
      'REACHED_THROUGH',
      `${to} is reached through ${via}, which records what it needs`,
      { from, to, allowed: TRANSITIONS[from] },
    );
}

export const METHODS = {
  OPEN: '公开招标',
  SELECTIVE: '邀请招标',
  COMPETITIVE_NEGOTIATION: '竞争性谈判',
  COMPETITIVE_CONSULTATION: '竞争性磋商',
  LIMITED: '单一来源',
  INQUIRY: '询价',
} as const;
export type ProcurementMethod = keyof typeof METHODS;
export const CATEGORIES = ['GOODS', 'WORKS', 'SERVICES'] as const;
export type ProcurementCategory = (typeof CATEGORIES)[number];
