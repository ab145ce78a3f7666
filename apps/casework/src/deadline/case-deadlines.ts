import type { Calendar } from '@integrity/subgraph-kit';
import { periodEnd, yearsReached, type Deadline, type YearCalendars } from './deadline.js';
import type { DeadlineRule } from './deadline-rules.js';

/** The facts of a case that its deadlines depend on. */
export interface DeadlineFacts {
  status: string;
  receivedOn: string;
  acceptedOn: string | null;
  assignedOn: string | null;
  extendedOn: string | null;
  reopenedOn: string | null;
}

export interface CaseDeadlines {
  acceptDeadline: string | null;
  replyDeadline: string | null;
  /** The deadline of the stage the case is in. */
  deadline: string | null;
  calendarMissing: boolean;
}

/** When the reply period starts: its rule's event, or the day a "not satisfied" rating reopened the case. */
export function replyStart(facts: DeadlineFacts, rule: DeadlineRule): string | null {
  if (facts.reopenedOn) return facts.reopenedOn;
  return { RECEIVED: facts.receivedOn, ACCEPTED: facts.acceptedOn, ASSIGNED: facts.assignedOn }[rule.startsFrom];
}

/** The periods to count for a case: start, amount and unit of each stage it has. */
export function periodsOf(facts: DeadlineFacts, acceptRule: DeadlineRule | null, replyRule: DeadlineRule) {
  const start = replyStart(facts, replyRule);
  const extension = facts.extendedOn && !facts.reopenedOn ? (replyRule.extensionAmount ?? 0) : 0;
  return {
    accept: acceptRule ? { start: facts.receivedOn, amount: acceptRule.amount, unit: acceptRule.unit } : null,
    reply: start ? { start, amount: replyRule.amount + extension, unit: replyRule.unit } : null,
  };
}

/** The years whose calendars the working-day periods of a case need. */
export function calendarYears(
  facts: DeadlineFacts,
  acceptRule: DeadlineRule | null,
  replyRule: DeadlineRule,
): number[] {
  const { accept, reply } = periodsOf(facts, acceptRule, replyRule);
  const years = [accept, reply]
    .filter((p) => p?.unit === 'WORKING_DAYS')
    .flatMap((p) => yearsReached(p!.start, p!.amount, p!.unit));
  return [...new Set(years)];
}

/** A case's deadlines from its facts and the rule versions it was given. */
export function caseDeadlines(
  facts: DeadlineFacts,
  acceptRule: DeadlineRule | null,
  replyRule: DeadlineRule,
  calendars: YearCalendars,
): CaseDeadlines {
  const { accept, reply } = periodsOf(facts, acceptRule, replyRule);
  const end = (p: { start: string; amount: number; unit: DeadlineRule['unit'] } | null): Deadline | null =>
    p ? periodEnd(p.start, p.amount, p.unit, calendars) : null;
  const a = end(accept);
  const r = end(reply);
  const current = facts.status === 'RECEIVED' ? a : r;
  return {
    acceptDeadline: a?.date ?? null,
    replyDeadline: r?.date ?? null,
    deadline: current?.date ?? null,
    calendarMissing: !!current?.calendarMissing,
  };
}

export type { Calendar };
