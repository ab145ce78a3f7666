// Credit reports (issue 14.5): a numbered PDF on a department or an enterprise, with Chinese text, its records in
// publicity, repairs, checks and latest grade; downloaded through the gateway by whoever may have it, verified by
// anyone with its number. The PDF is read back with pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDepartmentByCode, demoEnterprises } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { CREDIT_REPORT_NUMBER } from '@integrity/rules';
import { addMonths, localDateTime, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as credit } from '../src/index.js';

const mysql = await mysqlStatus();
const ISSUE = `mutation ($t: SubjectType!, $id: ID!) { creditReport(subjectType: $t, subjectId: $id) { number url issuedOn } }`;
const VERIFY = `query ($n: String!) { verifyCreditReport(number: $n) {
  number issuedOn subject { type name uscc }
  records { category severity documentNumber authority decisionDate publicityEnd underObjection } recordsOmitted
  repairs { documentNumber decidedOn } checks { checkedAt step result } checksOmitted grade { year grade score publishedOn }
} }`;
const GRADE = `mutation ($i: EvaluationGradeInput!) { recordEvaluationGrade(input: $i) { year grade score } }`;
const CHECK = `mutation ($i: CheckCreditAtInput!) { checkCreditAt(input: $i) { result } }`;
type Ticket = { number: string; url: string; issuedOn: string };
type Verified = {
  number: string;
  subject: { type: string; name: string; uscc: string };
  records: { documentNumber: string; authority: string; severity: string }[];
  repairs: { documentNumber: string; decidedOn: string }[];
  checks: { checkedAt: string; step: string; result: string }[];
  grade: { year: number; grade: string; score: number } | null;
};

