// The other domains' figures a sweep reads through the gateway with supervision's service credential (their
// figures, never their tables), one request per owning domain: a domain that does not answer leaves the warnings
// of its kinds as they are, while every other domain's are judged. Before, one query read every domain, so a
// credit outage stopped every warning, DELIVERY_STUCK included (facts piling up for credit are what it is for).
import { calendarsFor, queryGateway, type ServiceCaller } from '@integrity/subgraph-kit';
import type { SignalAnswers } from './domain-signals.js';
import { kindsOf, type SourcedKind, type WarningSource } from './warning-kinds.js';

type Department = SignalAnswers['departments'][number];
type Figures = Omit<Department, 'id' | 'kind' | 'countyWideDomains' | 'region'>;

const PAGE_SIZE = 200;

/** The departments and regions themselves (directory): without them nothing can be judged. */
export const DIRECTORY_QUERY = `query WarningDepartments($page: Int!) {
  departments(page: $page, pageSize: ${PAGE_SIZE}) { total items { id kind countyWideDomains region { code } } }
  regions { code level }
}`;

/**
 * Each domain's figures per department, and what a department shows while its domain did not answer: nothing
 * to warn about (its warnings are then left as they are, not resolved).
 */
const FIGURES: Record<
  'procurement' | 'investment' | 'casework' | 'credit',
  { fields: string; none: Partial<Figures> }
> = {
  procurement: {
    fields: 'overduePaymentCount overduePaymentAmount',
    none: { overduePaymentCount: 0, overduePaymentAmount: '0.00' },
  },
  investment: {
    fields: 'overdueCommitmentCount breachedCommitmentCount',
    none: { overdueCommitmentCount: 0, breachedCommitmentCount: 0 },
  },
  casework: {
    fields: 'overdueCaseCount unfulfilledJudgmentCount courtAppearanceRate',
    none: { overdueCaseCount: 0, unfulfilledJudgmentCount: 0, courtAppearanceRate: null },
  },
  credit: { fields: 'civilServantCount creditFileCoverage', none: { civilServantCount: 0, creditFileCoverage: 1 } },
};

export const figuresQuery = (source: keyof typeof FIGURES) =>
  `query WarningFigures($page: Int!) { departments(page: $page, pageSize: ${PAGE_SIZE}) { items { id ${FIGURES[source].fields} } } }`;

export const CREDIT_DEADLINES_QUERY = `query WarningCreditDeadlines($page: Int!) {
  overdueObjections(page: $page, pageSize: ${PAGE_SIZE}) {
    total
    items { id acceptDeadline decisionDeadline acceptedOn acceptingDepartment { id } record { department { id } } }
  }
  overdueRepairs(page: $page, pageSize: ${PAGE_SIZE}) {
    total
    items { id decisionDeadline decidingDepartment { id } }
  }
}`;

type Deadlines = {
  overdueObjections: { total: number; items: SignalAnswers['overdueObjections'] };
  overdueRepairs: { total: number; items: SignalAnswers['overdueRepairs'] };
};

/** Every overdue objection and repair, page by page (beyond the first 200, the score counted what no warning named). */
async function overdueCreditDeadlines(caller: ServiceCaller) {
  const objections: SignalAnswers['overdueObjections'] = [];
  const repairs: SignalAnswers['overdueRepairs'] = [];
  let totals: string | null = null;
  for (let page = 1; ; page += 1) {
    const answer = await queryGateway<Deadlines>(caller, { query: CREDIT_DEADLINES_QUERY, variables: { page } });
    // a list that moved between two pages may have skipped a cause: not judged this time (credit unknown)
    const now = `${answer.overdueObjections.total}/${answer.overdueRepairs.total}`;
    if (totals !== null && totals !== now) throw new Error('overdue objections or repairs changed while paging');
    totals = now;
    objections.push(...answer.overdueObjections.items);
    repairs.push(...answer.overdueRepairs.items);
    const more = page * PAGE_SIZE < Math.max(answer.overdueObjections.total, answer.overdueRepairs.total);
    if (!more || !(answer.overdueObjections.items.length + answer.overdueRepairs.items.length)) break;
  }
  return { overdueObjections: objections, overdueRepairs: repairs };
}

export const DEBT_QUERY = `query WarningDebt($year: Int!) {
  regions { code debtRisk(year: $year) { level missingEmergencyPlan defaultsWithoutIncident } }
}`;

export const PPP_QUERY = `query PppSignal($year: Int!, $region: String!) {
  pppFiscalCapacity(year: $year, regionCode: $region) { generalBudgetExpenditure committed }
}`;

