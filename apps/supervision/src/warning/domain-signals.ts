// Warning causes in the other domains, from the figures signal-answers.ts reads through the gateway (every
// department, objection, region, the county's PPP capacity, whether this and next year's calendars are loaded)
// and each sending domain's outbox. The mapping from answers to signals is pure and tested on its thresholds.
import {
  DELIVERY_STUCK_MINUTES,
  deliveryStuck,
  deliveryWaitedMs,
  OUTBOX_SENDERS,
  outboxField,
  type BacklogFigures,
} from '@integrity/rules';
import { addDays, queryGateway, today as todayOf, type ServiceCaller } from '@integrity/subgraph-kit';
import {
  APPEARANCE_TARGET,
  COVERAGE_TARGET,
  coverageJudged,
  pppKind,
  PPP_THRESHOLDS,
  WARNING_LINKS,
  WARNING_SOURCES,
  type Signal,
  type SourcedKind,
} from './warning-kinds.js';

/** One sending domain's outbox, as much as the sweep needs (administrators see the rest on 跨领域数据传递). */
export const deliveryQuery = (sender: string) =>
  `query DeliverySignal { ${outboxField(sender)} { undelivered heldBack oldestSince } }`;

/** A sender's backlog as the sweep asked it; null when it did not answer (its warning is then left as it is). */
export interface OutboxAnswer {
  sender: string;
  backlog: BacklogFigures | null;
}

/** Ask each sender apart, at once: one that fails (down, refusing, an old build) is unknown, the others judged. */
export function fetchOutboxAnswers(caller: ServiceCaller): Promise<OutboxAnswer[]> {
  return Promise.all(
    OUTBOX_SENDERS.map(async (d) => {
      const sender = d.toLowerCase();
      const backlog = await queryGateway<Record<string, BacklogFigures | null>>(caller, {
        query: deliveryQuery(sender),
      })
        .then((a) => a[outboxField(sender)] ?? null)
        .catch(() => null);
      return { sender, backlog };
    }),
  );
}

/**
 * DELIVERY_STUCK signals: a sender that answered and is stuck by the shared rule (deliveryStuck), since the
 * county's day its longest-waiting fact fell due, figure: the whole minutes it has waited.
 */
export function deliverySignals(outboxes: readonly OutboxAnswer[], now = Date.now()): Signal[] {
  return outboxes.flatMap(({ sender, backlog: b }) =>
    b && deliveryStuck(b, now)
      ? [
          {
            kind: 'DELIVERY_STUCK' as const,
            departmentId: null,
            sourceKey: sender,
            figure: String(Math.floor(deliveryWaitedMs(b, now) / 60_000)),
            threshold: String(DELIVERY_STUCK_MINUTES),
            since: b.oldestSince ? todayOf(new Date(b.oldestSince)) : null,
            source: sender,
            link: WARNING_LINKS.DELIVERY_STUCK(null),
          },
        ]
      : [],
  );
}

/** The warnings a sweep must leave as they are: those of senders that did not answer. */
export const unknownDeliveryKeys = (outboxes: readonly OutboxAnswer[]) =>
  outboxes.filter((o) => !o.backlog).map((o) => ({ kind: 'DELIVERY_STUCK', sourceKey: o.sender }));

export interface SignalAnswers {
  departments: {
    id: string;
    kind: string;
    countyWideDomains: string[];
    region: { code: string };
    civilServantCount: number;
    creditFileCoverage: number;
    overduePaymentCount: number;
    overduePaymentAmount: string;
    overdueCommitmentCount: number;
    breachedCommitmentCount: number;
    overdueCaseCount: number;
    unfulfilledJudgmentCount: number;
    courtAppearanceRate: number | null;
  }[];
  overdueObjections: {
    id: string;
    acceptDeadline: string;
    decisionDeadline: string;
    acceptedOn: string | null;
    acceptingDepartment: { id: string } | null;
    record: { department: { id: string } | null };
  }[];
  overdueRepairs: {
    id: string;
    decisionDeadline: string;
    /** Who decides it (credit's rule): its recorder, or null for the county credit office. */
    decidingDepartment: { id: string } | null;
  }[];
  regions: {
    code: string;
    level: string;
    debtRisk: { level: string | null; missingEmergencyPlan: boolean; defaultsWithoutIncident: number } | null;
  }[];
  /** Next year's arrangement loaded as a whole (credit's calendar as the kit reads it for every deadline). */
  nextYearCalendarLoaded: boolean;
  /** This year's arrangement loaded as a whole: if not, every deadline this year is counted over weekends only. */
  thisYearCalendarLoaded: boolean;
  ppp: { generalBudgetExpenditure: string; committed: string } | null;
}

