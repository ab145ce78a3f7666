import { demoDepartmentByCode, demoEnterprises } from '@integrity/demo-data';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as directory } from '@integrity/directory';
import { addDays, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as investment } from '../src/index.js';

const mysql = await mysqlStatus();
const HGZ_DEPT = demoDepartmentByCode('ZF445122100');
const HUANGGANG = '445122100';

describe.skipIf(!mysql.ok)(
  `investment through the gateway on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let hgz: string;
    let jxj: string;
    let leader: string;
    let policyId: string;
    let agreementId: string;

    beforeAll(async () => {
      // credit answers the investor checks at the agreement and at each payment (二.4)
      stack = await startStack({ subgraphs: [directory, credit, investment] });
      [hgz, jxj, leader] = await Promise.all(['hgz', 'jxj', 'leader'].map((u) => stack.login(u)));
    }, 180_000);
    afterAll(() => stack?.close());

    const count = async (table: string) =>
      Number(
        (
          (await stack.subgraphs.investment!.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number }[]
        )[0]!.n,
      );

    it('takes a policy through review: the drafter submits, a county-wide reviewer other than the drafter decides', async () => {
      const created = await stack.graphql<{ createIncentivePolicy: { id: string; status: string } }>(
        'mutation ($i: CreateIncentivePolicyInput!) { createIncentivePolicy(input: $i) { id status } }',
        {
          i: {
            title: '黄冈镇陶瓷企业技改补助办法',
            legalBasis: '《广东省促进中小企业发展条例》',
            text: '第一条 为支持陶瓷企业技术改造，制定本办法。',
          },
        },
        hgz,
      );
      expect(created.data!.createIncentivePolicy.status).toBe('DRAFT');
      policyId = created.data!.createIncentivePolicy.id;
      const early = await stack.graphql(
        'mutation ($id: ID!) { reviewPolicy(id: $id, approved: true, note: "同意") { status } }',
        { id: policyId },
        jxj,
      );
      expect(errorCode(early)).toBe('INVALID_TRANSITION');
      expect(early.errors![0]!.message).toContain('allowed from DRAFT: UNDER_REVIEW');
      const submitted = await stack.graphql<{ submitPolicyForReview: { status: string } }>(
        'mutation ($id: ID!) { submitPolicyForReview(id: $id) { status } }',
        { id: policyId },
        hgz,
      );
      expect(submitted.data!.submitPolicyForReview.status).toBe('UNDER_REVIEW');
      expect(
        errorCode(
          await stack.graphql(
            'mutation ($id: ID!) { reviewPolicy(id: $id, approved: true, note: "同意") { status } }',
            { id: policyId },
            hgz,
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await stack.graphql(
            'mutation ($id: ID!) { reviewPolicy(id: $id, approved: true, note: "同意") { status } }',
            { id: policyId },
            leader,
          ),
        ),
      ).toBe('FORBIDDEN');
      const reviewed = await stack.graphql<{
        reviewPolicy: { status: string; reviewerName: string; reviewNote: string };
      }>(
        'mutation ($id: ID!) { reviewPolicy(id: $id, approved: true, note: "经合法性审查，同意") { status reviewerName reviewNote } }',
        { id: policyId },
        jxj,
      );
      expect(reviewed.data!.reviewPolicy).toEqual({
        status: 'APPROVED',
        reviewerName: 'jxj',
        reviewNote: '经合法性审查，同意',
      });
    });

    it('records an agreement for 黄冈镇, refusing another town, a bad investor code and other domains, leaving nothing behind', async () => {
      const before = await count('investment_agreement');
      const input = {
        investorUscc: demoEnterprises[3]!.uscc,
        departmentId: HGZ_DEPT.id,
        townCode: HUANGGANG,
        amount: '30000000.00',
        signedOn: addDays(today(), -30),
        investorName: demoEnterprises[3]!.name,
      };
      const mutation =
        'mutation ($i: CreateInvestmentAgreementInput!) { createInvestmentAgreement(input: $i) { id amount townCode department { id name } } }';
      expect(errorCode(await stack.graphql(mutation, { i: { ...input, townCode: '445122101' } }, hgz))).toBe(
        'FORBIDDEN',
      );
      const bad = await stack.graphql(mutation, { i: { ...input, investorUscc: '91445122MA4UXXXX01' } }, hgz);
      expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'investorUscc' });
      expect(errorCode(await stack.graphql(mutation, { i: input }, await stack.login('rsj')))).toBe('FORBIDDEN');
      expect(errorCode(await stack.graphql(mutation, { i: { ...input, amount: '12.345' } }, hgz))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await count('investment_agreement')).toBe(before);
      const ok = await stack.graphql<{
        createInvestmentAgreement: { id: string; amount: string; department: { name: string } };
      }>(mutation, { i: input }, hgz);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.createInvestmentAgreement).toMatchObject({
        amount: '30000000.00',
        department: { name: '饶平县黄冈镇人民政府' },
      });
      agreementId = ok.data!.createInvestmentAgreement.id;
    });

    it('refuses a commitment on a policy that is not approved, and accepts one on an approved policy', async () => {
      const draft = await stack.graphql<{ createIncentivePolicy: { id: string } }>(
        'mutation ($i: CreateIncentivePolicyInput!) { createIncentivePolicy(input: $i) { id } }',
        { i: { title: '未审查的政策', legalBasis: '暂无上位依据', text: '尚未提交审查的政策文本内容。' } },
        hgz,
      );
      const add =
        'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id status amount fulfilledAmount dueDate } }';
      const input = {
        kind: 'SUBSIDY',
        amount: '99.99',
        dueDate: addDays(today(), 60),
        policyId: draft.data!.createIncentivePolicy.id,
        description: '技改补助',
      };
      const before = await count('commitment');
      const refused = await stack.graphql(add, { a: agreementId, i: input }, hgz);
      expect(errorCode(refused)).toBe('POLICY_NOT_APPROVED');
      expect(refused.errors![0]!.message).toContain('DRAFT');
      expect(await count('commitment')).toBe(before);
      const ok = await stack.graphql<{ addCommitment: { id: string; status: string } }>(
        add,
        { a: agreementId, i: { ...input, policyId } },
        hgz,
      );
      expect(ok.data!.addCommitment).toMatchObject({ status: 'PENDING', amount: '99.99', fulfilledAmount: '0.00' });
    });

    it('fulfils 99.99 with three payments of 33.33 exactly, refusing anything beyond, and keeps commitments through a change of contact', async () => {
      const list = await stack.graphql<{ commitments: { items: { id: string }[] } }>(
        'query ($a: ID!) { commitments(agreementId: $a) { items { id } } }',
        { a: agreementId },
        hgz,
      );
      const id = list.data!.commitments.items[0]!.id;
      const pay =
        'mutation ($id: ID!, $i: RecordFulfilmentInput!) { recordFulfilment(commitmentId: $id, input: $i) { status fulfilledAmount outstandingAmount } }';
      const payment = { amount: '33.33', date: today(), evidence: '饶财拨〔2026〕1号' };
      expect(
        (await stack.graphql<{ recordFulfilment: { status: string } }>(pay, { id, i: payment }, hgz)).data!
          .recordFulfilment.status,
      ).toBe('PARTIALLY_FULFILLED');
      await stack.graphql(pay, { id, i: payment }, hgz);
      const third = await stack.graphql<{ recordFulfilment: unknown }>(pay, { id, i: payment }, hgz);
      expect(third.data!.recordFulfilment).toEqual({
        status: 'FULFILLED',
        fulfilledAmount: '99.99',
        outstandingAmount: '0.00',
      });
      const beyond = await stack.graphql(pay, { id, i: { ...payment, amount: '0.01' } }, hgz);
      expect(beyond.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
      const future = await stack.graphql(pay, { id, i: { ...payment, date: addDays(today(), 1) } }, hgz);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

      const read =
        'query ($a: ID!) { investmentAgreement(id: $a) { version contactPerson commitments { id status amount fulfilledAmount } } }';
      const before = await stack.graphql<{ investmentAgreement: { version: number; commitments: unknown[] } }>(
        read,
        { a: agreementId },
        hgz,
      );
      const change =
        'mutation ($a: ID!, $i: UpdateInvestmentAgreementInput!) { updateInvestmentAgreement(id: $a, input: $i) { contactPerson version } }';
      const changed = await stack.graphql(
        change,
        { a: agreementId, i: { version: before.data!.investmentAgreement.version, contactPerson: '新任镇长' } },
        hgz,
      );
      expect(changed.errors).toBeUndefined();
      const stale = await stack.graphql(
        change,
        { a: agreementId, i: { version: before.data!.investmentAgreement.version, contactPerson: '又一任' } },
        hgz,
      );
      expect(errorCode(stale)).toBe('CONFLICT');
      const after = await stack.graphql<{ investmentAgreement: { contactPerson: string; commitments: unknown[] } }>(
        read,
        { a: agreementId },
        hgz,
      );
      expect(after.data!.investmentAgreement.contactPerson).toBe('新任镇长');
      expect(after.data!.investmentAgreement.commitments).toEqual(before.data!.investmentAgreement.commitments);
    });

    it('answers concurrent fulfilments of one commitment with success or CONFLICT, never a deadlock as an internal error', async () => {
      const add = 'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id } }';
      const created = await stack.graphql<{ addCommitment: { id: string } }>(
        add,
        {
          a: agreementId,
          i: {
            kind: 'SUBSIDY',
            amount: '100.00',
            dueDate: addDays(today(), 30),
            policyId,
            description: '并发兑现测试',
          },
        },
        hgz,
      );
      const id = created.data!.addCommitment.id;
      const pay =
        'mutation ($id: ID!, $i: RecordFulfilmentInput!) { recordFulfilment(commitmentId: $id, input: $i) { fulfilledAmount } }';
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          stack.graphql(pay, { id, i: { amount: '1.00', date: today(), evidence: '并发凭证' } }, hgz),
        ),
      );
      const codes = results.map((r) => (r.errors ? errorCode(r) : 'OK'));
      expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
      const succeeded = codes.filter((c) => c === 'OK').length;
      expect(succeeded).toBeGreaterThanOrEqual(1);
      const rows = (await stack.subgraphs.investment!.dataSource.query(
        'SELECT COUNT(*) AS n FROM fulfilment WHERE commitment_id = ?',
        [id],
      )) as { n: number }[];
      expect(Number(rows[0]!.n)).toBe(succeeded);
    });

    it('keeps the audit entry of the longest text its input allows, however it escapes in JSON (whole: no 64 KB TEXT limit, no cut)', async () => {
      // 20,000 characters is what @Length allows; control characters take six bytes each once JSON-escaped
      const text = `第一条 ${'\u0001'.repeat(19_995)}`;
      const created = await stack.graphql<{ createIncentivePolicy: { id: string } }>(
        'mutation ($i: CreateIncentivePolicyInput!) { createIncentivePolicy(input: $i) { id } }',
        { i: { title: '长文本政策', legalBasis: '《广东省促进中小企业发展条例》', text } },
        hgz,
      );
      expect(created.errors).toBeUndefined();
      const stored = (await stack.subgraphs.investment!.dataSource.query(
        'SELECT LENGTH(after_json) AS n, after_json AS json FROM audit_log WHERE entity_id = ?',
        [created.data!.createIncentivePolicy.id],
      )) as { n: number; json: string }[];
      expect(Number(stored[0]!.n)).toBeGreaterThan(65_535);
      expect((JSON.parse(stored[0]!.json) as { text: string }).text).toBe(text); // whole, not cut
    });

    it('lists open commitments due soon and filters by derived status', async () => {
      const due = await stack.graphql<{
        commitmentsDueSoon: { items: { status: string; dueDate: string }[]; total: number };
      }>('{ commitmentsDueSoon(days: 30, pageSize: 200) { total items { status dueDate } } }', {}, leader);
      expect(due.errors).toBeUndefined();
      const until = addDays(today(), 30);
      for (const c of due.data!.commitmentsDueSoon.items) {
        expect(['PENDING', 'PARTIALLY_FULFILLED']).toContain(c.status);
        expect(c.dueDate >= today() && c.dueDate <= until).toBe(true);
      }
      const overdue = await stack.graphql<{ commitments: { total: number; items: { status: string }[] } }>(
        '{ commitments(status: OVERDUE, pageSize: 200) { total items { status } } }',
        {},
        leader,
      );
      expect(overdue.data!.commitments.total).toBeGreaterThan(0);
      expect(overdue.data!.commitments.items.every((c) => c.status === 'OVERDUE')).toBe(true);
      expect(errorCode(await stack.graphql('{ commitments { total } }', {}, await stack.login('rsj')))).toBe(
        'FORBIDDEN',
      );
    });

    it('gives a leader overdue commitments and fulfilment rates for every department in one query, in a constant number of statements', async () => {
      const query =
        'query ($n: Int!) { departments(pageSize: $n) { items { name overdueCommitmentCount commitmentFulfilmentRate dueCommitmentCount fulfilledCommitmentCount } } }';
      stack.resetSqlCount();
      await stack.graphql(query, { n: 5 }, leader);
      const few = stack.sqlCount();
      stack.resetSqlCount();
      type Row = {
        name: string;
        overdueCommitmentCount: number;
        commitmentFulfilmentRate: number | null;
        dueCommitmentCount: number;
        fulfilledCommitmentCount: number;
      };
      const all = await stack.graphql<{ departments: { items: Row[] } }>(query, { n: 50 }, leader);
      expect(all.errors).toBeUndefined();
      // directory: page + count (both pages full); investment: one aggregate over every department
      expect(stack.sqlCount()).toBe(3);
      expect(few).toBe(3);
      const huanggang = all.data!.departments.items.find((d) => d.name === '饶平县黄冈镇人民政府')!;
      expect(huanggang.overdueCommitmentCount).toBeGreaterThan(0);
      expect(huanggang.commitmentFulfilmentRate).toBeGreaterThan(0);
      expect(huanggang.commitmentFulfilmentRate).toBeLessThan(1);
      expect(all.data!.departments.items.find((d) => d.name === '饶平县人力资源和社会保障局')).toMatchObject({
        overdueCommitmentCount: 0,
        commitmentFulfilmentRate: null,
        dueCommitmentCount: 0,
      });
      // the counts behind each rate, so a county rate is Σ fulfilled ÷ Σ due (not an average of rates)
      expect(huanggang.fulfilledCommitmentCount / huanggang.dueCommitmentCount).toBeCloseTo(
        huanggang.commitmentFulfilmentRate!,
        5,
      );
      for (const d of all.data!.departments.items)
        expect(d.fulfilledCommitmentCount).toBeLessThanOrEqual(d.dueCommitmentCount);
    });

    it('records a breach and a waiver as decisions that settle the status, refusing further changes', async () => {
      const add = 'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id } }';
      const input = {
        kind: 'INFRASTRUCTURE',
        amount: '500000.00',
        dueDate: addDays(today(), 90),
        policyId,
        description: '配套道路',
      };
      const a = (await stack.graphql<{ addCommitment: { id: string } }>(add, { a: agreementId, i: input }, hgz)).data!
        .addCommitment.id;
      const b = (await stack.graphql<{ addCommitment: { id: string } }>(add, { a: agreementId, i: input }, hgz)).data!
        .addCommitment.id;
      const breach = await stack.graphql<{ recordCommitmentBreach: { status: string; breachNote: string } }>(
        'mutation ($id: ID!) { recordCommitmentBreach(id: $id, note: "配套道路未按期建设") { status breachNote } }',
        { id: a },
        hgz,
      );
      expect(breach.data!.recordCommitmentBreach).toEqual({ status: 'BREACHED', breachNote: '配套道路未按期建设' });
      expect(
        errorCode(
          await stack.graphql(
            'mutation ($id: ID!) { recordCommitmentBreach(id: $id, note: "再次") { status } }',
            { id: a },
            hgz,
          ),
        ),
      ).toBe('INVALID_TRANSITION');
      const waived = await stack.graphql<{ waiveCommitment: { status: string; waiverNote: string } }>(
        'mutation ($id: ID!) { waiveCommitment(id: $id, input: { document: "补充协议〔2026〕3号", note: "投资方书面同意调整" }) { status waiverNote } }',
        { id: b },
        hgz,
      );
      expect(waived.data!.waiveCommitment.status).toBe('WAIVED');
      expect(waived.data!.waiveCommitment.waiverNote).toContain('补充协议〔2026〕3号');
      const pay = await stack.graphql(
        'mutation ($id: ID!) { recordFulfilment(commitmentId: $id, input: { amount: "1.00", date: "2026-01-01", evidence: "凭证" }) { status } }',
        { id: b },
        hgz,
      );
      expect(errorCode(pay)).toBe('INVALID_TRANSITION');
      expect(
        errorCode(
          await stack.graphql(
            'mutation ($id: ID!) { recordCommitmentBreach(id: $id, note: "越权") { status } }',
            { id: a },
            leader,
          ),
        ),
      ).toBe('FORBIDDEN');
    });
    it('checks the investor’s credit at the agreement (refused) and at each payment (warned), every check logged', async () => {
      const agreement =
        'mutation ($i: CreateInvestmentAgreementInput!) { createInvestmentAgreement(input: $i) { id } }';
      const input = {
        departmentId: HGZ_DEPT.id,
        townCode: HUANGGANG,
        amount: '5000000.00',
        signedOn: today(),
      };
      // the demo's first enterprise has an active SERIOUS record in credit
      const dishonest = demoEnterprises[0]!;
      const before = await count('investment_agreement');
      const refused = await stack.graphql(agreement, { i: { ...input, investorUscc: dishonest.uscc } }, hgz);
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'SUPPLIER_RESTRICTED', field: 'investorUscc' });
      expect(await count('investment_agreement')).toBe(before);

      // an investor recorded after signing is still paid what was promised: the payment is warned and logged
      const investor = demoEnterprises[4]!;
      const signed = await stack.graphql<{ createInvestmentAgreement: { id: string } }>(
        agreement,
        { i: { ...input, investorUscc: investor.uscc } },
        hgz,
      );
      const made = await stack.graphql<{ addCommitment: { id: string } }>(
        'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id } }',
        {
          a: signed.data!.createInvestmentAgreement.id,
          i: { kind: 'SUBSIDY', amount: '1000.00', dueDate: addDays(today(), 30), policyId, description: '设备补助' },
        },
        hgz,
      );
      const commitmentId = made.data!.addCommitment.id;
      const recorded = await stack.graphql(
        'mutation ($i: AddCreditRecordInput!) { addCreditRecord(input: $i) { id } }',
        {
          i: {
            subjectType: 'ENTERPRISE',
            subjectId: investor.uscc,
            category: 'JUDICIAL_JUDGMENT',
            severity: 'SERIOUS',
            documentNumber: '（2026）粤5122执99号',
            authority: '饶平县人民法院',
            decisionDate: today(),
            publish: true,
            publicityEnd: addDays(today(), 400),
          },
        },
        await stack.login('fgj'),
      );
      expect(recorded.errors).toBeUndefined();
      const paid = await stack.graphql<{ recordFulfilment: { status: string } }>(
        'mutation ($id: ID!, $i: RecordFulfilmentInput!) { recordFulfilment(commitmentId: $id, input: $i) { status } }',
        { id: commitmentId, i: { amount: '1000.00', date: today(), evidence: '饶财拨〔2026〕9号' } },
        hgz,
      );
      expect(paid.data!.recordFulfilment.status).toBe('FULFILLED');

      const LOG =
        'query ($s: ID) { creditCheckLog(subjectId: $s, pageSize: 10) { total items { step result actor reference service activeSeriousCount reasons } } }';
      type Log = { creditCheckLog: { total: number; items: Record<string, unknown>[] } };
      const ofInvestor = (await stack.graphql<Log>(LOG, { s: investor.uscc }, leader)).data!.creditCheckLog;
      expect(ofInvestor.items.map((c) => [c.step, c.result, c.actor, c.service])).toEqual([
        ['COMMITMENT_PAYMENT', 'WARNED', 'hgz', 'investment'],
        ['INVESTMENT_AGREEMENT', 'CLEAR', 'hgz', 'investment'],
      ]);
      expect(ofInvestor.items[0]).toMatchObject({ reference: commitmentId, activeSeriousCount: 1 });
      expect(ofInvestor.items[0]!.reasons).toEqual([
        '饶平县人民法院 （2026）粤5122执99号（' + today() + '，公示至 ' + addDays(today(), 400) + '）',
      ]);
      const ofDishonest = (await stack.graphql<Log>(LOG, { s: dishonest.uscc }, leader)).data!.creditCheckLog;
      expect(ofDishonest.items.map((c) => [c.step, c.result])).toEqual([['INVESTMENT_AGREEMENT', 'REFUSED']]);
      expect(errorCode(await stack.graphql(LOG, {}, await stack.login('rsj')))).not.toBe('FORBIDDEN');
      expect(errorCode(await stack.graphql(LOG, {}, await stack.login('xfj')))).toBe('FORBIDDEN');

      // credit unreachable: refused, never signed unchecked
      await stack.stopSubgraph('credit');
      const down = await stack.graphql(agreement, { i: { ...input, investorUscc: investor.uscc } }, hgz);
      expect(errorCode(down)).toBe('DEPENDENCY_UNAVAILABLE');
      expect(await count('investment_agreement')).toBe(before + 1);
      await stack.restartSubgraph('credit');
    });
  },
);
