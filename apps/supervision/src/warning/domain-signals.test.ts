import { describe, expect, it } from 'vitest';
import { DELIVERY_STUCK_MINUTES } from '@integrity/rules';
import { deliverySignals, domainSignals, unknownDeliveryKeys, type SignalAnswers } from './domain-signals.js';
import { kindsOf, pppKind, WARNING_KINDS, WARNING_SOURCES } from './warning-kinds.js';

const department = (
  over: Partial<SignalAnswers['departments'][number]> = {},
): SignalAnswers['departments'][number] => ({
  id: 'd1',
  kind: 'COUNTY_DEPARTMENT',
  countyWideDomains: [],
  region: { code: '445122' },
  civilServantCount: 10,
  creditFileCoverage: 1,
  overduePaymentCount: 0,
  overduePaymentAmount: '0.00',
  overdueCommitmentCount: 0,
  breachedCommitmentCount: 0,
  overdueCaseCount: 0,
  unfulfilledJudgmentCount: 0,
  courtAppearanceRate: null,
  ...over,
});
const answers = (over: Partial<SignalAnswers> = {}): SignalAnswers => ({
  departments: [department(), department({ id: 'czj', countyWideDomains: ['DEBT'] })],
  overdueObjections: [],
  overdueRepairs: [],
  regions: [],
  nextYearCalendarLoaded: true,
  thisYearCalendarLoaded: true,
  ppp: null,
  ...over,
});
const kinds = (a: SignalAnswers, today = '2026-11-15') => domainSignals(a, today).map((s) => s.kind);

