// The early-warning kinds (监测预警, 饶府〔2018〕35号 三.8, 一.5), their thresholds as data with sources, and
// where in the console each one's cause lives. Pure.
import { PPP_FISCAL_LINES, pppLineCrossed, yuanToFen } from '@integrity/rules';

export const WARNING_KINDS = [
  'OBJECTION_OVERDUE',
  'REPAIR_OVERDUE',
  'PAYMENT_OVERDUE',
  'COMMITMENT_OVERDUE',
  'COMMITMENT_BREACHED',
  'COVERAGE_BELOW_TARGET',
  'PPP_CAP_NEAR',
  'PPP_CAP_EXCEEDED',
  'DEBT_ORANGE',
  'DEBT_RED',
  'RED_WITHOUT_PLAN',
  'EMERGENCY_PLAN_MISSING',
  'DEFAULT_WITHOUT_INCIDENT',
  'CASE_OVERDUE',
  'JUDGMENT_UNFULFILLED',
  'COURT_APPEARANCE_LOW',
  'RECTIFICATION_OVERDUE',
  'TASK_REPORT_OVERDUE',
  'CALENDAR_MISSING',
  'DELIVERY_STUCK',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

/** PPP obligations of a year ÷ that year's general budget expenditure: the shared lines of @integrity/rules. */
export const PPP_THRESHOLDS = {
  /** Above: warning (超过7%，风险提示). */
  warningLine: PPP_FISCAL_LINES.warningPercent / 100,
  /** Above: the cap is exceeded (不得超过10%). */
  cap: PPP_FISCAL_LINES.capPercent / 100,
  source: PPP_FISCAL_LINES.source,
} as const;

/** Civil-servant credit-file coverage below this is a warning (饶府〔2018〕35号 二.3: 100%). */
export const COVERAGE_TARGET = { target: 1, source: '饶府〔2018〕35号 二.3：公务员诚信档案覆盖率达到100%' } as const;

/**
 * Whether a department's file coverage is judged at all: only where it has civil servants (credit reads 0 where
 * there are none, no shortfall). The warning's rule and the score's.
 */
export const coverageJudged = (civilServantCount: number | undefined): boolean => civilServantCount !== 0;

/** This year's head court-appearance rate below this is a warning (法释〔2020〕3号; the county's target 100%). */
export const APPEARANCE_TARGET = {
  target: 1,
  source: '饶府〔2018〕35号 一.（三）；法释〔2020〕3号：行政机关负责人出庭应诉，目标100%',
} as const;

/** The PPP kind a year's obligations fall in, if any, compared in fen by the shared rule (above 10%, above 7%). */
export const pppKind = (committed: string, expenditure: string): 'PPP_CAP_NEAR' | 'PPP_CAP_EXCEEDED' | null =>
  pppLineCrossed(yuanToFen(committed), yuanToFen(expenditure));

/** A current cause of a warning, as the sweep collects it. */
export interface Signal {
  kind: WarningKind;
  /** Null for a county-wide condition (next year's calendar). */
  departmentId: string | null;
  /** What, within the kind, this is about (an objection id, a region and year, a department): unique per kind. */
  sourceKey: string;
  /** The figure that triggered it and the threshold it crossed, as text (a count, a ratio, an amount). */
  figure: string;
  threshold: string;
  /** When the cause began (a deadline passed), or null: then the day the sweep first saw it. */
  since: string | null;
  /** The subgraph that owns the figure. */
  source: string;
  /** Console route to the cause. */
  link: string;
}

/**
 * The domain whose figures decide each kind, which its warnings name as their source; DELIVERY_STUCK's is the
 * sender it is about. While a domain does not answer, a sweep leaves the warnings of its kinds as they are.
 */
export const WARNING_SOURCES = {
  OBJECTION_OVERDUE: 'credit',
  REPAIR_OVERDUE: 'credit',
  COVERAGE_BELOW_TARGET: 'credit',
  CALENDAR_MISSING: 'credit',
  PAYMENT_OVERDUE: 'procurement',
  PPP_CAP_NEAR: 'procurement',
  PPP_CAP_EXCEEDED: 'procurement',
  COMMITMENT_OVERDUE: 'investment',
  COMMITMENT_BREACHED: 'investment',
  DEBT_ORANGE: 'debt',
  DEBT_RED: 'debt',
  RED_WITHOUT_PLAN: 'debt',
  EMERGENCY_PLAN_MISSING: 'debt',
  DEFAULT_WITHOUT_INCIDENT: 'debt',
  CASE_OVERDUE: 'casework',
  JUDGMENT_UNFULFILLED: 'casework',
  COURT_APPEARANCE_LOW: 'casework',
  RECTIFICATION_OVERDUE: 'supervision',
  TASK_REPORT_OVERDUE: 'supervision',
} as const satisfies Record<Exclude<WarningKind, 'DELIVERY_STUCK'>, string>;
export type SourcedKind = keyof typeof WARNING_SOURCES;
export type WarningSource = (typeof WARNING_SOURCES)[SourcedKind];

/** The kinds a domain's figures decide. */
export const kindsOf = (source: WarningSource): SourcedKind[] =>
  (Object.keys(WARNING_SOURCES) as SourcedKind[]).filter((k) => WARNING_SOURCES[k] === source);

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** Where the console shows each kind's cause, filtered to the department where the page can. */
export const WARNING_LINKS: Record<WarningKind, (departmentId: string | null) => string> = {
  OBJECTION_OVERDUE: () => '/oversight',
  REPAIR_OVERDUE: () => '/credit/records?tab=repairs&status=PENDING',
  PAYMENT_OVERDUE: (d) => `/procurement/projects?${q({ purchaserId: d ?? '' })}`,
  COMMITMENT_OVERDUE: (d) => `/investment?${q({ tab: 'commitments', status: 'OVERDUE', departmentId: d ?? '' })}`,
  COMMITMENT_BREACHED: (d) => `/investment?${q({ tab: 'commitments', status: 'BREACHED', departmentId: d ?? '' })}`,
  COVERAGE_BELOW_TARGET: (d) => `/credit/civil-servants?${q({ departmentId: d ?? '' })}`,
  PPP_CAP_NEAR: () => '/procurement/ppp',
  PPP_CAP_EXCEEDED: () => '/procurement/ppp',
  DEBT_ORANGE: () => '/debt',
  DEBT_RED: () => '/debt',
  RED_WITHOUT_PLAN: () => '/debt',
  EMERGENCY_PLAN_MISSING: () => '/debt',
  DEFAULT_WITHOUT_INCIDENT: () => '/debt',
  CASE_OVERDUE: () => '/casework/cases?overdueOnly=true',
  JUDGMENT_UNFULFILLED: (d) =>
    `/casework/judicial?${q({ tab: 'judgments', status: 'UNFULFILLED', departmentId: d ?? '' })}`,
  COURT_APPEARANCE_LOW: (d) => `/casework/judicial?${q({ tab: 'hearings', departmentId: d ?? '' })}`,
  RECTIFICATION_OVERDUE: (d) => `/supervision/rectification?${q({ status: 'OVERDUE', departmentId: d ?? '' })}`,
  TASK_REPORT_OVERDUE: (d) => `/supervision/ledger?${q({ departmentId: d ?? '' })}`,
  CALENDAR_MISSING: () => '/directory/users/calendar',
  DELIVERY_STUCK: () => '/system/delivery',
};
