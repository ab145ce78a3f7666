// Client-side checks with the servers' own rules (@integrity/rules); the servers stay authoritative.
import {
  debtRateProblem,
  governmentUsccProblem,
  moneyUnits,
  residentIdProblem,
  usccProblem,
  type RuleProblem,
} from '@integrity/rules';
import type { Translate } from './i18n';
import type { MessageKey } from './messages';
import { reasonsReady } from './reason-text';

/** GB 11643-1999 resident identity number: a valid 18-character number (real birth date, right check character). */
export const isResidentIdNumber = (raw: string): boolean => residentIdProblem(raw) === null;

/**
 * Why a money amount would be refused (the servers' own check, @integrity/rules `moneyUnits`), or null. Zero
 * passes here: the fields that must be more than zero say so from the server.
 */
export const moneyProblem = (raw: string): RuleProblem | null => moneyUnits(raw, { allowZero: true }).problem;
export const isMoney = (raw: string): boolean => moneyProblem(raw) === null;

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

/** An antd rule with a servers' check on a value given (`required` makes it required), worded by the shared table. */
const reasonRule = (t: Translate, problemOf: (v: string) => RuleProblem | null) => ({
  validator: async (_: unknown, value?: string) => {
    const problem = value ? problemOf(value) : null;
    if (problem)
      throw new Error((await reasonsReady()).reasonMessage(problem.reason, problem.params, t.locale ?? 'zh-CN'));
  },
});

/** An antd rule mirroring a server identifier check: required, then the servers' own reason. */
const identifierRule = (t: Translate, label: MessageKey, problemOf: (v: string) => RuleProblem | null) => ({
  validator: async (rule: unknown, value?: string) => {
    if (!value) throw new Error(t('common.required', { field: t(label) }));
    await reasonRule(t, problemOf).validator(rule, value);
  },
});

/** A money amount. */
export const moneyRule = (t: Translate) => reasonRule(t, moneyProblem);

/** A debt instrument's annual rate in percent (@integrity/rules DEBT_RATE). */
export const debtRateRule = (t: Translate) => reasonRule(t, debtRateProblem);

/** A unified social credit code (GB 32100-2015). */
export const usccRule = (t: Translate) => identifierRule(t, 'enterprise.uscc', usccProblem);

/** A government body's code: GB 32100 and beginning with 11. */
export const governmentUsccRule = (t: Translate) => identifierRule(t, 'department.uscc', governmentUsccProblem);