describe('warning causes from the other domains', () => {
  it('warns on PPP obligations above 7% of the budget expenditure and above the 10% cap, to the fen', () => {
    // of ¥1,000,000.00: exactly 7% is not above the line, a fen more is; exactly 10% is within the cap
    expect(pppKind('70000.00', '1000000.00')).toBeNull();
    expect(pppKind('70000.01', '1000000.00')).toBe('PPP_CAP_NEAR');
    expect(pppKind('100000.00', '1000000.00')).toBe('PPP_CAP_NEAR');
    expect(pppKind('100000.01', '1000000.00')).toBe('PPP_CAP_EXCEEDED');
    const signal = domainSignals(
      answers({ ppp: { generalBudgetExpenditure: '1000.00', committed: '70.01' } }),
      '2026-11-15',
    );
    expect(signal).toEqual([expect.objectContaining({ kind: 'PPP_CAP_NEAR', departmentId: 'czj', figure: '0.0700' })]);
    expect(
      domainSignals(answers({ ppp: { generalBudgetExpenditure: '1000.00', committed: '70.00' } }), '2026-11-15'),
    ).toEqual([]);
  });

  it('warns on coverage below 100% only where there are civil servants, and on each domain figure above zero', () => {
    expect(kinds(answers({ departments: [department({ creditFileCoverage: 0.999 })] }))).toEqual([
      'COVERAGE_BELOW_TARGET',
    ]);
    expect(kinds(answers({ departments: [department({ civilServantCount: 0, creditFileCoverage: 0 })] }))).toEqual([]);
    expect(
      kinds(
        answers({
          departments: [department({ overduePaymentCount: 1, overdueCommitmentCount: 2, breachedCommitmentCount: 1 })],
        }),
      ),
    ).toEqual(['PAYMENT_OVERDUE', 'COMMITMENT_OVERDUE', 'COMMITMENT_BREACHED']);
  });

  it('warns on casework: cases overdue, judgments unfulfilled, the head absent from a hearing this year', () => {
    expect(
      kinds(
        answers({
          departments: [department({ overdueCaseCount: 2, unfulfilledJudgmentCount: 1, courtAppearanceRate: 0.5 })],
        }),
      ),
    ).toEqual(['CASE_OVERDUE', 'JUDGMENT_UNFULFILLED', 'COURT_APPEARANCE_LOW']);
    expect(kinds(answers({ departments: [department({ courtAppearanceRate: 1 })] }))).toEqual([]);
    expect(kinds(answers({ departments: [department({ courtAppearanceRate: null })] }))).toEqual([]);
  });

  it('warns county-wide of a sender whose oldest fact due has waited past DELIVERY_STUCK_MINUTES, not at it', () => {
    const limit = DELIVERY_STUCK_MINUTES * 60_000;
    const now = Date.parse('2026-11-15T04:00:00.000Z'); // noon in the county
    const outbox = (sender: string, due: number, waitedMs: number, known = true) => ({
      sender,
      backlog: known
        ? { undelivered: due + 1, heldBack: 1, oldestSince: new Date(now - waitedMs).toISOString() }
        : null,
    });
    const outboxes = [
      outbox('procurement', 2, limit + 1),
      outbox('investment', 1, limit),
      outbox('credit', 0, 10 * limit), // nothing due: a held-back message is not late
      outbox('casework', 3, 10 * limit, false), // did not answer: not judged
    ];
    expect(deliverySignals(outboxes, now)).toEqual([
      {
        kind: 'DELIVERY_STUCK',
        departmentId: null,
        sourceKey: 'procurement',
        figure: String(DELIVERY_STUCK_MINUTES),
        threshold: String(DELIVERY_STUCK_MINUTES),
        since: '2026-11-15',
        source: 'procurement',
        link: '/system/delivery',
      },
    ]);
    expect(unknownDeliveryKeys(outboxes)).toEqual([{ kind: 'DELIVERY_STUCK', sourceKey: 'casework' }]);
  });

  it('dates an overdue objection from the day after the deadline it missed', () => {
    const [s] = domainSignals(
      answers({
        overdueObjections: [
          {
            id: 'o1',
            acceptDeadline: '2026-11-02',
            decisionDeadline: '2026-11-20',
            acceptedOn: null,
            acceptingDepartment: null,
            record: { department: { id: 'd1' } },
          },
        ],
      }),
      '2026-11-15',
    );
    // not yet accepted: the county credit office's as a whole, not the department whose record it is
    expect(s).toMatchObject({ kind: 'OBJECTION_OVERDUE', departmentId: null, since: '2026-11-03' });
  });

  it('puts an accepted objection’s missed decision on the department that accepted it', () => {
    const [s] = domainSignals(
      answers({
        overdueObjections: [
          {
            id: 'o2',
            acceptDeadline: '2026-11-02',
            decisionDeadline: '2026-11-13',
            acceptedOn: '2026-10-30',
            acceptingDepartment: { id: 'fgj' },
            record: { department: { id: 'd1' } },
          },
        ],
      }),
      '2026-11-15',
    );
    expect(s).toMatchObject({ kind: 'OBJECTION_OVERDUE', departmentId: 'fgj', since: '2026-11-14' });
  });

  it('puts an overdue repair on the department that must decide it (谁认定谁修复), else on the county credit office', () => {
    const repair = (decider: string | null) => ({
      id: `r-${decider}`,
      decisionDeadline: '2026-11-10',
      decidingDepartment: decider ? { id: decider } : null,
    });
    const s = domainSignals(answers({ overdueRepairs: [repair('fgj'), repair(null)] }), '2026-11-15');
    expect(s.map((x) => [x.kind, x.departmentId, x.since])).toEqual([
      ['REPAIR_OVERDUE', 'fgj', '2026-11-11'],
      ['REPAIR_OVERDUE', null, '2026-11-11'],
    ]);
  });

  it('names ORANGE and RED regions, RED without a plan, and the missing calendar only in December', () => {
    const regions: SignalAnswers['regions'] = [
      {
        code: '445122',
        level: 'COUNTY',
        debtRisk: { level: 'ORANGE', missingEmergencyPlan: false, defaultsWithoutIncident: 0 },
      },
      {
        code: '445122101',
        level: 'TOWN',
        debtRisk: { level: 'RED', missingEmergencyPlan: true, defaultsWithoutIncident: 0 },
      },
      // a county below RED without its plan: its own kind, on the finance bureau
      {
        code: '445102',
        level: 'COUNTY',
        debtRisk: { level: 'GREEN', missingEmergencyPlan: true, defaultsWithoutIncident: 0 },
      },
    ];
    const town = department({ id: 'town', kind: 'TOWN_GOVERNMENT', region: { code: '445122101' } });
    const signals = domainSignals(
      answers({ regions, departments: [town, department({ id: 'czj', countyWideDomains: ['DEBT'] })] }),
      '2026-11-30',
    );
    expect(signals.map((s) => [s.kind, s.departmentId])).toEqual([
      ['DEBT_ORANGE', 'czj'],
      ['DEBT_RED', 'town'],
      ['RED_WITHOUT_PLAN', 'town'],
      ['EMERGENCY_PLAN_MISSING', 'czj'],
    ]);
    expect(kinds(answers({ nextYearCalendarLoaded: false }), '2026-11-30')).toEqual([]);
    expect(kinds(answers({ nextYearCalendarLoaded: false }), '2026-12-01')).toEqual(['CALENDAR_MISSING']);
    // in January with this year still missing: warned too, about this year
    const january = domainSignals(answers({ thisYearCalendarLoaded: false }), '2027-01-04');
    expect(january.map((s) => [s.kind, s.sourceKey, s.since])).toEqual([['CALENDAR_MISSING', '2027', '2027-01-01']]);
  });

  it('warns of defaults with no incident recorded, per region concerned, from one on (国办函〔2016〕88号)', () => {
    const risk = (defaultsWithoutIncident: number, level: string | null = null) => ({
      level,
      missingEmergencyPlan: false,
      defaultsWithoutIncident,
    });
    const regions: SignalAnswers['regions'] = [
      { code: '445122', level: 'COUNTY', debtRisk: risk(2, 'GREEN') },
      // a town is not rated (no band) but its defaults still warn, on the town government
      { code: '445122101', level: 'TOWN', debtRisk: risk(1) },
      { code: '445122102', level: 'TOWN', debtRisk: risk(0) },
      { code: '445122103', level: 'TOWN', debtRisk: null },
    ];
    const town = department({ id: 'town', kind: 'TOWN_GOVERNMENT', region: { code: '445122101' } });
    const signals = domainSignals(
      answers({ regions, departments: [town, department({ id: 'czj', countyWideDomains: ['DEBT'] })] }),
      '2026-11-30',
    );
    expect(signals.map((s) => [s.kind, s.departmentId, s.sourceKey, s.figure, s.source, s.link])).toEqual([
      ['DEFAULT_WITHOUT_INCIDENT', 'czj', '445122/2026', '2', 'debt', '/debt'],
      ['DEFAULT_WITHOUT_INCIDENT', 'town', '445122101/2026', '1', 'debt', '/debt'],
    ]);
  });

  it('names for every kind but DELIVERY_STUCK the one domain whose silence leaves it as it is', () => {
    const sources = ['credit', 'procurement', 'investment', 'debt', 'casework', 'supervision'] as const;
    expect(sources.flatMap(kindsOf).sort()).toEqual(WARNING_KINDS.filter((k) => k !== 'DELIVERY_STUCK').sort());
    expect(kindsOf('credit')).toEqual([
      'OBJECTION_OVERDUE',
      'REPAIR_OVERDUE',
      'COVERAGE_BELOW_TARGET',
      'CALENDAR_MISSING',
    ]);
    // a signal names its kind's domain
    const signals = domainSignals(
      answers({ departments: [department({ overduePaymentCount: 1, overdueCaseCount: 2, creditFileCoverage: 0.5 })] }),
      '2026-11-15',
    );
    expect(signals.map((x) => [x.kind, x.source])).toEqual(
      signals.map((x) => [x.kind, WARNING_SOURCES[x.kind as keyof typeof WARNING_SOURCES]]),
    );
    expect(signals.map((x) => x.source).sort()).toEqual(['casework', 'credit', 'procurement']);
  });
});
