// The whole committed supergraph on MySQL: every subgraph, the gateway serving supergraph.graphql as
// committed, the leaders' one-query picture and the one workflow that crosses subgraphs at write time
// (a bid checked against the credit subgraph).
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { demoDepartments, demoEnterprises } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { subgraph as supervision } from '@integrity/supervision';
import { addDays, addYears, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../src/paths.js';

const mysql = await mysqlStatus();

const DASHBOARD = `query Dashboard($pageSize: Int!, $year: Int!) {
  creditCoverage { total withFile ratio }
  departments(pageSize: $pageSize) {
    total
    items {
      id name region { name }
      civilServantCount creditFileCoverage activeDishonestyRecordCount honorEligibility { eligible reasons }
      overduePaymentCount overduePaymentAmount breachCount
      overdueCommitmentCount commitmentFulfilmentRate
      overdueCaseCount caseSatisfactionRate unfulfilledJudgmentCount courtAppearanceRate
    }
  }
  regions { code name debtRisk(year: $year) { debtBalance debtRatio debtServiceRatio overdueRatio level } }
}`;

interface Dashboard {
  creditCoverage: { total: number; withFile: number; ratio: number };
  departments: { total: number; items: Record<string, unknown>[] };
  regions: { code: string; debtRisk: { level: string } | null }[];
}

describe.skipIf(!mysql.ok)(
  `the committed supergraph with every subgraph on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;

    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      });
    }, 120_000);
    afterAll(() => stack?.close());

    it('gives a leader the whole county in one query, at a cost that does not grow with the departments listed', async () => {
      const leader = await stack.login('leader');
      const year = Number(today().slice(0, 4));
      stack.resetSqlCount();
      const small = await stack.graphql<Dashboard>(DASHBOARD, { pageSize: 5, year }, leader);
      const smallCount = stack.sqlCount();
      expect(small.errors).toBeUndefined();
      stack.resetSqlCount();
      const large = await stack.graphql<Dashboard>(DASHBOARD, { pageSize: 50, year }, leader);
      const largeCount = stack.sqlCount();
      expect(large.errors).toBeUndefined();
      expect(large.data!.departments.items).toHaveLength(50);
      expect(largeCount).toBe(smallCount);
      // directory 3 (the page with its total, regions, department regions), credit 6, procurement 2, investment 1,
      // debt 7 (the band's four: issued and repaid per year, resources, stock plans; and for the service and overdue
      // ratios the rows of instruments, schedule and repayments), casework 4 (one per figure)
      expect(largeCount).toBe(23);
      expect(large.data!.creditCoverage.total).toBeGreaterThan(1000);
      expect(large.data!.regions.some((r) => r.debtRisk && r.debtRisk.level !== 'GREEN')).toBe(true);
      expect(large.data!.departments.items.some((d) => (d.overduePaymentCount as number) > 0)).toBe(true);
      expect(large.data!.departments.items.some((d) => (d.overdueCommitmentCount as number) > 0)).toBe(true);
    });

    it('refuses a bid from an enterprise the credit subgraph has just put on the dishonesty list', async () => {
      const fgj = await stack.login('fgj');
      const czj = await stack.login('czj');
      const supplier = demoEnterprises[demoEnterprises.length - 1]!;
      const clean = await stack.graphql<{ enterprise: { restricted: boolean } }>(
        'query ($u: String!) { enterprise(uscc: $u) { restricted } }',
        { u: supplier.uscc },
        fgj,
      );
      expect(clean.errors).toBeUndefined();
      const wasRestricted = clean.data!.enterprise.restricted;

      const decided = addDays(today(), -1);
      const record = await stack.graphql(
        `mutation ($input: AddCreditRecordInput!) { addCreditRecord(input: $input) { id status } }`,
        {
          input: {
            subjectType: 'ENTERPRISE',
            subjectId: supplier.uscc,
            category: 'ADMINISTRATIVE_PENALTY',
            severity: 'SERIOUS',
            documentNumber: '饶发改罚〔2026〕99号',
            authority: '饶平县发展和改革局',
            decisionDate: decided,
            publish: true,
            publicityEnd: addYears(decided, 2),
          },
        },
        fgj,
      );
      expect(record.errors).toBeUndefined();
      const now = await stack.graphql<{ enterprise: { restricted: boolean } }>(
        'query ($u: String!) { enterprise(uscc: $u) { restricted } }',
        { u: supplier.uscc },
        fgj,
      );
      expect(now.data!.enterprise.restricted).toBe(true);

      const czf = demoDepartments.find((d) => d.name === '饶平县财政局')!;
      const project = await stack.graphql<{ createProcurementProject: { id: string } }>(
        `mutation ($input: CreateProcurementProjectInput!) { createProcurementProject(input: $input) { id } }`,
        {
          input: {
            purchaserId: czf.id,
            title: '办公设备采购（联调）',
            category: 'GOODS',
            method: 'OPEN',
            budget: '120000.00',
          },
        },
        czj,
      );
      expect(project.errors).toBeUndefined();
      const id = project.data!.createProcurementProject.id;
      const tendering = await stack.graphql(
        `mutation ($id: ID!) { transitionProcurementProject(id: $id, to: TENDERING) { status } }`,
        { id },
        czj,
      );
      expect(tendering.errors).toBeUndefined();
      const bid = await stack.graphql(
        `mutation ($id: ID!, $u: String!) { submitBid(projectId: $id, supplierUscc: $u, amount: "99000.00") { id } }`,
        { id, u: supplier.uscc },
        czj,
      );
      expect(errorCode(bid)).toBe('SUPPLIER_RESTRICTED');
      expect(wasRestricted).toBe(false);
      const detail = await stack.graphql<{ procurementProject: { bids: unknown[] } }>(
        `query ($id: ID!) { procurementProject(id: $id) { bids { id } } }`,
        { id },
        czj,
      );
      expect(detail.data!.procurementProject.bids).toHaveLength(0);
    });
  },
);
