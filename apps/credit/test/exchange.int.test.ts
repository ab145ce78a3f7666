// The exchange with the credit platforms (issue 14.4): government dishonesty records' changes after an opaque
// cursor, in the national catalogue's fields, as JSON or CSV, signed; pages that neither miss nor repeat.
import { createHmac } from 'node:crypto';
import { demoDepartmentByCode, demoDepartments } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, addMonths, today, transaction } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, whileHeld, type GraphQLResult, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteRecordChange } from '../src/exchange/record-changes.js';
import { subgraph as credit } from '../src/index.js';

const mysql = await mysqlStatus();
const KEY = 'exchange-test-key';
const EXPORT = `query ($since: String, $format: ExchangeFormat, $limit: Int) {
  creditExchangeExport(since: $since, format: $format, limit: $limit) { cursor count content signature more }
}`;
type Batch = { cursor: string; count: number; content: string; signature: string | null; more: boolean };
type Row = Record<string, string>;

describe.skipIf(!mysql.ok)(`exchange with the credit platforms on MySQL${mysql.ok ? '' : ' (skipped)'}`, () => {
  let stack: Stack;
  let fgj: string;
  beforeAll(async () => {
    process.env.EXCHANGE_HMAC_KEY = KEY;
    process.env.EXCHANGE_SETTLE_MS = '0';
    stack = await startStack({ subgraphs: [directory, credit] });
    fgj = await stack.login('fgj');
  }, 180_000);
  afterAll(async () => {
    delete process.env.EXCHANGE_HMAC_KEY;
    delete process.env.EXCHANGE_SETTLE_MS;
    await stack?.close();
  });

  const batch = async (vars: Record<string, unknown>) => {
    const r: GraphQLResult<{ creditExchangeExport: Batch }> = await stack.graphql(EXPORT, vars, fgj);
    expect(r.errors).toBeUndefined();
    return r.data!.creditExchangeExport;
  };
  /** Every change after `since`, page by page. */
  const drain = async (since: string | null, limit: number) => {
    const rows: Row[] = [];
    let cursor = since;
    for (;;) {
      const b = await batch({ since: cursor, limit });
      rows.push(...(JSON.parse(b.content) as Row[]));
      cursor = b.cursor;
      if (!b.more) return { rows, cursor: cursor! };
    }
  };

  it('refuses whoever is not a county-wide CREDIT officer, and a cursor it did not give', async () => {
    for (const user of ['leader', 'czj'])
      expect(errorCode(await stack.graphql(EXPORT, {}, await stack.login(user)))).toBe('FORBIDDEN');
    const bad = await stack.graphql(EXPORT, { since: 'not-a-cursor' }, fgj);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
  });

  it('gives every department record on disclosure once, in the national fields, the same in pages of 7 as in one', async () => {
    const whole = await drain(null, 500);
    expect(whole.rows.length).toBeGreaterThan(0);
    const paged = await drain(null, 7);
    expect(paged.rows).toEqual(whole.rows);
    // format null, as the contract's nullable argument allows, is the default: JSON
    expect((await batch({ format: null, limit: 500 })).content).toBe((await batch({ limit: 500 })).content);
    expect(paged.cursor).toBe(whole.cursor);
    // no change twice
    const keys = whole.rows.map((r) => `${r['记录编号']}/${r['变更类型']}`);
    expect(new Set(keys).size).toBe(keys.length);
    const usccOf = new Map(demoDepartments.map((d) => [d.name, d.uscc]));
    for (const row of whole.rows) {
      expect(Object.keys(row)).toEqual([
        '记录编号',
        '变更类型',
        '主体名称',
        '统一社会信用代码',
        '失信行为类别',
        '失信严重程度',
        '认定依据',
        '认定文号',
        '认定机关',
        '认定机关统一社会信用代码',
        '认定日期',
        '公示截止日期',
        '当前状态',
        '数据来源单位',
        '数据来源单位统一社会信用代码',
        '更新时间',
      ]);
      expect(row['统一社会信用代码']).toBe(usccOf.get(row['主体名称']!));
      expect(row['数据来源单位统一社会信用代码']).toMatch(/^11/);
    }
    // nothing new: the same cursor, nothing in it
    const again = await batch({ since: whole.cursor });
    expect(again).toMatchObject({ count: 0, cursor: whole.cursor, more: false });
  });

  it('sends a new record, and one whose publicity has run out as published then expired; CSV, signed', async () => {
    const { cursor } = await drain(null, 500);
    const finance = demoDepartmentByCode('CZJ');
    const add = 'mutation ($i: AddCreditRecordInput!) { addCreditRecord(input: $i) { id } }';
    const record = (decisionDate: string, publicityEnd: string, documentNumber: string) => ({
      subjectType: 'DEPARTMENT',
      subjectId: finance.id,
      category: 'BROKEN_COMMITMENT',
      severity: 'GENERAL',
      documentNumber,
      authority: '饶平县发展和改革局',
      decisionDate,
      publish: true,
      publicityEnd,
    });
    const fresh = await stack.graphql<{ addCreditRecord: { id: string } }>(
      add,
      { i: record(today(), addMonths(today(), 6), '饶发改信〔2026〕1号') },
      fgj,
    );
    const old = addMonths(today(), -8);
    const ended = await stack.graphql<{ addCreditRecord: { id: string } }>(
      add,
      { i: record(old, addDays(addMonths(old, 6), 0), '饶发改信〔2026〕2号') },
      fgj,
    );
    expect(fresh.errors ?? ended.errors).toBeUndefined();
    const b = await batch({ since: cursor, format: 'CSV' });
    expect(b.count).toBe(3);
    const lines = b.content.split('\r\n');
    expect(lines[0]).toBe(
      '记录编号,变更类型,主体名称,统一社会信用代码,失信行为类别,失信严重程度,认定依据,认定文号,认定机关,认定机关统一社会信用代码,认定日期,公示截止日期,当前状态,数据来源单位,数据来源单位统一社会信用代码,更新时间',
    );
    const cells = lines.slice(1).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
    expect(cells.map((c) => [c[0], c[1]])).toEqual([
      [fresh.data!.addCreditRecord.id, '新增公示'],
      [ended.data!.addCreditRecord.id, '新增公示'],
      [ended.data!.addCreditRecord.id, '公示期满'],
    ]);
    expect(cells[0]!.slice(2, 6)).toEqual(['饶平县财政局', finance.uscc, '违背承诺', '一般']);
    // the deciding authority is a county body: its code; the recording officer's department is the source
    const fgjDept = demoDepartmentByCode('FGJ');
    expect(cells[0]![9]).toBe(fgjDept.uscc);
    expect([cells[0]![13], cells[0]![14]]).toEqual([fgjDept.name, fgjDept.uscc]);
    expect(cells[2]![12]).toBe('已到期');
    expect(b.signature).toBe(createHmac('sha256', KEY).update(`${b.cursor}\n${b.content}`).digest('hex'));
    expect((await batch({ since: b.cursor })).count).toBe(0);
  });

  it('fills the feed in once when two exports arrive at the same moment', async () => {
    const { cursor } = await drain(null, 500);
    const ds = stack.subgraphs.credit!.dataSource;
    // three records on disclosure, sent and active, whose publicity ran out yesterday: the next export adds
    // their EXPIRED (made by hand: no mutation shortens publicity)
    const ids = (
      (await ds.query(
        `SELECT r.id FROM credit_record r WHERE r.status = 'ACTIVE' AND r.publicity_end >= ?
           AND EXISTS (SELECT 1 FROM credit_record_change c WHERE c.record_id = r.id) ORDER BY r.id LIMIT 3`,
        [today()],
      )) as { id: string }[]
    ).map((r) => r.id);
    expect(ids).toHaveLength(3);
    await ds.query('UPDATE credit_record SET publicity_end = ? WHERE id IN (?, ?, ?)', [addDays(today(), -1), ...ids]);
    // both exports wait for the row fillings-in take turns on, then go one after the other (their variables
    // differ, or the gateway would send one request for both)
    const { result } = await whileHeld(
      ds,
      ["SELECT id FROM credit_exchange_sync WHERE id = 'main' FOR UPDATE", []],
      () => Promise.all([batch({ since: cursor }), batch({ since: cursor, limit: 500 })]),
      { waiters: 2, end: 'commit' },
    );
    const expired = (await ds.query(
      `SELECT record_id AS id, COUNT(*) AS n FROM credit_record_change
        WHERE change_kind = 'EXPIRED' AND record_id IN (?, ?, ?) GROUP BY record_id ORDER BY record_id`,
      ids,
    )) as { id: string; n: number | string }[];
    expect(expired.map((e) => [e.id, Number(e.n)])).toEqual(ids.map((id) => [id, 1]));
    // and both gave the same three changes
    for (const b of result) expect(b.count).toBe(3);
  });

  it('feeds a record published once when its first change meets an export filling the feed in', async () => {
    const ds = stack.subgraphs.credit!.dataSource;
    const [record] = (await ds.query(
      `SELECT r.id, r.subject_type AS subjectType, r.category, r.publish FROM credit_record r
        WHERE r.subject_type = 'DEPARTMENT' AND r.publish = 1 AND r.status = 'ACTIVE'
          AND EXISTS (SELECT 1 FROM credit_record_change c WHERE c.record_id = r.id) ORDER BY r.id LIMIT 1`,
    )) as { id: string; subjectType: 'DEPARTMENT'; category: string; publish: number }[];
    // as if recorded before the feed existed: the platforms have not had it
    await ds.query('DELETE FROM credit_record_change WHERE record_id = ?', [record!.id]);
    const fed = { ...record!, publish: record!.publish === 1 } as Parameters<typeof noteRecordChange>[1];
    // an export holds the fillings-in's turn and, as syncChanges does, feeds the unfed record as published;
    // the record's revocation, at the same moment, waits for it and then adds only its own change
    await whileHeld(
      ds,
      ["SELECT id FROM credit_exchange_sync WHERE id = 'main' FOR UPDATE", []],
      () => transaction({ dataSource: ds }, (m) => noteRecordChange(m, fed, 'REVOKED')),
      {
        waiters: 1,
        change: [
          "INSERT INTO credit_record_change (record_id, change_kind, at) VALUES (?, 'PUBLISHED', ?)",
          [record!.id, new Date().toISOString()],
        ],
        end: 'commit',
      },
    );
    const changes = (await ds.query(
      'SELECT change_kind AS kind FROM credit_record_change WHERE record_id = ? ORDER BY seq',
      [record!.id],
    )) as { kind: string }[];
    expect(changes.map((c) => c.kind)).toEqual(['PUBLISHED', 'REVOKED']);
  });

  // last: the record it corrects stays ACTIVE but leaves the feed, which the cases above would pick up
  it('withdraws from the platforms a record an upheld objection corrects out of dishonesty', async () => {
    const finance = demoDepartmentByCode('CZJ');
    const added = await stack.graphql<{ addCreditRecord: { id: string } }>(
      'mutation ($i: AddCreditRecordInput!) { addCreditRecord(input: $i) { id } }',
      {
        i: {
          subjectType: 'DEPARTMENT',
          subjectId: finance.id,
          category: 'BROKEN_COMMITMENT',
          severity: 'GENERAL',
          documentNumber: '饶发改信〔2026〕9号',
          authority: '饶平县发展和改革局',
          decisionDate: today(),
          publish: true,
          publicityEnd: addMonths(today(), 6),
        },
      },
      fgj,
    );
    const recordId = added.data!.addCreditRecord.id;
    const { cursor } = await drain(null, 500); // the platforms have it
    const czj = await stack.login('czj');
    const filed = await stack.graphql<{ fileObjection: { id: string } }>(
      'mutation ($r: ID!) { fileObjection(recordId: $r, reason: "该事项系培训记录，误录为失信") { id } }',
      { r: recordId },
      czj,
    );
    const rsj = await stack.login('rsj');
    const decided = await stack.graphql(
      'mutation ($id: ID!) { decideObjection(id: $id, outcome: UPHELD, note: "误录，更正为培训记录", correction: { category: TRAINING }) { status } }',
      { id: filed.data!.fileObjection.id },
      rsj,
    );
    expect(decided.errors).toBeUndefined();
    const { rows } = await drain(cursor, 500);
    expect(rows.filter((r) => r['记录编号'] === recordId).map((r) => r['变更类型'])).toEqual(['撤销']);
  });
});
