// Public complaints through the committed supergraph on MySQL: filed without an account from different client
// addresses (the gateway forwards the socket's address), followed and rated with the tracking number and the
// access code; the per-address limit, the honeypot and near-duplicate refusals.
import { readFileSync } from 'node:fs';
import { subgraph as credit } from '@integrity/credit';
import { demoDepartments } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { today } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, whileHeld, type GraphQLResult, type Stack } from '@integrity/testing';
import { buildSchema, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeComplaintLimits, subgraph as casework } from '../src/index.js';
import { fingerprintOf } from '../src/complaint/complaint-rules.js';
import { postFrom } from './post-from.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const CZJ = demoDepartments.find((d) => d.code === 'CZJ')!;

const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingNumber accessCode deadline } }`;
const STATUS = `query ($t: String!, $a: String!) { complaintStatus(trackingNumber: $t, accessCode: $a) { trackingNumber status reply deadline satisfied reopened } }`;
const RATE = `mutation ($t: String!, $a: String!, $s: Boolean!, $r: String) { rateComplaintReply(trackingNumber: $t, accessCode: $a, satisfied: $s, reason: $r) { status satisfied reopened } }`;
type Receipt = { trackingNumber: string; accessCode: string; deadline: string };
type Answer = GraphQLResult<{ fileComplaint: Receipt }>;

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `public complaints on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let xfj: string;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
      xfj = await stack.login('xfj');
    }, 180_000);
    afterAll(async () => {
      await stack?.close();
      await closeComplaintLimits();
    });

    const file = (from: string, input: Record<string, unknown>) =>
      postFrom<{ fileComplaint: Receipt }>(stack.url, from, FILE, { input: { category: 'ARREARS', ...input } });
    const caseOf = async (trackingNumber: string, token: string) =>
      (
        await stack.graphql<{
          cases: { items: { id: string; trackingNumber: string | null; contact: string | null; status: string }[] };
        }>('{ cases(kind: COMPLAINT, pageSize: 200) { items { id trackingNumber contact status } } }', {}, token)
      ).data!.cases.items.find((c) => c.trackingNumber === trackingNumber)!;

    it('takes a complaint without an account, hides the access code and the contact at rest', async () => {
      const content = '某镇政府拖欠我公司道路工程款三十万元，多次催要未果，请求督促支付。';
      const filed = await file('127.0.0.2', { content, departmentId: CZJ.id, contact: '13812345678' });
      expect(filed.errors).toBeUndefined();
      const receipt = filed.data!.fileComplaint;
      expect(receipt.trackingNumber).toMatch(/^TS-\d{8}-[0-9A-Z]{6}$/);
      expect(receipt.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const [row] = await stack.subgraphs.casework!.dataSource.query(
        'SELECT access_code_hash, contact_cipher FROM casework_complaint WHERE tracking_number = ?',
        [receipt.trackingNumber],
      );
      expect(row.access_code_hash).not.toContain(receipt.accessCode.replaceAll('-', ''));
      expect(row.contact_cipher).not.toContain('13812345678');
      // nothing in the schema reads an access code back
      const schema = buildSchema(readFileSync(SUPERGRAPH, 'utf8'), { assumeValidSDL: true });
      const holders = Object.values(schema.getTypeMap())
        .filter((t) => isObjectType(t) && 'accessCode' in t.getFields())
        .map((t) => t.name);
      expect(holders).toEqual(['ComplaintReceipt']);

      // the handling officer (county-wide CASEWORK) sees the contact; a leader sees it masked
      expect((await caseOf(receipt.trackingNumber, xfj)).contact).toBe('13812345678');
      expect((await caseOf(receipt.trackingNumber, await stack.login('leader'))).contact).toBe('138****5678');
      const status = await stack.graphql(STATUS, { t: receipt.trackingNumber, a: receipt.accessCode.toLowerCase() });
      expect(status.data).toMatchObject({
        complaintStatus: { status: 'RECEIVED', reply: null, satisfied: null, reopened: false },
      });
      const wrong = await stack.graphql(STATUS, { t: receipt.trackingNumber, a: 'AAAA-AAAA-AAAA' });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMPLAINT_NOT_FOUND' });

      // a repeat, and a near repeat, of the same complaint about the same department are refused
      for (const again of [content, content.replace('三十', '叁拾')]) {
        const dup = await file('127.0.0.2', { content: again, departmentId: CZJ.id });
        expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMPLAINT_DUPLICATE' });
      }

      // led by no department until triaged and assigned: the department complained about does not see it yet,
      // and once asked to reply sees the complainant's contact masked
      const accused = await stack.newUserToken({
        username: 'czj-casework',
        roles: ['OFFICER'],
        domains: ['CASEWORK'],
        departmentId: CZJ.id,
      });
      expect(await caseOf(receipt.trackingNumber, accused)).toBeUndefined();
      const { id } = await caseOf(receipt.trackingNumber, xfj);
      for (const [query, variables] of [
        ['mutation ($id: ID!) { triageCase(id: $id, accepted: true) { id } }', {}],
        ['mutation ($id: ID!, $d: ID!) { assignCase(id: $id, input: { departmentId: $d }) { id } }', { d: CZJ.id }],
      ] as const)
        expect((await stack.graphql(query, { id, ...variables }, xfj)).errors).toBeUndefined();
      expect((await caseOf(receipt.trackingNumber, accused)).contact).toBe('138****5678');
      expect((await caseOf(receipt.trackingNumber, xfj)).contact).toBe('13812345678');
    });

    /**
     * Two filings sent while another filing's transaction holds what `hold` writes: both wait for it having written
     * `written` rows each; the holder then fails (rolls back) and their answers are returned.
     */
    const filedWhileHeld = async (hold: [string, unknown[]], send: () => Promise<Answer[]>, written: number[]) => {
      const held = await whileHeld(stack.subgraphs.casework!.dataSource, hold, send, { waiters: 2, end: 'rollback' });
      expect(held.written).toEqual(written);
      return held.result;
    };

    /** One answer filed, the other refused as the repeat; one complaint stored of the given contents. */
    const oneFiledOneRepeat = async (answers: Answer[], contents: string[]) => {
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'COMPLAINT_DUPLICATE' }),
      ]);
      const count = async (table: string) =>
        Number(
          (
            (await stack.subgraphs.casework!.dataSource.query(
              `SELECT COUNT(*) AS n FROM ${table} WHERE fingerprint IN (${contents.map(() => '?').join(', ')})`,
              contents.map(fingerprintOf),
            )) as { n: number | string }[]
          )[0]!.n,
        );
      expect(await count('casework_complaint')).toBe(1);
      // the refused one left no claim behind: it may be filed again once the first is dealt with
      expect(await count('casework_complaint_claim')).toBe(1);
    };

    it('files one of two identical complaints sent at the same moment (a double submit); the other is the repeat', async () => {
      const content = '县住建局拖欠我单位保障房项目监理费十二万元，合同约定验收后付清，至今未付。';
      // someone else's filing of the same content holds today's claim; both wait for it, having written nothing
      const answers = await filedWhileHeld(
        [
          'INSERT INTO casework_complaint_claim (fingerprint, filed_on) VALUES (?, ?)',
          [fingerprintOf(content), today()],
        ],
        () => Promise.all([file('127.0.0.21', { content }), file('127.0.0.22', { content })]),
        [0, 0],
      );
      await oneFiledOneRepeat(answers, [content]);
    });

    it('files one of two near repeats about one department sent at the same moment; the other is the repeat', async () => {
      const content = '县财政局拖欠我公司道路养护款四十六万元，合同约定季度结算，已逾期两个季度未付。';
      const near = content.replace('四十六', '肆拾陆');
      // another filing about the department holds its lane; both wait for it, each having written its claim only
      const answers = await filedWhileHeld(
        [
          `INSERT INTO casework_complaint_lane (department_key, last_filed_at) VALUES (?, 'held')
           ON DUPLICATE KEY UPDATE last_filed_at = 'held'`,
          [CZJ.id],
        ],
        () =>
          Promise.all([
            file('127.0.0.23', { content, departmentId: CZJ.id }),
            file('127.0.0.24', { content: near, departmentId: CZJ.id }),
          ]),
        [1, 1],
      );
      await oneFiledOneRepeat(answers, [content, near]);
    });

    it('refuses a filled honeypot and an over-long content, naming the reason', async () => {
      const bot = await file('127.0.0.5', {
        content: '这是一条由机器人自动提交的投诉内容',
        website: 'http://spam.example',
      });
      expect(bot.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMPLAINT_REFUSED' });
      const long = await file('127.0.0.5', { content: '长'.repeat(4001) });
      expect(long.errors?.[0]?.extensions).toMatchObject({ field: 'content', reason: 'TOO_LONG' });
    });

    it('refuses the sixth complaint in an hour from one address while another address is served', async () => {
      const five = [
        '社保窗口工作人员上班时间玩手机，群众排队无人理会。',
        '镇政府承诺的拆迁补偿款至今未发放到户。',
        '县某局拖欠供应商货款超过一年未付。',
        '招商引资时承诺的税收返还政策没有兑现。',
        '12345热线转办的路灯维修问题三个月无人处理。',
      ];
      for (const [i, content] of five.entries()) {
        const ok = await file('127.0.0.3', { content });
        expect(ok.errors, `complaint ${i + 1}`).toBeUndefined();
      }
      const sixth = await file('127.0.0.3', { content: '第六件投诉：办事大厅长期排队无人处理' });
      expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
      const retryAfter = sixth.errors![0]!.extensions!.retryAfter as number;
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      const elsewhere = await file('127.0.0.4', { content: '第六件投诉：办事大厅长期排队无人处理' });
      expect(elsewhere.errors).toBeUndefined();
    });

    it('locks a tracking number for 15 minutes after five wrong access codes, even to the right code', async () => {
      const filed = await file('127.0.0.5', {
        content: '县某局对企业提交的申请材料三个月未作答复。',
        departmentId: CZJ.id,
      });
      const { trackingNumber, accessCode } = filed.data!.fileComplaint;
      // a right code hands its try back: it never counts toward the lock
      for (let i = 0; i < 6; i += 1)
        expect((await stack.graphql(STATUS, { t: trackingNumber, a: accessCode })).errors).toBeUndefined();
      for (let i = 1; i <= 5; i += 1) {
        const wrong = await stack.graphql(STATUS, { t: trackingNumber, a: 'AAAA-AAAA-AAAA' });
        expect(wrong.errors?.[0]?.extensions, `wrong code ${i}`).toMatchObject({ reason: 'COMPLAINT_NOT_FOUND' });
      }
      const locked = await stack.graphql(STATUS, { t: trackingNumber, a: accessCode });
      expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
      expect(locked.errors![0]!.message).toMatch(/wrong access codes for this tracking number/);
      const retryAfter = locked.errors![0]!.extensions!.retryAfter as number;
      expect(retryAfter).toBeGreaterThan(15 * 60 - 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      // rating the reply goes through the same lock
      const rate = await stack.graphql(RATE, { t: trackingNumber, a: accessCode, s: true });
      expect(rate.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    });

    it('counts refused repeats against the address’s limit, and refuses an unknown department and an overlong reason', async () => {
      const content = '某镇政府承诺的道路硬化工程停工半年无人过问。';
      expect((await file('127.0.0.8', { content })).errors).toBeUndefined();
      for (let i = 0; i < 4; i += 1) {
        const again = await file('127.0.0.8', { content: `${content}${'！'.repeat(i)}` });
        expect(again.errors?.[0]?.extensions, `repeat ${i + 1}`).toMatchObject({ reason: 'COMPLAINT_DUPLICATE' });
      }
      const sixth = await file('127.0.0.8', { content: '另一件事：社区卫生服务站长期不开门。' });
      expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });

      const unknown = await file('127.0.0.9', {
        content: '县某局办事人员索要好处费，群众反映强烈。',
        departmentId: 'x'.repeat(40),
      });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ field: 'input.departmentId', reason: 'NOT_REGISTERED' });
      const long = await stack.graphql(RATE, {
        t: 'TS-20260101-AAAAAA',
        a: 'AAAA-AAAA-AAAA',
        s: false,
        r: '长'.repeat(1001),
      });
      expect(long.errors?.[0]?.extensions).toMatchObject({ field: 'reason', reason: 'TOO_LONG' });
    });

    it('lets the complainant rate the reply: not satisfied reopens the case once', async () => {
      const { trackingNumber: t, accessCode: a } = (
        await file('127.0.0.6', { content: '县某局承诺的企业扶持资金两年未兑现，要求说明原因。', departmentId: CZJ.id })
      ).data!.fileComplaint;
      const early = await stack.graphql(RATE, { t, a, s: true });
      expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_REPLIED_YET' });

      const { id } = await caseOf(t, xfj);
      const step = async (query: string, variables: Record<string, unknown>) => {
        const r = await stack.graphql(query, { id, ...variables }, xfj);
        expect(r.errors).toBeUndefined();
      };
      await step('mutation ($id: ID!) { triageCase(id: $id, accepted: true) { id } }', {});
      await step('mutation ($id: ID!, $d: ID!) { assignCase(id: $id, input: { departmentId: $d }) { id } }', {
        d: CZJ.id,
      });
      const reply = 'mutation ($id: ID!, $r: String!) { replyCase(id: $id, input: { reply: $r }) { id } }';
      await step(reply, { r: '资金已列入本年度预算，下月拨付。' });

      const noReason = await stack.graphql(RATE, { t, a, s: false });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reason', reason: 'REQUIRED' });
      expect((await stack.graphql(RATE, { t, a, s: false, r: '没有给出具体拨付时间' })).data).toEqual({
        rateComplaintReply: { status: 'ASSIGNED', satisfied: false, reopened: true },
      });
      expect((await stack.graphql(STATUS, { t, a })).data).toMatchObject({
        complaintStatus: { status: 'ASSIGNED', reply: '资金已列入本年度预算，下月拨付。', satisfied: false },
      });
      await step(reply, { r: '已于本月15日拨付到账。' });
      // a second "not satisfied" is recorded but reopens nothing
      expect((await stack.graphql(RATE, { t, a, s: false, r: '拨付太迟' })).data).toEqual({
        rateComplaintReply: { status: 'REPLIED', satisfied: false, reopened: true },
      });
      const twice = await stack.graphql(RATE, { t, a, s: true });
      expect(twice.errors?.[0]?.extensions).toMatchObject({ reason: 'ALREADY_RATED' });
    });

    it('takes one rating of two sent at once, and keeps each rating in the case’s trail after a new reply', async () => {
      const { trackingNumber: t, accessCode: a } = (
        await file('127.0.0.7', { content: '县某局窗口办事推诿，多次往返仍未办结，请督促处理。', departmentId: CZJ.id })
      ).data!.fileComplaint;
      const { id } = await caseOf(t, xfj);
      for (const [query, variables] of [
        ['mutation ($id: ID!) { triageCase(id: $id, accepted: true) { id } }', {}],
        ['mutation ($id: ID!, $d: ID!) { assignCase(id: $id, input: { departmentId: $d }) { id } }', { d: CZJ.id }],
        ['mutation ($id: ID!) { replyCase(id: $id, input: { reply: "已约谈窗口负责人并当场办结。" }) { id } }', {}],
      ] as const)
        expect((await stack.graphql(query, { id, ...variables }, xfj)).errors).toBeUndefined();
      const both = await Promise.all([
        stack.graphql<{ rateComplaintReply: { satisfied: boolean } }>(RATE, { t, a, s: true }),
        stack.graphql<{ rateComplaintReply: { satisfied: boolean } }>(RATE, { t, a, s: false, r: '办结不彻底' }),
      ]);
      const taken = both.filter((r) => !r.errors);
      expect(taken).toHaveLength(1);
      const refused = both.find((r) => r.errors)!.errors![0]!.extensions!;
      // the second finds it rated, or reopened by the first (no reply to rate), or changed under it
      expect(
        ['ALREADY_RATED', 'NOT_REPLIED_YET'].includes(String(refused.reason)) || refused.code === 'CONFLICT',
        JSON.stringify(refused),
      ).toBe(true);
      const status = await stack.graphql<{ complaintStatus: { satisfied: boolean; status: string } }>(STATUS, { t, a });
      const satisfied = taken[0]!.data!.rateComplaintReply.satisfied;
      expect(status.data!.complaintStatus).toMatchObject({ satisfied, status: satisfied ? 'REPLIED' : 'ASSIGNED' });
      const trail = await stack.graphql<{
        caseworkAuditTrail: { items: { action: string; after: { rating?: { satisfied: boolean } } | null }[] };
      }>(
        'query ($id: String!) { caseworkAuditTrail(entityId: $id, pageSize: 50) { items { action after } } }',
        { id },
        await stack.login('supervisor'),
      );
      const rated = trail.data!.caseworkAuditTrail.items.filter((e) => e.action.startsWith('complaint.r'));
      expect(rated.map((e) => e.after?.rating?.satisfied)).toEqual([satisfied]);
    });
  },
);
