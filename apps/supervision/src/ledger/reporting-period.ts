// Progress on the plan's tasks is reported per quarter (四.1 建立任务台账、及时总结). A report is due within
// a number of working days after its quarter ends; the number is data with its source, and the boundary is
// tested. Pure: the county's calendar (holidays, exchanged working days) of the years counted comes in.
import {
  addWorkingDaysByYear,
  yearsOfWorkingDays,
  type WorkingDayCount,
  type YearCalendars,
} from '@integrity/subgraph-kit';

/**
 * Working days after the quarter's last day within which a report must be filed. The plan sets no figure;
 * ten working days is the lead department's (县发改局) choice for the ledger, changeable here only.
 */
export const REPORT_DUE_WORKING_DAYS = {
  days: 10,
  source: '饶府〔2018〕35号 四.1（任务台账）; figure set by the lead department, 县发改局',
} as const;

const PERIOD = /^(\d{4})Q([1-4])$/;

export const isPeriod = (text: string): boolean => PERIOD.test(text);

/** First and last day of a quarter "2026Q4". */
export function periodDays(period: string): { first: string; last: string } {
  const m = PERIOD.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  const year = Number(m[1]);
  const q = Number(m[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { first: `${year}-${mm(firstMonth)}-01`, last: `${year}-${mm(lastMonth)}-${mm(lastDay)}` };
}

/** The quarter a day falls in. */
export function periodOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The calendar years a period's reporting days may pass through (Q4's fall in the next year). */
export const reportDueYears = (period: string): number[] =>
  yearsOfWorkingDays(periodDays(period).last, REPORT_DUE_WORKING_DAYS.days);

/** The last day a report for the period is on time, on each year's loaded calendar (weekends only where none). */
export const reportDueOn = (period: string, calendars: YearCalendars): WorkingDayCount =>
  addWorkingDaysByYear(periodDays(period).last, REPORT_DUE_WORKING_DAYS.days, calendars);

export type ReportState = 'NOT_DUE' | 'DUE' | 'ON_TIME' | 'LATE' | 'OVERDUE';

/** Where a department's report for a period stands on `today`, given the period's due day. */
/** The day a report counts as filed for lateness: the first filing (the latest for one kept before it was). */
export const filedOn = (r: { reportedOn: string; firstReportedOn?: string | null }): string =>
  r.firstReportedOn ?? r.reportedOn;

export function reportState(period: string, reportedOn: string | null, today: string, due: string): ReportState {
  if (reportedOn) return reportedOn <= due ? 'ON_TIME' : 'LATE';
  if (today <= periodDays(period).last) return 'NOT_DUE';
  return today <= due ? 'DUE' : 'OVERDUE';
}
