import { demoDepartmentByCode, demoEnterprises } from '@integrity/demo-data';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as directory } from '@integrity/directory';
import { addDays, needsFairCompetitionReview, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, whileHeld, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as investment } from '../src/index.js';

const mysql = await mysqlStatus();
const HGZ_DEPT = demoDepartmentByCode('ZF445122100');
const HUANGGANG = '445122100';
// the fair-competition review every kind of commitment needs before it is made (《公平竞争审查条例》), and the
// investor's written consent a waiver needs (issue 15)
const REVIEW = {
  documentNumber: '饶竞审〔2026〕1号',
  reviewBody: '饶平县黄冈镇人民政府',
  reviewedOn: addDays(today(), -40),
  conclusion: 'PASSED',
};
const CONSENT = `investorConsent: { documentNumber: "投资方函〔2026〕3号", date: "${today()}" }`;

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

    /** Every commitment, page by page, with its status (as the code computes it), optionally filtered by status. */
    const everyCommitment = async (token: string, status?: string) => {
      const found: { id: string; status: string }[] = [];
      for (let page = 1; ; page += 1) {
        const r = await stack.graphql<{ commitments: { total: number; items: { id: string; status: string }[] } }>(
          'query ($s: CommitmentStatus, $p: Int!) { commitments(status: $s, page: $p, pageSize: 200) { total items { id status } } }',
          { s: status ?? null, p: page },
          token,
        );
        expect(r.errors).toBeUndefined();
        found.push(...r.data!.commitments.items);
        if (found.length >= r.data!.commitments.total || !r.data!.commitments.items.length) return found;
      }
    };

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

    it('lets no one review a text they wrote: a county-wide officer who changed an approved policy may not approve it, another may', async () => {
      const read = await stack.graphql<{ incentivePolicy: { version: number; text: string } }>(
        'query ($id: ID!) { incentivePolicy(id: $id) { version text } }',
        { id: policyId },
        jxj,
      );
      const { version, text } = read.data!.incentivePolicy;
      // a null basis is "not given" (it failed on null.trim() before)
      const edited = await stack.graphql<{ updateIncentivePolicy: { status: string } }>(
        'mutation ($id: ID!, $i: UpdateIncentivePolicyInput!) { updateIncentivePolicy(id: $id, input: $i) { status } }',
        { id: policyId, i: { version, text: `${text}\n第二条 补助标准由县工信局另行制定。`, legalBasis: null } },
        jxj,
      );
      expect(edited.data!.updateIncentivePolicy.status).toBe('UNDER_REVIEW');
      const review =
        'mutation ($id: ID!) { reviewPolicy(id: $id, approved: true, note: "同意") { status reviewerName } }';
      const own = await stack.graphql(review, { id: policyId }, jxj);
      expect(own.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_OWN' });
      // nor the town's drafter, who reviews nothing (review is county-wide)
      expect(errorCode(await stack.graphql(review, { id: policyId }, hgz))).toBe('FORBIDDEN');
      const colleague = await stack.newUserToken({
        username: 'gxj-reviewer',
        roles: ['OFFICER'],
        domains: ['INVESTMENT'],
        departmentId: demoDepartmentByCode('JXJ').id,
      });
      const approved = await stack.graphql<{ reviewPolicy: { status: string; reviewerName: string } }>(
        review,
        { id: policyId },
        colleague,
      );
      expect(approved.data!.reviewPolicy).toEqual({ status: 'APPROVED', reviewerName: 'gxj-reviewer' });
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
      // another department's agreement: FORBIDDEN whatever the input, a malformed town included
      const notTheirs = await stack.graphql(
        mutation,
        { i: { ...input, departmentId: demoDepartmentByCode('JXJ').id, townCode: 'abc' } },
        hgz,
      );
      expect(errorCode(notTheirs)).toBe('FORBIDDEN');
      // a town the directory does not know (its credit record could never be made)
      const jxj = await stack.login('jxj');
      const nowhere = await stack.graphql(
        mutation,
        { i: { ...input, departmentId: demoDepartmentByCode('JXJ').id, townCode: '445122199' } },
        jxj,
      );
      expect(nowhere.errors![0]!.extensions).toMatchObject({ field: 'townCode', reason: 'NOT_REGISTERED' });
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
        fairCompetitionReview: REVIEW,
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

    it('makes no commitment on a policy sent back to review while the commitment was being checked', async () => {
      const db = stack.subgraphs.investment!.dataSource;
      const policy = async (query: string, token: string, variables: Record<string, unknown>) => {
        const r = await stack.graphql<Record<string, { id: string }>>(query, variables, token);
        expect(r.errors).toBeUndefined();
        return Object.values(r.data!)[0]!.id;
      };
      const id = await policy(
        'mutation ($i: CreateIncentivePolicyInput!) { createIncentivePolicy(input: $i) { id } }',
        hgz,
        {
          i: {
            title: '并发测试补助办法',
            legalBasis: '《广东省促进中小企业发展条例》',
            text: '第一条 为测试并发而制定的补助办法。',
          },
        },
      );
      await policy('mutation ($id: ID!) { submitPolicyForReview(id: $id) { id } }', hgz, { id });
      await policy('mutation ($id: ID!) { reviewPolicy(id: $id, approved: true, note: "同意") { id } }', jxj, { id });
      const before = await count('commitment');
      // the policy is being sent back to review (held, its change not yet committed) as a commitment comes in
      const { result: refused, written } = await whileHeld(
        db,
        ['SELECT id FROM incentive_policy WHERE id = ? FOR UPDATE', [id]],
        () =>
          stack.graphql(
            'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id } }',
            {
              a: agreementId,
              i: {
                kind: 'SUBSIDY',
                amount: '10.00',
                dueDate: addDays(today(), 30),
                policyId: id,
                description: '并发测试',
                fairCompetitionReview: REVIEW,
              },
            },
            hgz,
          ),
        {
          waiters: 1,
          change: ["UPDATE incentive_policy SET status = 'UNDER_REVIEW', version = version + 1 WHERE id = ?", [id]],
          end: 'commit',
        },
      );
      // the commitment passed its checks and waited for the policy, having written nothing
      expect(written).toEqual([0]);
      expect(errorCode(refused)).toBe('POLICY_NOT_APPROVED');
      expect(refused.errors![0]!.message).toContain('UNDER_REVIEW');
      expect(await count('commitment')).toBe(before);
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
      // the agreement was signed 30 days ago: that day passes, the day before is refused on the field
      const signing = addDays(today(), -30);
      const early = await stack.graphql(pay, { id, i: { ...payment, date: addDays(signing, -1) } }, hgz);
      expect(early.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DATE_TOO_EARLY',
        field: 'date',
        params: { date: signing },
      });
      expect(
        (
          await stack.graphql<{ recordFulfilment: { status: string } }>(
            pay,
            { id, i: { ...payment, date: signing } },
            hgz,
          )
        ).data!.recordFulfilment.status,
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
      // null for a figure is "not given", as omitting it is (it was written into a NOT NULL column)
      const changed = await stack.graphql(
        change,
        {
          a: agreementId,
          i: {
            version: before.data!.investmentAgreement.version,
            contactPerson: '新任镇长',
            jobsCreated: null,
            investedToDate: null,
          },
        },
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
            fairCompetitionReview: REVIEW,
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
      // every status filter (SQL conditions) takes exactly the commitments the status rule (code) gives it
      const all = await everyCommitment(leader);
      for (const status of ['PENDING', 'PARTIALLY_FULFILLED', 'FULFILLED', 'OVERDUE', 'BREACHED', 'WAIVED']) {
        const filtered = await everyCommitment(leader, status);
        expect(filtered.map((c) => c.id).sort(), status).toEqual(
          all
            .filter((c) => c.status === status)
            .map((c) => c.id)
            .sort(),
        );
      }
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
      // directory: the page with its total (both pages full); investment: one aggregate over every department
      expect(stack.sqlCount()).toBe(2);
      expect(few).toBe(2);
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
        fairCompetitionReview: REVIEW,
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
      // nor waived afterwards: the breach stays on record and in the figures
      const WAIVE = `mutation ($id: ID!) { waiveCommitment(id: $id, input: { document: "补充协议〔2026〕3号", note: "投资方书面同意调整", ${CONSENT} }) { status waiverNote } }`;
      expect((await stack.graphql(WAIVE, { id: a }, hgz)).errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'BREACHED',
        to: 'WAIVED',
        allowed: ['FULFILLED'],
      });
      const waived = await stack.graphql<{ waiveCommitment: { status: string; waiverNote: string } }>(
        WAIVE,
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
    it('makes a commitment only on the fair-competition review it passed: FORBIDDEN first, then each refusal on its field, kept as recorded', async () => {
      const add =
        'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id kind fairCompetitionReview { documentNumber reviewBody reviewedOn conclusion } } }';
      const base = {
        kind: 'TAX_INCENTIVE',
        amount: '80000.00',
        dueDate: addDays(today(), 120),
        policyId,
        description: '按协议兑现地方留成部分的税收优惠',
      };
      const before = await count('commitment');
      // a caller who may not act is FORBIDDEN whatever its input, the missing review included
      for (const user of ['leader', 'rsj'])
        expect(errorCode(await stack.graphql(add, { a: agreementId, i: base }, await stack.login(user)))).toBe(
          'FORBIDDEN',
        );
      // every kind needs it (the table of @integrity/rules): refused without one, on the input field
      for (const kind of ['LAND', 'SUBSIDY', 'TAX_INCENTIVE', 'INFRASTRUCTURE', 'APPROVAL_SERVICE', 'OTHER']) {
        expect(needsFairCompetitionReview(kind)).toBe(true);
        const missing = await stack.graphql(add, { a: agreementId, i: { ...base, kind } }, hgz);
        expect(missing.errors![0]!.extensions, kind).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'FAIR_COMPETITION_REVIEW_REQUIRED',
          field: 'fairCompetitionReview',
        });
      }
      const failed = await stack.graphql(
        add,
        { a: agreementId, i: { ...base, fairCompetitionReview: { ...REVIEW, conclusion: 'FAILED' } } },
        hgz,
      );
      expect(failed.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FAIR_COMPETITION_REVIEW_FAILED',
        field: 'fairCompetitionReview.conclusion',
      });
      const tomorrow = await stack.graphql(
        add,
        { a: agreementId, i: { ...base, fairCompetitionReview: { ...REVIEW, reviewedOn: addDays(today(), 1) } } },
        hgz,
      );
      expect(tomorrow.errors![0]!.extensions).toMatchObject({
        reason: 'DATE_IN_FUTURE',
        field: 'fairCompetitionReview.reviewedOn',
      });
      const blank = await stack.graphql(
        add,
        { a: agreementId, i: { ...base, fairCompetitionReview: { ...REVIEW, documentNumber: ' ' } } },
        hgz,
      );
      expect(blank.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fairCompetitionReview.documentNumber',
      });
      // the review comes before the measure: one dated the day after the agreement was signed is refused
      const signedOn = addDays(today(), -30);
      const afterSigning = await stack.graphql(
        add,
        { a: agreementId, i: { ...base, fairCompetitionReview: { ...REVIEW, reviewedOn: addDays(signedOn, 1) } } },
        hgz,
      );
      expect(afterSigning.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FAIR_COMPETITION_REVIEW_AFTER_SIGNING',
        field: 'fairCompetitionReview.reviewedOn',
        params: { date: signedOn },
      });
      expect(await count('commitment')).toBe(before);

      // reviewed on the signing day (the boundary) and passed by an exception of 第十二条: made, and kept as recorded
      const review = {
        documentNumber: '饶竞审〔2026〕15号',
        reviewBody: '饶平县市场监督管理局（会同饶平县黄冈镇人民政府）',
        reviewedOn: signedOn,
        conclusion: 'PASSED_BY_EXCEPTION',
      };
      const made = await stack.graphql<{ addCommitment: { id: string; fairCompetitionReview: unknown } }>(
        add,
        { a: agreementId, i: { ...base, fairCompetitionReview: review } },
        hgz,
      );
      expect(made.errors).toBeUndefined();
      expect(made.data!.addCommitment.fairCompetitionReview).toEqual(review);
      const read = await stack.graphql<{ commitment: { fairCompetitionReview: unknown } }>(
        'query ($id: ID!) { commitment(id: $id) { fairCompetitionReview { documentNumber reviewBody reviewedOn conclusion } } }',
        { id: made.data!.addCommitment.id },
        leader,
      );
      expect(read.data!.commitment.fairCompetitionReview).toEqual(review);
      expect(await count('commitment')).toBe(before + 1);
    });

    it('keeps how late a commitment was fulfilled: null on the due date, 1 the day after, counted to today while open, never erased', async () => {
      const add = 'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id } }';
      const make = async (dueDate: string) => {
        const made = await stack.graphql<{ addCommitment: { id: string } }>(
          add,
          {
            a: agreementId,
            i: {
              kind: 'SUBSIDY',
              amount: '100.00',
              dueDate,
              policyId,
              description: '逾期天数测试',
              fairCompetitionReview: REVIEW,
            },
          },
          hgz,
        );
        // a refusal names itself (a TypeError on data would hide it)
        expect(made.errors).toBeUndefined();
        return made.data!.addCommitment.id;
      };
      const pay = (id: string, amount: string, date: string) =>
        stack.graphql<{ recordFulfilment: { status: string; daysLate: number | null } }>(
          'mutation ($id: ID!, $i: RecordFulfilmentInput!) { recordFulfilment(commitmentId: $id, input: $i) { status daysLate } }',
          { id, i: { amount, date, evidence: '饶财拨〔2026〕20号' } },
          hgz,
        );
      const read = async (id: string) =>
        (
          await stack.graphql<{ commitment: { status: string; daysLate: number | null } }>(
            'query ($id: ID!) { commitment(id: $id) { status daysLate } }',
            { id },
            leader,
          )
        ).data!.commitment;
      const due = addDays(today(), -10);

      const onTheDay = await make(due);
      expect(await read(onTheDay)).toEqual({ status: 'OVERDUE', daysLate: 10 });
      expect((await pay(onTheDay, '100.00', due)).data!.recordFulfilment).toEqual({
        status: 'FULFILLED',
        daysLate: null,
      });

      const dayAfter = await make(due);
      expect((await pay(dayAfter, '100.00', addDays(due, 1))).data!.recordFulfilment).toEqual({
        status: 'FULFILLED',
        daysLate: 1,
      });
      expect(await read(dayAfter)).toEqual({ status: 'FULFILLED', daysLate: 1 });

      // partly fulfilled still counts to today; in full, the latest event is the day it was fulfilled in full
      // (here recorded first: events may be entered out of date order)
      const partly = await make(due);
      expect((await pay(partly, '40.00', addDays(due, 7))).data!.recordFulfilment).toEqual({
        status: 'OVERDUE',
        daysLate: 10,
      });
      expect((await pay(partly, '60.00', addDays(due, 2))).data!.recordFulfilment).toEqual({
        status: 'FULFILLED',
        daysLate: 7,
      });

      // due today: not late; due yesterday and open: 1
      expect(await read(await make(today()))).toEqual({ status: 'PENDING', daysLate: null });
      expect(await read(await make(addDays(today(), -1)))).toEqual({ status: 'OVERDUE', daysLate: 1 });

      // a list reads the fulfilment dates of all its commitments in one statement, however many were fulfilled
      const list = (fields: string) =>
        `query ($a: ID!) { commitments(agreementId: $a, pageSize: 200) { items { ${fields} } } }`;
      // investment's own statements, its outbox drained first: the fulfilments above send messages that credit
      // receives while the list is read, and credit's statements counted with these failed CI once (6 for 2); the
      // least of two tries still, as a lookup another part of the stack refreshes every few seconds may fall into one
      const investment = stack.subgraphs.investment!;
      const statements = async (fields: string) => {
        const counts: number[] = [];
        for (const _ of [1, 2]) {
          await investment.outbox!.drain();
          investment.counter.reset();
          await stack.graphql(list(fields), { a: agreementId }, hgz);
          counts.push(investment.counter.count);
        }
        return Math.min(...counts);
      };
      await stack.graphql(list('id'), { a: agreementId }, hgz); // the session's check with directory is then fresh
      expect(await statements('id daysLate')).toBe((await statements('id')) + 1);
      const listed = await stack.graphql<{ commitments: { items: { id: string; daysLate: number | null }[] } }>(
        list('id daysLate'),
        { a: agreementId },
        hgz,
      );
      expect(listed.data!.commitments.items.filter((c) => c.daysLate !== null).length).toBeGreaterThan(2);
      expect(listed.data!.commitments.items.find((c) => c.id === dayAfter)!.daysLate).toBe(1);
    });

    it('waives a commitment only with the investor’s written consent: FORBIDDEN first, then each refusal on its field, the consent kept', async () => {
      const created = await stack.graphql<{ addCommitment: { id: string } }>(
        'mutation ($a: ID!, $i: AddCommitmentInput!) { addCommitment(agreementId: $a, input: $i) { id } }',
        {
          a: agreementId,
          i: {
            kind: 'LAND',
            amount: '2000000.00',
            dueDate: addDays(today(), 200),
            policyId,
            description: '供应工业用地 30 亩',
            fairCompetitionReview: REVIEW,
          },
        },
        hgz,
      );
      const id = created.data!.addCommitment.id;
      const waive =
        'mutation ($id: ID!, $i: WaiveCommitmentInput!) { waiveCommitment(id: $id, input: $i) { status waiverNote investorConsent { documentNumber date } } }';
      const input = { document: '补充协议〔2026〕8号', note: '项目调整，投资方不再用地' };
      const signedOn = addDays(today(), -30);
      for (const user of ['leader', 'rsj'])
        expect(errorCode(await stack.graphql(waive, { id, i: input }, await stack.login(user)))).toBe('FORBIDDEN');
      const missing = await stack.graphql(waive, { id, i: input }, hgz);
      expect(missing.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVESTOR_CONSENT_REQUIRED',
        field: 'investorConsent',
      });
      const consent = { documentNumber: '投资方函〔2026〕8号', date: signedOn };
      const early = await stack.graphql(
        waive,
        { id, i: { ...input, investorConsent: { ...consent, date: addDays(signedOn, -1) } } },
        hgz,
      );
      expect(early.errors![0]!.extensions).toMatchObject({ reason: 'DATE_TOO_EARLY', field: 'investorConsent.date' });
      const future = await stack.graphql(
        waive,
        { id, i: { ...input, investorConsent: { ...consent, date: addDays(today(), 1) } } },
        hgz,
      );
      expect(future.errors![0]!.extensions).toMatchObject({ reason: 'DATE_IN_FUTURE', field: 'investorConsent.date' });
      // a letter number of spaces is no letter (it would read as no consent at all)
      const blank = await stack.graphql(
        waive,
        { id, i: { ...input, investorConsent: { ...consent, documentNumber: '    ' } } },
        hgz,
      );
      expect(blank.errors![0]!.extensions).toMatchObject({ reason: 'TOO_SHORT', params: { min: 2 } });
      // the note and the document share one column of 1,000: the note gives way
      const long = await stack.graphql(
        waive,
        { id, i: { ...input, note: '长'.repeat(1000), investorConsent: consent } },
        hgz,
      );
      expect(long.errors![0]!.extensions).toMatchObject({ field: 'note', reason: 'TOO_LONG' });
      const still = await stack.graphql<{ commitment: { status: string; investorConsent: unknown } }>(
        'query ($id: ID!) { commitment(id: $id) { status investorConsent { documentNumber } } }',
        { id },
        hgz,
      );
      expect(still.data!.commitment).toEqual({ status: 'PENDING', investorConsent: null });
      // dated on the signing day (the boundary): waived, with the agreement and the consent on record
      const waived = await stack.graphql<{
        waiveCommitment: { status: string; waiverNote: string; investorConsent: unknown };
      }>(waive, { id, i: { ...input, investorConsent: consent } }, hgz);
      expect(waived.errors).toBeUndefined();
      expect(waived.data!.waiveCommitment).toEqual({
        status: 'WAIVED',
        waiverNote: '项目调整，投资方不再用地（补充协议〔2026〕8号）',
        investorConsent: consent,
      });
    });

    it('seeds demo commitments that satisfy the rules: every one reviewed and passed, every waiver consented, some fulfilled late', async () => {
      type Row = {
        kind: string;
        status: string;
        daysLate: number | null;
        fairCompetitionReview: { conclusion: string } | null;
        investorConsent: { documentNumber: string } | null;
      };
      const all = await stack.graphql<{ commitments: { total: number; items: Row[] } }>(
        '{ commitments(pageSize: 200) { total items { kind status daysLate fairCompetitionReview { conclusion } investorConsent { documentNumber } } } }',
        {},
        leader,
      );
      const items = all.data!.commitments.items;
      expect(items.length).toBe(all.data!.commitments.total);
      for (const c of items) {
        if (needsFairCompetitionReview(c.kind))
          expect(['PASSED', 'PASSED_BY_EXCEPTION']).toContain(c.fairCompetitionReview?.conclusion);
        if (c.status === 'WAIVED') expect(c.investorConsent).not.toBeNull();
      }
      expect(items.filter((c) => c.status === 'WAIVED').length).toBeGreaterThan(1);
      expect(items.some((c) => c.status === 'FULFILLED' && c.daysLate! > 0)).toBe(true);
      expect(items.some((c) => c.status === 'FULFILLED' && c.daysLate === null)).toBe(true);
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
          i: {
            kind: 'SUBSIDY',
            amount: '1000.00',
            dueDate: addDays(today(), 30),
            policyId,
            description: '设备补助',
            fairCompetitionReview: REVIEW,
          },
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
      // whose checks: hgz's own department's, every department's for the county-wide investment office, none of
      // investment's for another town's investment officer or for a procurement officer
      const total = async (token: string) =>
        (await stack.graphql<Log>(LOG, { s: investor.uscc }, token)).data!.creditCheckLog.total;
      expect(await total(hgz)).toBe(2);
      expect(await total(jxj)).toBe(2);
      const otherTown = await stack.newUserToken({
        username: 'raoyang-investment',
        roles: ['OFFICER'],
        domains: ['INVESTMENT', 'PROCUREMENT'],
        departmentId: demoDepartmentByCode('ZF445122101').id,
      });
      expect(await total(otherTown)).toBe(0);
      expect(await total(await stack.login('czj'))).toBe(0);

      // credit unreachable: refused, never signed unchecked
      await stack.stopSubgraph('credit');
      const down = await stack.graphql(agreement, { i: { ...input, investorUscc: investor.uscc } }, hgz);
      expect(errorCode(down)).toBe('DEPENDENCY_UNAVAILABLE');
      expect(await count('investment_agreement')).toBe(before + 1);
      await stack.restartSubgraph('credit');
    });
  },
);
