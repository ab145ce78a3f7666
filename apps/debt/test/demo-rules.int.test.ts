// The demo county holds no state the debt rules forbid (issue 15): walked in debt's own database, one rule a
// query, each returning the rows that break it; and through the gateway, no default left without an incident.
import { subgraph as directory } from '@integrity/directory';
import { BORROWING_RULES, today } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as debt } from '../src/index.js';

const mysql = await mysqlStatus();
// towns carry 9- or 12-digit codes (isTownCode)
const TOWN = `(CHAR_LENGTH(region_code) IN (9, 12))`;

/** Each rule, as the rows that break it (none may). */
const RULES: Record<string, string> = {
  'towns do not borrow: no town instrument, limit or resources': `SELECT id FROM debt_instrument WHERE ${TOWN}
    UNION ALL SELECT region_code FROM debt_limit WHERE ${TOWN}
    UNION ALL SELECT region_code FROM fiscal_resources WHERE ${TOWN}`,
  'no loan or other instrument issued from 2015 on': `SELECT id FROM debt_instrument
    WHERE kind IN ('LOAN', 'OTHER') AND issued_on >= '${BORROWING_RULES.directBorrowingEndsOn}'`,
  'every bond says whether it is new or refinancing': `SELECT id FROM debt_instrument
    WHERE kind IN ('GENERAL_BOND', 'SPECIAL_BOND') AND bond_purpose IS NULL`,
  'every borrowing county keeps an emergency plan': `SELECT DISTINCT i.region_code FROM debt_instrument i
    LEFT JOIN emergency_plan p ON p.region_code = i.region_code AND p.adopted_on <= :today
    WHERE p.id IS NULL`,
  'every instrument issued under limits has the approved limit of its issue year': `SELECT i.id
    FROM debt_instrument i LEFT JOIN debt_limit l ON l.region_code = i.region_code AND l.year = YEAR(i.issued_on)
    WHERE i.issued_on >= '${BORROWING_RULES.limitsFrom}' AND l.region_code IS NULL`,
  'each year-end balance within that year’s limit': `SELECT l.region_code, l.year FROM debt_limit l
    WHERE l.amount < (SELECT COALESCE(SUM(i.principal), 0) FROM debt_instrument i
        WHERE i.region_code = l.region_code AND i.issued_on <= CONCAT(l.year, '-12-31'))
      - (SELECT COALESCE(SUM(r.principal), 0) FROM repayment r
        WHERE r.region_code = l.region_code AND r.paid_on <= CONCAT(l.year, '-12-31'))`,
  'the balance on every issue date within that year’s limit (its peak in the year)': `SELECT l.region_code, d.issued_on
    FROM debt_limit l JOIN debt_instrument d ON d.region_code = l.region_code AND d.issued_on LIKE CONCAT(l.year, '-%')
    WHERE l.amount < (SELECT COALESCE(SUM(i.principal), 0) FROM debt_instrument i
        WHERE i.region_code = l.region_code AND i.issued_on <= d.issued_on)
      - (SELECT COALESCE(SUM(r.principal), 0) FROM repayment r
        WHERE r.region_code = l.region_code AND r.paid_on <= d.issued_on)`,
  'no instrument issued after today': 'SELECT id FROM debt_instrument WHERE issued_on > :today',
  'no repayment, reduction or incident dated after today': `SELECT id FROM repayment WHERE paid_on > :today
    UNION ALL SELECT id FROM debt_reduction WHERE reduced_on > :today
    UNION ALL SELECT id FROM debt_incident WHERE occurred_on > :today OR resolved_on > :today`,
  'a plan within its stock, its reductions within the plan’s year and the stock': `SELECT p.region_code
    FROM debt_stock_plan p
    LEFT JOIN (SELECT region_code, year, kind, SUM(amount) AS s FROM debt_reduction GROUP BY region_code, year, kind) r
      ON r.region_code = p.region_code AND r.year = p.year AND r.kind = p.kind
    WHERE p.planned_reduction > p.stock_at_start OR COALESCE(r.s, 0) > p.stock_at_start
    UNION ALL SELECT id FROM debt_reduction WHERE reduced_on NOT LIKE CONCAT(year, '-%')
    UNION ALL SELECT r.id FROM debt_reduction r LEFT JOIN debt_stock_plan p
      ON p.region_code = r.region_code AND p.year = r.year AND p.kind = r.kind WHERE p.region_code IS NULL`,
  'a resolved incident resolved no earlier than it happened': `SELECT id FROM debt_incident
    WHERE resolved_on IS NOT NULL AND resolved_on < occurred_on`,
};

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `debt's demo data against its rules on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, debt] });
    }, 180_000);
    afterAll(() => stack?.close());

    it.each(Object.keys(RULES))('%s', async (rule) => {
      const sql = RULES[rule]!.replaceAll(':today', '?');
      const args = Array.from({ length: (RULES[rule]!.match(/:today/g) ?? []).length }, () => today());
      expect(await stack.subgraphs.debt!.dataSource.query(sql, args)).toEqual([]);
    });

    it('leaves no region with a default not recorded as an incident, nor a county without its plan', async () => {
      const year = Number(today().slice(0, 4));
      const r = await stack.graphql<{
        regions: {
          code: string;
          debtRisk: { defaultsWithoutIncident: number; missingEmergencyPlan: boolean } | null;
        }[];
      }>(
        'query ($y: Int!) { regions { code debtRisk(year: $y) { defaultsWithoutIncident missingEmergencyPlan } } }',
        { y: year },
        await stack.login('leader'),
      );
      expect(r.errors).toBeUndefined();
      const gaps = r.data!.regions.filter(
        (g) => g.debtRisk && (g.debtRisk.defaultsWithoutIncident > 0 || g.debtRisk.missingEmergencyPlan),
      );
      expect(gaps).toEqual([]);
    });

    it('has every town’s arrears plan for last year and this year (a nil one without arrears)', async () => {
      const year = Number(today().slice(0, 4));
      const r = await stack.graphql<{
        regions: { code: string; last: { planRecorded: boolean }; now: { planRecorded: boolean } }[];
      }>(
        `query ($l: Int!, $y: Int!) { regions(parentCode: "445122") { code
          last: debtClearance(year: $l, kind: ARREARS) { planRecorded }
          now: debtClearance(year: $y, kind: ARREARS) { planRecorded } } }`,
        { l: year - 1, y: year },
        await stack.login('leader'),
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.regions.length).toBeGreaterThan(10);
      expect(r.data!.regions.filter((g) => !g.last.planRecorded || !g.now.planRecorded).map((g) => g.code)).toEqual([]);
    });
  },
);