/** The answers, and the kinds of the domains that did not answer: their warnings stay as they are. */
export interface SignalRead {
  answers: SignalAnswers;
  unknownKinds: SourcedKind[];
}

/** Every page of a department query (one for a county of up to 200 departments). */
async function departmentPages<T>(caller: ServiceCaller, query: string, total: number): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page === 1 || (page - 1) * PAGE_SIZE < total; page += 1)
    items.push(
      ...(await queryGateway<{ departments: { items: T[] } }>(caller, { query, variables: { page } })).departments
        .items,
    );
  return items;
}

/**
 * Ask the gateway: the directory first (it failing fails the sweep: nothing changes), then every domain at once,
 * each apart. A domain that fails is unknown; its figures read as "nothing to warn about".
 */
export async function fetchSignalAnswers(caller: ServiceCaller, today: string): Promise<SignalRead> {
  const year = Number(today.slice(0, 4));
  type Base = { departments: { total: number; items: Department[] }; regions: { code: string; level: string }[] };
  const first = await queryGateway<Base>(caller, { query: DIRECTORY_QUERY, variables: { page: 1 } });
  const bases = [...first.departments.items];
  for (let page = 2; bases.length < first.departments.total; page += 1) {
    const more = await queryGateway<Base>(caller, { query: DIRECTORY_QUERY, variables: { page } });
    if (!more.departments.items.length) break;
    bases.push(...more.departments.items);
  }
  const total = first.departments.total;
  const county = first.regions.find((r) => r.level === 'COUNTY')?.code;
  const unknown: WarningSource[] = [];
  const ask = <T>(source: WarningSource, read: () => Promise<T>): Promise<T | null> =>
    read().catch(() => {
      unknown.push(source);
      return null;
    });
  const figuresOf = (source: keyof typeof FIGURES) =>
    ask(source, () => departmentPages<{ id: string } & Partial<Figures>>(caller, figuresQuery(source), total));
  const [procurement, investment, casework, credit, creditDeadlines, creditCalendars, debt, pppAnswer] =
    await Promise.all([
      figuresOf('procurement'),
      figuresOf('investment'),
      figuresOf('casework'),
      figuresOf('credit'),
      ask('credit', () => overdueCreditDeadlines(caller)),
      // loaded or not as every working-day deadline reads it (the kit's client: a year loaded as a whole)
      ask('credit', () => calendarsFor(caller, [year, year + 1])),
      ask('debt', () =>
        queryGateway<{ regions: { code: string; debtRisk: SignalAnswers['regions'][number]['debtRisk'] }[] }>(caller, {
          query: DEBT_QUERY,
          variables: { year },
        }),
      ),
      county
        ? ask(
            'procurement',
            async () =>
              (
                await queryGateway<{ pppFiscalCapacity: SignalAnswers['ppp'] }>(caller, {
                  query: PPP_QUERY,
                  variables: { year, region: county },
                })
              ).pppFiscalCapacity,
          )
        : null,
    ]);
  // a domain that failed any read is judged on none: what it did answer is not used either
  const known = <T>(source: WarningSource, value: T | null): T | null => (unknown.includes(source) ? null : value);
  const deadlines = known('credit', creditDeadlines);
  const calendars = known('credit', creditCalendars);
  const ppp = known('procurement', pppAnswer);
  const byId = (source: keyof typeof FIGURES, rows: ({ id: string } & Partial<Figures>)[] | null) =>
    new Map((known(source, rows) ?? []).map((r) => [r.id, r]));
  const figures = [
    ['procurement', byId('procurement', procurement)],
    ['investment', byId('investment', investment)],
    ['casework', byId('casework', casework)],
    ['credit', byId('credit', credit)],
  ] as const;
  // a department a domain did not list (unknown, or created between the two reads) has nothing to warn about
  const departments = bases.map((d) =>
    figures.reduce((merged, [source, rows]) => ({ ...merged, ...(rows.get(d.id) ?? FIGURES[source].none) }), d),
  );
  const risks = new Map((debt?.regions ?? []).map((r) => [r.code, r.debtRisk]));
  return {
    answers: {
      departments,
      overdueObjections: deadlines?.overdueObjections ?? [],
      overdueRepairs: deadlines?.overdueRepairs ?? [],
      regions: first.regions.map((r) => ({ ...r, debtRisk: risks.get(r.code) ?? null })),
      // unknown calendars read as loaded: CALENDAR_MISSING is then left as it is
      nextYearCalendarLoaded: calendars ? !!calendars.get(year + 1) : true,
      thisYearCalendarLoaded: calendars ? !!calendars.get(year) : true,
      ppp: ppp ?? null,
    },
    unknownKinds: [...new Set(unknown)].flatMap(kindsOf),
  };
}
