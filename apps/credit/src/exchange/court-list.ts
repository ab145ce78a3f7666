// The court's list of dishonest judgment debtors (失信被执行人名单) as the platform sends it, checked row by row:
// what a row must hold, and which county body it names by its unified social credit code.
import {
  addMonths,
  governmentUsccProblem,
  isValidDate,
  normaliseIdentifier,
  type Reason,
  type ReasonParams,
} from '@integrity/subgraph-kit';
import { parseCsv } from '@integrity/rules';
import { listingCase } from './listing-key.js';

/** The list's fields, as the national catalogue names them. */
export const COURT_LIST_FIELDS = [
  '案号',
  '被执行人名称',
  '统一社会信用代码',
  '执行法院',
  '执行依据文号',
  '生效法律文书确定的义务',
  '履行情况',
  '失信行为具体情形',
  '发布时间',
] as const;
type Field = (typeof COURT_LIST_FIELDS)[number];
const REQUIRED: readonly Field[] = ['案号', '被执行人名称', '统一社会信用代码', '执行法院', '发布时间'];

export interface CourtListRow {
  line: number;
  caseNumber: string;
  values: Record<Field, string>;
}

export interface RowVerdict {
  line: number;
  caseNumber: string;
  /** The county body it names, when the row is good. */
  departmentId: string | null;
  reason: Reason | null;
  params: ReasonParams | null;
  field: Field | null;
}

/** Why a file could not be read at all: a reason code the console translates, with its figures. */
export interface FileProblem {
  problem: Reason;
  params: ReasonParams;
  message: string;
}

/** Rows of a CSV (header row of the field names, any order) or a JSON array of objects keyed by them. */
export function readCourtList(content: string, format: 'JSON' | 'CSV'): CourtListRow[] | FileProblem {
  if (format === 'JSON') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      return { problem: 'FILE_NOT_JSON', params: {}, message: 'not JSON' };
    }
    if (!Array.isArray(parsed)) return { problem: 'FILE_NOT_JSON_ARRAY', params: {}, message: 'not a JSON array' };
    return parsed.map((o, i) => {
      const values = Object.fromEntries(
        COURT_LIST_FIELDS.map((f) => [f, String((o as Record<string, unknown> | null)?.[f] ?? '').trim()]),
      ) as Record<Field, string>;
      return { line: i + 1, caseNumber: values['案号'], values };
    });
  }
  const [header, ...rows] = parseCsv(content);
  if (!header) return { problem: 'FILE_EMPTY', params: {}, message: 'empty file' };
  const at = header.cells.map((c) => c.trim());
  const missing = REQUIRED.filter((f) => !at.includes(f));
  if (missing.length)
    return {
      problem: 'FILE_HEADER_MISSING',
      params: { fields: missing.join('、') },
      message: `the header lacks ${missing.join(', ')}`,
    };
  return rows.map((r) => {
    const values = Object.fromEntries(
      COURT_LIST_FIELDS.map((f) => [f, (at.includes(f) ? (r.cells[at.indexOf(f)] ?? '') : '').trim()]),
    ) as Record<Field, string>;
    return { line: r.line, caseNumber: values['案号'], values };
  });
}

/** Publicity of a listing: the term of the court's list (sourced-records' JUDGMENT_DEBTOR_LISTED, 24 months). */
export const listingPublicityEnd = (publishedOn: string) => addMonths(publishedOn, 24);

/**
 * Each row's verdict: required fields present, a valid government body's code that belongs to a county body
 * in the directory, a real date not after today, a case once in the file.
 */
export function judgeRows(rows: CourtListRow[], departmentByUscc: Map<string, string>, today: string): RowVerdict[] {
  const cases = new Set<string>();
  return rows.map((r) => {
    const refuse = (reason: Reason, field: Field, params: ReasonParams = {}): RowVerdict => ({
      line: r.line,
      caseNumber: r.caseNumber,
      departmentId: null,
      reason,
      params,
      field,
    });
    const empty = REQUIRED.find((f) => !r.values[f]);
    if (empty) return refuse('REQUIRED', empty, { field: empty });
    const uscc = normaliseIdentifier(r.values['统一社会信用代码']);
    const problem = governmentUsccProblem(uscc);
    if (problem) return refuse(problem.reason, '统一社会信用代码', problem.params);
    const departmentId = departmentByUscc.get(uscc);
    if (!departmentId) return refuse('NOT_A_COUNTY_BODY', '统一社会信用代码');
    const date = r.values['发布时间'].slice(0, 10);
    if (!isValidDate(date)) return refuse('INVALID_DATE', '发布时间');
    if (date > today) return refuse('DATE_IN_FUTURE', '发布时间');
    // a case once, however its number is written ((2026) and （2026） are one case): it keys the list's record
    const sameCase = listingCase(r.caseNumber);
    if (cases.has(sameCase)) return refuse('DUPLICATE_CASE_NUMBER', '案号');
    cases.add(sameCase);
    return { line: r.line, caseNumber: r.caseNumber, departmentId, reason: null, params: null, field: null };
  });
}