const pdfText = (pdf: Buffer): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'credit-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `credit reports on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let rsj: string;
    const service = (id: string) => stack.serviceToken(id);
    const issue = async (t: string, id: string, token: string) => {
      const r = await stack.graphql<{ creditReport: Ticket }>(ISSUE, { t, id }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.creditReport;
    };
    const download = (url: string, token?: string) =>
      fetch(`${stack.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const verify = async (n: string) =>
      (await stack.graphql<{ verifyCreditReport: Verified | null }>(VERIFY, { n })).data!.verifyCreditReport;

    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, credit] });
      rsj = await stack.login('rsj');
    }, 180_000);
    afterAll(() => stack?.close());

    it('lists the repairs of records that were published, never of one kept off the public list', async () => {
      // a record on 县财政局 by 县发改局, repaired: applied for by fgj, decided by another 县发改局 officer (谁认定谁修复)
      const fgj = await stack.login('fgj');
      const fgj2 = await stack.newUserToken({
        username: 'fgj-report',
        roles: ['OFFICER'],
        domains: ['CREDIT'],
        departmentId: demoDepartmentByCode('FGJ').id,
      });
      const czj = demoDepartmentByCode('CZJ').id;
      const decided = addMonths(today(), -4);
      const added = await stack.graphql<{ addCreditRecord: { id: string } }>(
        'mutation ($i: AddCreditRecordInput!) { addCreditRecord(input: $i) { id } }',
        {
          i: {
            subjectType: 'DEPARTMENT',
            subjectId: czj,
            category: 'BROKEN_COMMITMENT',
            severity: 'GENERAL',
            documentNumber: '饶发改信〔2026〕77号',
            authority: '饶平县发展和改革局',
            decisionDate: decided,
            publish: true,
            publicityEnd: addMonths(decided, 12),
          },
        },
        fgj,
      );
      expect(added.errors).toBeUndefined();
      const recordId = added.data!.addCreditRecord.id;
      const applied = await stack.graphql<{ applyCreditRepair: { id: string } }>(
        'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已兑现承诺", commitmentLetter: "信用承诺书") { id } }',
        { r: recordId },
        fgj,
      );
      expect(applied.errors).toBeUndefined();
      const approved = await stack.graphql(
        'mutation ($id: ID!) { decideCreditRepair(id: $id, approved: true, note: "同意修复") { status } }',
        { id: applied.data!.applyCreditRepair.id },
        fgj2,
      );
      expect(approved.errors).toBeUndefined();
      const listed = async () => {
        const ticket = await issue('DEPARTMENT', czj, rsj);
        return (await verify(ticket.number))!.repairs.map((x) => x.documentNumber);
      };
      expect(await listed()).toContain('饶发改信〔2026〕77号');
      // the same record had it never been published: its repair is not told
      const db = stack.subgraphs.credit!.dataSource;
      await db.query('UPDATE credit_record SET publish = ? WHERE id = ?', [false, recordId]);
      try {
        expect(await listed()).not.toContain('饶发改信〔2026〕77号');
      } finally {
        await db.query('UPDATE credit_record SET publish = ? WHERE id = ?', [true, recordId]);
      }
    });

    it('is refused to whoever may not have it made, whatever the subject', async () => {
      const czj = await stack.login('czj'); // procurement and debt officer of 县财政局
      const fgjDept = demoDepartmentByCode('FGJ').id;
      for (const [t, id] of [
        ['DEPARTMENT', fgjDept],
        ['DEPARTMENT', 'no-such-department'],
      ])
        expect((await stack.graphql(ISSUE, { t, id }, czj)).errors?.[0]?.extensions, id).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'CREDIT_REPORT_NOT_PERMITTED',
        });
      expect(
        errorCode(
          await stack.graphql(ISSUE, { t: 'ENTERPRISE', id: demoEnterprises[0]!.uscc }, await stack.login('xfj')),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await stack.graphql(ISSUE, { t: 'DEPARTMENT', id: fgjDept }))).toBe('UNAUTHENTICATED');
      const person = await stack.graphql(ISSUE, { t: 'CIVIL_SERVANT', id: 'x' }, rsj);
      expect(person.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'subjectType',
        reason: 'INVALID_VALUE',
      });
      const unknown = await stack.graphql(ISSUE, { t: 'ENTERPRISE', id: '91445122MA00000000' }, rsj);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'subjectId',
        reason: 'NOT_REGISTERED',
      });
    });

    it('on an enterprise: a numbered PDF in Chinese with its records in publicity and its checks, verifiable by anyone', async () => {
      const enterprise = demoEnterprises[0]!;
      const checked = await stack.graphql<{ checkCreditAt: { result: string } }>(
        CHECK,
        { i: { step: 'AWARD', uscc: enterprise.uscc, reference: 'report-test', actor: 'czj' } },
        service('procurement'),
      );
      expect(checked.data!.checkCreditAt.result).toBe('REFUSED');

      const ticket = await issue('ENTERPRISE', enterprise.uscc, rsj);
      expect(ticket.number).toMatch(CREDIT_REPORT_NUMBER);
      expect(ticket.number.slice(5, 13)).toBe(ticket.issuedOn.replaceAll('-', ''));
      expect(ticket.url).toBe(`/credit-reports/${ticket.number}`);

      const response = await download(ticket.url, rsj);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(`${ticket.number}.pdf`);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);

      const said = (await verify(ticket.number))!;
      expect(said.subject).toEqual({ type: 'ENTERPRISE', name: enterprise.name, uscc: enterprise.uscc });
      // the demo enterprise has SERIOUS records in publicity: every one printed, with its authority
      expect(said.records.some((r) => r.severity === 'SERIOUS')).toBe(true);
      for (const r of said.records) expect(text).toContain(r.documentNumber);
      expect(said.checks[0]).toMatchObject({ step: 'AWARD', result: 'REFUSED' });
      expect(text).toContain(localDateTime(said.checks[0]!.checkedAt)); // on the county's clock
      expect(said.grade).toBeNull();
      for (const words of [
        '信用报告',
        ticket.number,
        enterprise.name,
        enterprise.uscc,
        '严重',
        '确定中标（成交）',
        '不予办理',
      ])
        expect(text, words).toContain(words);
      expect(text).toContain(`一、公示中的失信记录（${said.records.length} 条）`);
      expect(text).toContain('年度政务诚信评价适用于县直单位和镇人民政府');

      // the same document again, to the same caller; nobody else's business
      expect(Buffer.from(await (await download(ticket.url, rsj)).arrayBuffer()).equals(pdf)).toBe(true);
      expect((await download(ticket.url)).status).toBe(401);
      expect((await download(ticket.url, await stack.login('xfj'))).status).toBe(403);
      expect((await download(ticket.url, await stack.login('jxj'))).status).toBe(200); // investment officers deal with enterprises
      expect((await download('/credit-reports/XYBG-20260101-00000000', rsj)).status).toBe(404);
    });

    it('on a department: its own officers may have it, and it quotes the latest published grade', async () => {
      const czjDept = demoDepartmentByCode('CZJ');
      const czj = await stack.login('czj');
      const before = await issue('DEPARTMENT', czjDept.id, czj);
      const beforeText = pdfText(Buffer.from(await (await download(before.url, czj)).arrayBuffer()));
      expect(beforeText).toContain(czjDept.name);
      expect(beforeText).toContain('尚无已公布的年度评价结果');
      expect(beforeText).toContain('机关单位不在采购、招商等资金环节接受信用核查');
      expect((await verify(before.number))!.grade).toBeNull();

      // only supervision's outbox delivers grades
      const input = { departmentId: czjDept.id, year: 2025, grade: 'B', score: 82.5, publishedOn: '2026-03-01' };
      for (const token of [rsj, await stack.login('supervisor'), service('procurement')])
        expect(errorCode(await stack.graphql(GRADE, { i: input }, token))).toBe('FORBIDDEN');
      for (const i of [input, { ...input, year: 2024, grade: 'C', score: 70 }, input])
        expect((await stack.graphql(GRADE, { i }, service('supervision'))).errors).toBeUndefined();

      const after = await issue('DEPARTMENT', czjDept.id, czj);
      expect((await verify(after.number))!.grade).toEqual({
        year: 2025,
        grade: 'B',
        score: 82.5,
        publishedOn: '2026-03-01',
      });
      expect(pdfText(Buffer.from(await (await download(after.url, czj)).arrayBuffer()))).toContain(
        '2025 年度评价等级：B（得分 82.5，2026-03-01 公布）',
      );
      // what a report said stays as it was issued
      expect((await verify(before.number))!.grade).toBeNull();
    });

    it('verifies without a login: null for a number never issued, a coded error for one that is not a number', async () => {
      expect(await verify('XYBG-20260101-00000000')).toBeNull();
      const bad = await stack.graphql(VERIFY, { n: 'not-a-number' });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'number',
        reason: 'INVALID_FORMAT',
      });
    });
  },
);
