// Client-side checks that mirror the servers' (the servers stay authoritative).
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = { kind: 'length' } | { kind: 'chars' } | { kind: 'check'; expected: string };

/** GB 32100-2015 unified social credit code: null when valid, else what is wrong. */
export function usccProblem(raw: string): UsccProblem | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return { kind: 'length' };
  if ([...code].some((c) => !USCC_CHARS.includes(c))) return { kind: 'chars' };
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + USCC_CHARS.indexOf(code[i]!) * w, 0);
  const check = (31 - (sum % 31)) % 31;
  const expected = USCC_CHARS[check]!;
  return code[17] === expected ? null : { kind: 'check', expected };
}

/** GB 11643-1999 resident identity number: valid 18-character form with its check character. */
export function isResidentIdNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + Number(id[i]) * w, 0);
  return '10X98765432'[sum % 11] === id[17];
}

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
