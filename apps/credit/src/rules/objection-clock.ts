import { addWorkingDays, workingDaysBetween, type Calendar } from '@integrity/subgraph-kit';

/**
 * The objection clock (信用信息异议处理, plan 二.（六）; the product's rule): accept or refuse within 2 working
 * days of filing, decide within 10 working days of acceptance. A request for more material (补正) stops the
 * clock: the working days from the day after the request to the day the material arrives are not counted.
 */
export const OBJECTION_CLOCK = {
  acceptWorkingDays: 2,
  decideWorkingDays: 10,
  // the plan sends objections to the public credit information rules and names no time limit itself: the two
  // limits are the county credit office's, as the product specifies them
  source:
    '饶府〔2018〕35号 二.（六）：将公务员信用信息异议处理纳入公共信用信息相关管理办法（未规定时限）；受理2个工作日、自受理起10个工作日内作出决定、补正期间不计入，为县信用办的处理时限',
} as const;

export const acceptDeadlineOf = (filedOn: string, c: Calendar): string =>
  addWorkingDays(filedOn, OBJECTION_CLOCK.acceptWorkingDays, c);

/** From acceptance; before it, the latest it can be (acceptance on its last day). */
export const decisionDeadlineOf = (acceptedOn: string, c: Calendar): string =>
  addWorkingDays(acceptedOn, OBJECTION_CLOCK.decideWorkingDays, c);

/** One 补正 round as it bears on the clock: asked on, and answered on (null: still awaited). */
export interface MaterialRound {
  requestedOn: string;
  suppliedOn: string | null;
}

/**
 * An open objection's deadlines counted afresh on a calendar, from its facts alone: the accept deadline from
 * filing, moved by the pauses of the rounds asked before acceptance; the decision deadline from acceptance moved
 * by the pauses of the rounds asked after it (before acceptance: the latest it can be, 10 working days after the
 * accept deadline). The same count the clock keeps step by step, so a calendar loaded later can recount it.
 */
export function objectionDeadlinesOf(
  o: { filedOn: string; acceptedOn: string | null },
  rounds: readonly MaterialRound[],
  c: Calendar,
): { acceptDeadline: string; decisionDeadline: string; pausedWorkingDays: number } {
  const paused = (r: MaterialRound) => (r.suppliedOn ? workingDaysBetween(r.requestedOn, r.suppliedOn, c) : 0);
  const sum = (rs: readonly MaterialRound[]) => rs.reduce((s, r) => s + paused(r), 0);
  const beforeAcceptance = rounds.filter((r) => !o.acceptedOn || r.requestedOn < o.acceptedOn);
  const afterAcceptance = rounds.filter((r) => o.acceptedOn && r.requestedOn >= o.acceptedOn);
  const acceptDeadline = addWorkingDays(acceptDeadlineOf(o.filedOn, c), sum(beforeAcceptance), c);
  const decisionDeadline = o.acceptedOn
    ? addWorkingDays(decisionDeadlineOf(o.acceptedOn, c), sum(afterAcceptance), c)
    : decisionDeadlineOf(acceptDeadline, c);
  return { acceptDeadline, decisionDeadline, pausedWorkingDays: sum(rounds) };
}