/** The answers as signals, on `today` (a year without its calendar, and a December without next year's, warn). */
export function domainSignals(a: SignalAnswers, today: string): Signal[] {
  const signals: Signal[] = [];
  const push = (
    kind: SourcedKind,
    departmentId: string | null,
    key: string,
    rest: Omit<Signal, 'kind' | 'departmentId' | 'sourceKey' | 'link' | 'source'>,
  ) =>
    signals.push({
      kind,
      departmentId,
      sourceKey: key,
      link: WARNING_LINKS[kind](departmentId),
      source: WARNING_SOURCES[kind],
      ...rest,
    });
  // county-level fiscal matters (PPP, the county's own debt) are the county-wide DEBT department's (县财政局)
  const fiscal = a.departments.find((d) => d.countyWideDomains.includes('DEBT'))?.id ?? null;
  for (const d of a.departments) {
    if (d.overduePaymentCount > 0)
      push('PAYMENT_OVERDUE', d.id, d.id, {
        figure: d.overduePaymentAmount,
        threshold: '0',
        since: null,
      });
    if (d.overdueCommitmentCount > 0)
      push('COMMITMENT_OVERDUE', d.id, d.id, {
        figure: String(d.overdueCommitmentCount),
        threshold: '0',
        since: null,
      });
    if (d.breachedCommitmentCount > 0)
      push('COMMITMENT_BREACHED', d.id, d.id, {
        figure: String(d.breachedCommitmentCount),
        threshold: '0',
        since: null,
      });
    if (d.overdueCaseCount > 0)
      push('CASE_OVERDUE', d.id, d.id, {
        figure: String(d.overdueCaseCount),
        threshold: '0',
        since: null,
      });
    if (d.unfulfilledJudgmentCount > 0)
      push('JUDGMENT_UNFULFILLED', d.id, d.id, {
        figure: String(d.unfulfilledJudgmentCount),
        threshold: '0',
        since: null,
      });
    // no hearing this year: no rate, nothing to warn about
    if (d.courtAppearanceRate !== null && d.courtAppearanceRate < APPEARANCE_TARGET.target)
      push('COURT_APPEARANCE_LOW', d.id, `${d.id}/${today.slice(0, 4)}`, {
        figure: d.courtAppearanceRate.toFixed(4),
        threshold: String(APPEARANCE_TARGET.target),
        since: null,
      });
    if (coverageJudged(d.civilServantCount) && d.creditFileCoverage < COVERAGE_TARGET.target)
      push('COVERAGE_BELOW_TARGET', d.id, d.id, {
        figure: d.creditFileCoverage.toFixed(4),
        threshold: String(COVERAGE_TARGET.target),
        since: null,
      });
  }
  /** A credit deadline missed: overdue from the day after it. */
  const missedDeadline = (kind: SourcedKind, department: string | null, id: string, deadline: string) =>
    push(kind, department, id, {
      figure: deadline,
      threshold: deadline,
      since: addDays(deadline, 1),
    });
  for (const o of a.overdueObjections)
    // acceptance missed, or once accepted the decision: then on the department that accepted it (the decision is
    // theirs, as the score counts it); before, on no one department — the county credit office as a whole, any of
    // whose departments may accept it — and never on the department the record is about, which may not handle it
    missedDeadline(
      'OBJECTION_OVERDUE',
      o.acceptingDepartment?.id ?? null,
      o.id,
      o.acceptedOn ? o.decisionDeadline : o.acceptDeadline,
    );
  for (const r of a.overdueRepairs)
    // on the department that must decide it (谁认定谁修复); none when the county credit office decides it — never
    // the department whose record it is, which does not decide its own repair
    missedDeadline('REPAIR_OVERDUE', r.decidingDepartment?.id ?? null, r.id, r.decisionDeadline);
  const townOf = new Map(a.departments.filter((d) => d.kind === 'TOWN_GOVERNMENT').map((d) => [d.region.code, d.id]));
  for (const r of a.regions) {
    const level = r.debtRisk?.level;
    const department = r.level === 'TOWN' ? (townOf.get(r.code) ?? null) : fiscal;
    const year = today.slice(0, 4);
    // a missed payment must be graded and responded to as an incident (国办函〔2016〕88号 3.4, 4.2), rated or not
    const defaults = r.debtRisk?.defaultsWithoutIncident ?? 0;
    if (defaults > 0)
      push('DEFAULT_WITHOUT_INCIDENT', department, `${r.code}/${year}`, {
        figure: String(defaults),
        threshold: '0',
        since: null,
      });
    if (!level) continue;
    if (level === 'ORANGE' || level === 'RED')
      push(level === 'RED' ? 'DEBT_RED' : 'DEBT_ORANGE', department, `${r.code}/${year}`, {
        figure: level,
        threshold: level,
        since: null,
      });
    // every county-level government keeps a plan, whatever its band (国办函〔2016〕88号); RED has its own kind
    if (level !== 'RED' && r.debtRisk?.missingEmergencyPlan)
      push('EMERGENCY_PLAN_MISSING', department, `${r.code}/${year}`, {
        figure: level,
        threshold: level,
        since: null,
      });
    if (level === 'RED' && r.debtRisk?.missingEmergencyPlan)
      push('RED_WITHOUT_PLAN', department, `${r.code}/${year}`, {
        figure: 'RED',
        threshold: 'RED',
        since: null,
      });
  }
  if (a.ppp && Number(a.ppp.generalBudgetExpenditure) > 0) {
    const ratio = Number(a.ppp.committed) / Number(a.ppp.generalBudgetExpenditure);
    const kind = pppKind(a.ppp.committed, a.ppp.generalBudgetExpenditure);
    if (kind)
      push(kind, fiscal, today.slice(0, 4), {
        figure: ratio.toFixed(4),
        threshold: String(kind === 'PPP_CAP_EXCEEDED' ? PPP_THRESHOLDS.cap : PPP_THRESHOLDS.warningLine),
        since: null,
      });
  }
  const next = Number(today.slice(0, 4)) + 1;
  // this year's arrangement missing (from 1 January on), and from 1 December next year's too
  if (!a.thisYearCalendarLoaded)
    push('CALENDAR_MISSING', null, today.slice(0, 4), {
      figure: '0',
      threshold: '1',
      since: `${today.slice(0, 4)}-01-01`,
    });
  if (today.slice(5, 7) === '12' && !a.nextYearCalendarLoaded)
    push('CALENDAR_MISSING', null, String(next), {
      figure: '0',
      threshold: '1',
      since: `${today.slice(0, 4)}-12-01`,
    });
  return signals;
}
