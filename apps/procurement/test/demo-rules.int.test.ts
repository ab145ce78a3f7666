// The demo county holds no state the rules forbid (issue 15): walked table by table in procurement's own
// database, one rule a query, each returning the rows that break it.
import {
  GOODS_ONLY_METHODS,
  OPEN_TENDER_THRESHOLD,
  milestoneDueDates,
  PPP_MECHANISM_LINE,
  type DueBasis,
  type EnterpriseSize,
} from '@integrity/rules';
import { demoProcurementSubjects } from '@integrity/demo-data';
import { today } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { subgraph as directory } from '@integrity/directory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as procurement } from '../src/index.js';
import { fakeCreditSubgraph } from './fixtures/fake-credit.subgraph.js';

const mysql = await mysqlStatus();

/** Each rule, as the rows that break it (none may). */
const RULES: Record<string, string> = {
  'only goods are bought by 询价 (政府采购法第三十二条)': `SELECT id FROM procurement_project
    WHERE category <> 'GOODS' AND method IN (${GOODS_ONLY_METHODS.map((m) => `'${m}'`).join(', ')})`,
  'goods and services from the open-tender threshold on by 公开招标, or with their approval (政府采购法第二十七条)': `SELECT id
    FROM procurement_project WHERE category <> 'WORKS' AND method <> 'OPEN'
      AND budget >= ${OPEN_TENDER_THRESHOLD.fen} AND non_open_approval IS NULL`,
  'no contract signed after today, no payment before its contract': `SELECT id FROM contract WHERE signed_on > :today
    UNION ALL SELECT p.id FROM milestone_payment p JOIN payment_milestone m ON m.id = p.milestone_id
      JOIN contract c ON c.id = m.contract_id WHERE p.paid_on < c.signed_on`,
  'no payment dated after today': `SELECT id FROM milestone_payment WHERE paid_on > :today
    UNION ALL SELECT id FROM ppp_obligation_payment WHERE paid_on > :today
    UNION ALL SELECT id FROM payment_milestone WHERE paid_on > :today`,
  'a milestone’s payments add up to what it has been paid': `SELECT m.id FROM payment_milestone m
    LEFT JOIN (SELECT milestone_id, SUM(amount) AS s FROM milestone_payment GROUP BY milestone_id) p ON p.milestone_id = m.id
    WHERE COALESCE(p.s, 0) <> m.paid_amount`,
  'an obligation’s payments add up to what it has been paid': `SELECT o.id FROM ppp_obligation o
    LEFT JOIN (SELECT obligation_id, SUM(amount) AS s FROM ppp_obligation_payment GROUP BY obligation_id) p ON p.obligation_id = o.id
    WHERE COALESCE(p.s, 0) <> o.paid_amount`,
  'nothing paid beyond what is due': `SELECT id FROM payment_milestone WHERE paid_amount > amount
    UNION ALL SELECT id FROM ppp_obligation WHERE paid_amount > amount`,
  'a milestone paid in full says when': `SELECT id FROM payment_milestone WHERE paid_amount >= amount AND paid_on IS NULL`,
  'no project closed while its supplier is owed': `SELECT p.id FROM procurement_project p
    JOIN contract c ON c.project_id = p.id JOIN payment_milestone m ON m.contract_id = c.id
    WHERE p.status = 'CLOSED' AND m.paid_amount < m.amount`,
  'a contract within its budget, its milestones adding up to it, none due before signing': `SELECT c.id FROM contract c
    JOIN procurement_project p ON p.id = c.project_id
    JOIN (SELECT contract_id, SUM(amount) AS s, MIN(due_date) AS first_due FROM payment_milestone GROUP BY contract_id) m
      ON m.contract_id = c.id
    WHERE c.amount > p.budget OR m.s <> c.amount OR m.first_due < c.signed_on`,
  'an SME is paid within 60 days of delivery or passed acceptance (保障中小企业款项支付条例第九条)': `SELECT m.id
    FROM payment_milestone m JOIN contract c ON c.id = m.contract_id
    WHERE c.supplier_size IN ('MEDIUM', 'SMALL', 'MICRO') AND m.due_basis <> 'FIXED_DATE' AND m.term_days > 60`,
  'nothing owed to an SME falls due later than 60 days after delivery, or passed acceptance where agreed': `SELECT m.id
    FROM payment_milestone m JOIN contract c ON c.id = m.contract_id
    WHERE c.supplier_size IN ('MEDIUM', 'SMALL', 'MICRO') AND m.due_basis = 'FIXED_DATE' AND (
      (c.delivered_on IS NOT NULL AND m.due_date > DATE_FORMAT(c.delivered_on + INTERVAL 60 DAY, '%Y-%m-%d')
        AND NOT EXISTS (SELECT 1 FROM payment_milestone a WHERE a.contract_id = c.id AND a.due_basis = 'ACCEPTANCE'))
      OR (c.acceptance_result = 'PASSED' AND m.due_date > DATE_FORMAT(c.accepted_on + INTERVAL 60 DAY, '%Y-%m-%d')))`,
  'a passed acceptance follows signing and a delivery, which it implies': `SELECT id FROM contract
    WHERE accepted_on < signed_on
      OR (acceptance_result = 'PASSED' AND (delivered_on IS NULL OR accepted_on < delivered_on))`,
  'a milestone has a due date exactly when its basis is known': `SELECT m.id FROM payment_milestone m
    JOIN contract c ON c.id = m.contract_id
    WHERE (m.due_basis = 'FIXED_DATE' AND (m.due_date IS NULL OR m.term_days IS NOT NULL))
      OR (m.due_basis = 'DELIVERY' AND (c.delivered_on IS NULL) <> (m.due_date IS NULL))
      OR (m.due_basis = 'ACCEPTANCE' AND (c.acceptance_result <=> 'PASSED') AND m.due_date IS NULL)
      OR (m.due_basis = 'ACCEPTANCE' AND NOT (c.acceptance_result <=> 'PASSED') AND m.due_date IS NOT NULL
        AND (c.acceptance_period_days IS NULL OR c.delivered_on IS NULL))`,
  'every acceptance is kept, the contract showing the latest': `SELECT c.id FROM contract c
    LEFT JOIN acceptance_attempt a ON a.contract_id = c.id
      AND NOT EXISTS (SELECT 1 FROM acceptance_attempt b WHERE b.contract_id = c.id AND b.accepted_on > a.accepted_on)
    WHERE (c.accepted_on IS NULL) <> (a.id IS NULL)
      OR (a.id IS NOT NULL AND (a.accepted_on <> c.accepted_on OR a.result <> c.acceptance_result))`,
  'a fixed date was agreed, and is never due later than agreed': `SELECT id FROM payment_milestone
    WHERE (due_basis = 'FIXED_DATE') <> (agreed_due_date IS NOT NULL) OR due_date > agreed_due_date`,
  'an SME paid on passed acceptance has an agreed acceptance period (条例第十条)': `SELECT DISTINCT c.id FROM contract c
    JOIN payment_milestone m ON m.contract_id = c.id
    WHERE c.supplier_size IN ('MEDIUM', 'SMALL', 'MICRO') AND m.due_basis = 'ACCEPTANCE' AND c.acceptance_period_days IS NULL`,
  'a contract’s size is recorded and an agreed late rate is not below the LPR at signing': `SELECT id FROM contract
    WHERE supplier_size NOT IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO', 'UNKNOWN')
      OR (late_rate_bp IS NOT NULL AND (lpr_bp IS NULL OR late_rate_bp < lpr_bp))`,
  'obligations only for projects begun before the 2023 mechanism': `SELECT o.id FROM ppp_obligation o
    JOIN ppp_project p ON p.id = o.project_id WHERE p.mechanism <> 'PRE_2023'`,
  'a PRE_2023 project completed its partner procurement before February 2023 (国办函〔2023〕115号)': `SELECT id
    FROM ppp_project WHERE mechanism = 'PRE_2023'
      AND (procurement_completed_on IS NULL OR procurement_completed_on >= '${PPP_MECHANISM_LINE.completedBefore}')`,
  'a PPP partner only from the procurement phase on': `SELECT id FROM ppp_project
    WHERE partner_uscc IS NOT NULL AND phase = 'PREPARATION'`,
  'a region’s PPP obligations of a year within 10% of its expenditure': `SELECT o.region_code FROM ppp_obligation o
    LEFT JOIN ppp_fiscal_capacity f ON f.region_code = o.region_code AND f.year = o.year
    GROUP BY o.region_code, o.year, f.general_budget_expenditure
    HAVING f.general_budget_expenditure IS NULL OR SUM(o.amount) * 100 > f.general_budget_expenditure * 10`,
};

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `procurement's demo data against its rules on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, procurement, fakeCreditSubgraph] });
    }, 180_000);
    afterAll(() => stack?.close());

    it('every due date is the one the payment rules give for its contract’s facts (条例第九条, 第十条)', async () => {
      const ds = stack.subgraphs.procurement!.dataSource;
      const [contracts, milestones, attempts] = (await Promise.all([
        ds.query('SELECT id, supplier_size, delivered_on, acceptance_period_days FROM contract'),
        ds.query(
          'SELECT contract_id, due_date, agreed_due_date, due_basis, term_days FROM payment_milestone ORDER BY contract_id, seq',
        ),
        ds.query('SELECT contract_id, accepted_on, result FROM acceptance_attempt ORDER BY contract_id, accepted_on'),
      ])) as Record<string, string | number | null>[][];
      const wrong = contracts!.flatMap((c) => {
        const own = milestones!.filter((m) => m.contract_id === c.id);
        const due = milestoneDueDates(
          {
            supplierSize: c.supplier_size as EnterpriseSize,
            deliveredOn: c.delivered_on as string | null,
            acceptancePeriodDays: c.acceptance_period_days === null ? null : Number(c.acceptance_period_days),
            attempts: attempts!
              .filter((a) => a.contract_id === c.id)
              .map((a) => ({ on: a.accepted_on as string, passed: a.result === 'PASSED' })),
          },
          own.map((m) => ({
            dueBasis: m.due_basis as DueBasis,
            agreedDueDate: m.agreed_due_date as string | null,
            termDays: m.term_days === null ? null : Number(m.term_days),
          })),
        );
        return own.some((m, i) => m.due_date !== due[i]) ? [c.id] : [];
      });
      expect(contracts!.length).toBeGreaterThan(50);
      expect(wrong).toEqual([]);
    });

    it('every project buys what its category says: its title names goods, works or services of that category', async () => {
      const projects = (await stack.subgraphs.procurement!.dataSource.query(
        'SELECT title, category FROM procurement_project',
      )) as { title: string; category: string }[];
      const wrong = projects.filter(
        (p) => !demoProcurementSubjects.some((s) => s.category === p.category && p.title.includes(`${s.name}采购项目`)),
      );
      expect(projects.length).toBeGreaterThan(200);
      expect(new Set(projects.map((p) => p.category))).toEqual(new Set(['GOODS', 'WORKS', 'SERVICES']));
      expect(wrong).toEqual([]);
    });

    it('numbers every project within the year it was registered, without gaps or repeats', async () => {
      const projects = (await stack.subgraphs.procurement!.dataSource.query(
        'SELECT title, created_at FROM procurement_project ORDER BY created_at, id',
      )) as { title: string; created_at: string }[];
      const seen = new Map<string, number>();
      const wrong = projects.filter((p) => {
        const year = p.created_at.slice(0, 4);
        seen.set(year, (seen.get(year) ?? 0) + 1);
        return !p.title.endsWith(`（${year}-${String(seen.get(year)).padStart(3, '0')}）`);
      });
      expect(projects.length).toBeGreaterThan(200);
      expect(wrong).toEqual([]);
    });

    it.each(Object.keys(RULES))('%s', async (rule) => {
      const sql = RULES[rule]!.replaceAll(':today', '?');
      const args = Array.from({ length: (RULES[rule]!.match(/:today/g) ?? []).length }, () => today());
      expect(await stack.subgraphs.procurement!.dataSource.query(sql, args)).toEqual([]);
    });
  },
);
