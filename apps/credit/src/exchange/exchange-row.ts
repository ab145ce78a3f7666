// One change as the credit platforms take it: the public-credit-information fields of the national catalogue
// (docs/EXCHANGE.md), named as the catalogue names them.
import { CREDIT_CATEGORY, csvCell, RECORD_STATUS, SEVERITY } from '@integrity/subgraph-kit';
import type { CreditRecordEntity } from '../record/record.entity.js';
import { effectiveStatus } from '../rules/publicity.js';
import type { RecordChange } from './record-change.entity.js';

export interface ExchangeBody {
  name: string;
  uscc: string;
}

const CHANGE_NAMES: Record<RecordChange, string> = {
  PUBLISHED: '新增公示',
  CORRECTED: '更正',
  REPAIRED: '信用修复',
  REVOKED: '撤销',
  EXPIRED: '公示期满',
};

/** The columns, in the order the CSV writes them. */
export const EXCHANGE_FIELDS = [
  '记录编号',
  '变更类型',
  '主体名称',
  '统一社会信用代码',
  '失信行为类别',
  '失信严重程度',
  '认定依据',
  '认定文号',
  '认定机关',
  '认定机关统一社会信用代码',
  '认定日期',
  '公示截止日期',
  '当前状态',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '更新时间',
] as const;
export type ExchangeRow = Record<(typeof EXCHANGE_FIELDS)[number], string>;

/**
 * A change of a record as a row. `subject` is the department the record is about, `authority` the county
 * body named as the deciding authority (none when the authority is outside the county's directory), `source`
 * the unit the data comes from: the department that recorded it, else the county credit office.
 */
export function exchangeRow(
  change: { change: RecordChange; at: string },
  r: CreditRecordEntity,
  subject: ExchangeBody | undefined,
  authority: ExchangeBody | undefined,
  source: ExchangeBody | undefined,
  onDate: string,
): ExchangeRow {
  return {
    记录编号: r.id,
    变更类型: CHANGE_NAMES[change.change],
    主体名称: r.subjectName,
    统一社会信用代码: subject?.uscc ?? '',
    失信行为类别: CREDIT_CATEGORY[r.category]['zh-CN'],
    失信严重程度: SEVERITY[r.severity]['zh-CN'],
    // the record keeps the decision that found it; that decision is its basis
    认定依据: `${r.authority}《${r.documentNumber}》`,
    认定文号: r.documentNumber,
    认定机关: r.authority,
    认定机关统一社会信用代码: authority?.uscc ?? '',
    认定日期: r.decisionDate,
    公示截止日期: r.publicityEnd,
    当前状态: RECORD_STATUS[effectiveStatus(r, onDate)]['zh-CN'],
    数据来源单位: source?.name ?? '',
    数据来源单位统一社会信用代码: source?.uscc ?? '',
    更新时间: change.at,
  };
}

export const toCsv = (rows: ExchangeRow[]): string =>
  [EXCHANGE_FIELDS.join(','), ...rows.map((row) => EXCHANGE_FIELDS.map((f) => csvCell(row[f])).join(','))].join('\r\n');
