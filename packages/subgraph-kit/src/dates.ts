/**
 * Calendar dates as `YYYY-MM-DD` strings. Every rule that says "past its due date" compares these
 * strings against `today()` in the county's time zone, so no cron job is needed for status to change.
 */
export { isIsoDate as isValidDate } from '@integrity/rules';

/** Time zone in which "today" is reckoned (the county's). */
export const timeZone = (): string => process.env.APP_TIMEZONE ?? 'Asia/Shanghai';

// one formatter per time zone: building an Intl.DateTimeFormat is far dearer than using one (issue 16
// measured 4–8% of a subgraph's CPU with a new one per call)
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the county is. */
export function today(now: Date = new Date()): string {
  const zone = timeZone();
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, format);
  }
  return format.format(now);
}

const minuteFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant (ISO 8601) as the county reads a clock: `YYYY-MM-DD HH:mm` in its time zone. */
export function localDateTime(iso: string): string {
  const zone = timeZone();
  let format = minuteFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    minuteFormatters.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

const toUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
};

/** Calendar months, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return fromUtc(d);
}

export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

/** Whole days from `from` to `to` (negative when `to` is earlier): the shared rule, which the console reads too. */
export { daysBetween } from '@integrity/rules';

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string): number => toUtc(date).getUTCDay();

export const yearOf = (date: string): number => Number(date.slice(0, 4));
