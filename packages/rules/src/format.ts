/**
 * Money and date formatting used by server and console alike. Money travels as an exact decimal string
 * ("1234.56") and is an integer of fen underneath; it never becomes a float on the server.
 */

/** Format minor units back to a decimal string with exactly `scale` places. */
export function formatDecimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Fen → "1234.56". */
export const formatMoney = (fen: bigint): string => formatDecimal(fen, 2);

/** Fen from an amount as the API writes it ("1234.56", "-3.5", "7"), exactly: the inverse of formatMoney. */
export function yuanToFen(yuan: string): bigint {
  const text = yuan.trim();
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return text.startsWith('-') ? -value : value;
}

/** A decimal money string for people: "1,234,567.80" (grouped, two places); empty for no value. */
export function displayMoney(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(String(value).trim());
  if (!match) return String(value);
  const [, sign = '', whole, fraction = ''] = match;
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** A ratio (1.25) as a percentage for people ("125.0%"); a dash for no value. */
export const displayPercent = (ratio: number | null | undefined, digits = 1): string =>
  ratio === null || ratio === undefined || !Number.isFinite(ratio) ? '—' : `${(ratio * 100).toFixed(digits)}%`;

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier); server and console alike. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The county's calendar date (YYYY-MM-DD) of an instant: China Standard Time, UTC+8 all year (no DST). */
export const chinaDate = (instant: string | Date = new Date()): string =>
  new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The county's date and time of an instant to the second ("2026-12-07 22:05:09"), UTC+8 whatever the reader's zone. */
export const chinaDateTime = (instant: string | Date): string =>
  new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** The county's year now (UTC+8), as the server counts it, whatever the reader's clock is set to. */
export const chinaYear = (instant: string | Date = new Date()): number => Number(chinaDate(instant).slice(0, 4));

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell as a spreadsheet may safely show it: a text starting with = + - @ (or tab/CR) is a formula to it, so
 * it gets a leading apostrophe, unless it is a plain number such as -12.50.
 */
export function spreadsheetSafe(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** The same, as a quoted CSV cell (quotes doubled). */
export const csvCell = (v: string | number | null | undefined): string => `"${spreadsheetSafe(v).replace(/"/g, '""')}"`;
