// Client-side checks with the servers' own rules (@integrity/rules); the servers stay authoritative.
import { residentIdProblem } from '@integrity/rules';

/** GB 11643-1999 resident identity number: a valid 18-character number (real birth date, right check character). */
export const isResidentIdNumber = (raw: string): boolean => residentIdProblem(raw) === null;

/** A decimal money amount as the servers accept it: up to 2 decimals, non-negative. */
export const isMoney = (raw: string) => /^\d{1,15}(\.\d{1,2})?$/.test(raw.trim());

/** Download text as a file (UTF-8 with BOM so Excel opens Chinese correctly). */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    // neutralise spreadsheet formulas, quote everything
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
}
