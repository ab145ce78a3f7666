import { addWorkingDays, isWorkingDay, addDays, type Calendar } from '@integrity/subgraph-kit';

/**
 * The objection clock (信用信息异议处理, plan 二.（六）; the product's rule): accept or refuse within 2 working
 * days of filing, decide within 10 working days of acceptance. A request for more material (补正) stops the
 * clock: the working days from the day after the request to the day the material arrives are not counted.
 */
export const OBJECTION_CLOCK = {
  acceptWorkingDays: 2,
  decideWorkingDays: 10,
  source: '饶府〔2018〕35号 二.（六）信用信息异议处理；受理2个工作日、自受理起10个工作日内作出决定，补正期间不计入',
} as const;

export const acceptDeadlineOf = (filedOn: string, c: Calendar): string =>
  addWorkingDays(filedOn, OBJECTION_CLOCK.acceptWorkingDays, c);

/** From acceptance; before it, the latest it can be (acceptance on its last day). */
export const decisionDeadlineOf = (acceptedOn: string, c: Calendar): string =>
  addWorkingDays(acceptedOn, OBJECTION_CLOCK.decideWorkingDays, c);

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, c: Calendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, c)) n += 1;
  return n;
}

/** The years a calendar has an arrangement loaded for (any holiday or exchanged working day in them). */
export const loadedYears = (c: Calendar): Set<string> =>
  new Set([...c.holidays, ...c.workdays].map((d) => d.slice(0, 4)));

/** Whether some year from `from` to `to` has no arrangement loaded: its deadlines counted weekends only. */
export function calendarMissing(from: string, to: string, c: Calendar): boolean {
  const loaded = loadedYears(c);
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) if (!loaded.has(String(y))) return true;
  return false;
}
