// The court's list of dishonest judgment debtors received from the platform (issue 14.4): every row accepted
// or refused with its reason, nothing written until the officer commits, then one record per case however
// often the list comes.
import { randomUUID } from 'node:crypto';
import { demoDepartmentByCode, demoEnterprises, demoGovernmentUscc } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, addMonths, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, whileHeld, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as credit } from '../src/index.js';
import { listingKey } from '../src/exchange/listing-key.js';
import { RecordListingKey1732406400400 } from '../src/migrations/1732406400400-record-listing-key.js';

const mysql = await mysqlStatus();
const IMPORT = `mutation ($c: String!, $f: ExchangeFormat!, $commit: Boolean!, $o: Int) {
  importCourtDebtorList(content: $c, format: $f, commit: $commit, lineOffset: $o) {
    accepted refused committed rows { line caseNumber accepted reason field recordId alreadyRecorded }
  }
}`;
type Report = {
  accepted: number;
  refused: number;
  committed: boolean;
  rows: {
    line: number;
    caseNumber: string;
    accepted: boolean;
    reason: string | null;
    field: string | null;
    recordId: string | null;
    alreadyRecorded: boolean;
  }[];
};

const HEADER =
  '案号,被执行人名称,统一社会信用代码,执行法院,执行依据文号,生效法律文书确定的义务,履行情况,失信行为具体情形,发布时间';
const finance = demoDepartmentByCode('CZJ');
const water = demoDepartmentByCode('SLJ');
const row = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
const line = (caseNumber: string, uscc: string, date = addDays(today(), -3), court = '饶平县人民法院') =>
  row([
    caseNumber,
    '饶平县某单位',
    uscc,
    court,
    '（2025）粤5122民初1号',
    '支付工程款 120 万元',
    '全部未履行',
    '有履行能力而拒不履行',
    date,
  ]);

const FILE = [
  HEADER,
  line('（2026）粤5122执100号', finance.uscc),
  line('（2026）粤5122执101号', `${water.uscc.slice(0, 17)}${water.uscc[17] === '0' ? '1' : '0'}`),
  line('（2026）粤5122执102号', demoEnterprises[0]!.uscc),
  line('（2026）粤5122执103号', demoGovernmentUscc('NOT-IN-COUNTY', '445122')),
  line('（2026）粤5122执100号', water.uscc),
  line('（2026）粤5122执104号', water.uscc, addDays(today(), 1)),
  line('（2026）粤5122执105号', water.uscc, addDays(today(), -1), ''),
  // a quoted cell holding a comma and a line break still makes one row
  row([
    '（2026）粤5122执106号',
    '饶平县水务局',
    water.uscc,
    '饶平县人民法院',
    '（2025）粤5122行初9号',
    '赔偿损失,并公开致歉\n（分两期）',
    '部分履行',
    '拒不履行',
    addDays(today(), -2),
  ]),
  // the same body's listing in other brackets is the same case
  line('(2026)粤5122执106号', water.uscc),
].join('\r\n');

describe.skipIf(!mysql.ok)(`court list import on MySQL${mysql.ok ? '' : ' (skipped)'}`, () => {
  let stack: Stack;
  let fgj: string;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, credit] });
    fgj = await stack.login('fgj');
  }, 180_000);
  afterAll(() => stack?.close());

  const count = async () =>
    Number(
      (
        (await stack.subgraphs.credit!.dataSource.query('SELECT COUNT(*) AS n FROM credit_record')) as { n: number }[]
      )[0]!.n,
    );
  const run = async (content: string, commit: boolean, format = 'CSV', token = fgj, offset?: number) =>
    stack.graphql<{ importCourtDebtorList: Report }>(IMPORT, { c: content, f: format, commit, o: offset }, token);

  it('refuses whoever is not a county-wide CREDIT officer, whatever the file', async () => {
    for (const user of ['leader', 'czj'])
      expect(errorCode(await run('not a file', true, 'JSON', await stack.login(user)))).toBe('FORBIDDEN');
    const unreadable = await run('not a file', true, 'JSON');
    expect(unreadable.errors?.[0]?.extensions).toMatchObject({ field: 'content', reason: 'FILE_NOT_JSON' });
    const headless = await run('名称,代码\n某单位,11445122000000000X', true);
    expect(headless.errors?.[0]?.extensions).toMatchObject({
      field: 'content',
      reason: 'FILE_HEADER_MISSING',
      params: { fields: '案号、被执行人名称、统一社会信用代码、执行法院、发布时间' },
    });
  });

  it('reports every row, writes nothing without commit, then the accepted rows once however often the list comes', async () => {
    const before = await count();
    const dry = await run(FILE, false);
    expect(dry.errors).toBeUndefined();
    const report = dry.data!.importCourtDebtorList;
    expect(report).toMatchObject({ accepted: 2, refused: 7, committed: false });
    expect(report.rows.map((r) => [r.line, r.caseNumber.slice(-5), r.accepted, r.reason, r.field])).toEqual([
      [2, '执100号', true, null, null],
      [3, '执101号', false, 'INVALID_USCC', '统一社会信用代码'],
      [4, '执102号', false, 'USCC_NOT_GOVERNMENT', '统一社会信用代码'],
      [5, '执103号', false, 'NOT_A_COUNTY_BODY', '统一社会信用代码'],
      [6, '执100号', false, 'DUPLICATE_CASE_NUMBER', '案号'],
      [7, '执104号', false, 'DATE_IN_FUTURE', '发布时间'],
      [8, '执105号', false, 'REQUIRED', '执行法院'],
      [9, '执106号', true, null, null],
      [11, '执106号', false, 'DUPLICATE_CASE_NUMBER', '案号'],
    ]);
    expect(await count()).toBe(before);

    const done = (await run(FILE, true)).data!.importCourtDebtorList;
    expect(done).toMatchObject({ accepted: 2, refused: 7, committed: true });
    expect(await count()).toBe(before + 2);
    const made = done.rows.filter((r) => r.accepted).map((r) => r.recordId);
    expect(made.every(Boolean)).toBe(true);
    const records = await stack.graphql<{
      creditRecords: {
        items: { id: string; category: string; severity: string; authority: string; documentNumber: string }[];
      };
    }>(
      'query ($d: ID!) { creditRecords(departmentId: $d, subjectType: DEPARTMENT, pageSize: 200) { items { id category severity authority documentNumber } } }',
      { d: finance.id },
      await stack.login('leader'),
    );
    expect(records.data!.creditRecords.items.find((r) => r.id === made[0])).toMatchObject({
      category: 'JUDICIAL_JUDGMENT',
      severity: 'SERIOUS',
      authority: '饶平县人民法院',
      documentNumber: '（2026）粤5122执100号',
    });

    // the same list again: nothing new, each good row pointing at the record it made
    const again = (await run(FILE, true)).data!.importCourtDebtorList;
    expect(await count()).toBe(before + 2);
    expect(again.rows.filter((r) => r.accepted).map((r) => [r.recordId, r.alreadyRecorded])).toEqual(
      made.map((id) => [id, true]),
    );
    // and as JSON
    const json = JSON.stringify([
      {
        案号: '（2026）粤5122执107号',
        被执行人名称: '饶平县水务局',
        统一社会信用代码: water.uscc,
        执行法院: '饶平县人民法院',
        发布时间: today(),
      },
    ]);
    expect((await run(json, true, 'JSON')).data!.importCourtDebtorList).toMatchObject({ accepted: 1, refused: 0 });
    expect(await count()).toBe(before + 3);
  });

  it('reports the whole file’s lines for a part of a large file (lineOffset); a negative offset is refused', async () => {
    const part = [HEADER, line('（2026）粤5122执200号', demoEnterprises[1]!.uscc)].join('\n');
    const report = (await run(part, false, 'CSV', fgj, 4998)).data!.importCourtDebtorList;
    expect(report.rows.map((r) => [r.line, r.reason])).toEqual([[5000, 'USCC_NOT_GOVERNMENT']]);
    const negative = await run(part, false, 'CSV', fgj, -1);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ field: 'lineOffset', reason: 'TOO_SMALL' });
  });
  // casework's report of a listing, as its outbox sends it
  const report = (sourceId: string, documentNumber: string) =>
    stack.graphql<{ recordFromSource: { id: string } }>(
      'mutation ($i: RecordFromSourceInput!) { recordFromSource(input: $i) { id } }',
      {
        i: {
          kind: 'JUDGMENT_DEBTOR_LISTED',
          sourceId,
          departmentId: finance.id,
          documentNumber,
          authority: '饶平县人民法院',
          decisionDate: addDays(today(), -5),
          amount: '1200000.00',
        },
      },
      stack.serviceToken('casework'),
    );
  const importRow = async (caseNumber: string) =>
    (
      await stack.graphql<{ importCourtDebtorList: Report }>(
        IMPORT,
        { c: [HEADER, line(caseNumber, finance.uscc)].join('\r\n'), f: 'CSV', commit: true },
        fgj,
      )
    ).data!.importCourtDebtorList.rows[0]!;

  it('knows a case the list brought before however its number is written, and refuses it for another body', async () => {
    const first = await importRow('（2026）粤5122执250号');
    expect(first).toMatchObject({ accepted: true, alreadyRecorded: false });
    const before = await count();
    const again = async (uscc: string) =>
      (
        await stack.graphql<{ importCourtDebtorList: Report }>(
          IMPORT,
          { c: [HEADER, line(' (2026)粤5122执250号', uscc)].join('\r\n'), f: 'CSV', commit: true },
          fgj,
        )
      ).data!.importCourtDebtorList;
    expect((await again(finance.uscc)).rows[0]).toMatchObject({
      accepted: true,
      alreadyRecorded: true,
      recordId: first.recordId,
    });
    const other = await again(water.uscc);
    expect(other).toMatchObject({ accepted: 0, refused: 1 });
    expect(other.rows[0]).toMatchObject({
      accepted: false,
      reason: 'CASE_OF_ANOTHER_BODY',
      field: '案号',
      recordId: null,
    });
    expect(await count()).toBe(before);
    // beside a new case in one file: the new one is recorded, the other body's refused, the counts say so
    const mixed = (
      await stack.graphql<{ importCourtDebtorList: Report }>(
        IMPORT,
        {
          c: [HEADER, line('（2026）粤5122执250号', water.uscc), line('（2026）粤5122执251号', water.uscc)].join(
            '\r\n',
          ),
          f: 'CSV',
          commit: true,
        },
        fgj,
      )
    ).data!.importCourtDebtorList;
    expect(mixed).toMatchObject({ accepted: 1, refused: 1 });
    expect(mixed.rows.map((r) => [r.reason, r.alreadyRecorded, Boolean(r.recordId)])).toEqual([
      ['CASE_OF_ANOTHER_BODY', false, false],
      [null, false, true],
    ]);
    expect(await count()).toBe(before + 1);
  });

  it('keeps one record of a listing told by both the court’s list and casework, whichever came first', async () => {
    const casework = stack.serviceToken('casework');
    // casework first: its listing decision (之一) is the case the court's list names, in other brackets
    const first = await report('judgment-dedupe-1', '（2026）粤5122执200号之一');
    expect(first.errors).toBeUndefined();
    const before = await count();
    const row = await importRow('(2026)粤5122执200号');
    expect(row).toMatchObject({ accepted: true, alreadyRecorded: true, recordId: first.data!.recordFromSource.id });
    expect(await count()).toBe(before);
    // the court's list first: casework's report of the listing takes that record, and its cure reaches it
    const courts = await importRow('（2026）粤5122执201号');
    expect(courts).toMatchObject({ accepted: true, alreadyRecorded: false });
    const reported = await report('judgment-dedupe-2', '（2026）粤5122执201号之一');
    expect(reported.data!.recordFromSource.id).toBe(courts.recordId);
    expect(await count()).toBe(before + 1);
    const cured = await stack.graphql<{ recordSourceCured: { id: string } }>(
      'mutation ($i: SourceCuredInput!) { recordSourceCured(input: $i) { id } }',
      { i: { sourceId: 'judgment-dedupe-2', curedOn: today() } },
      casework,
    );
    expect(cured.data!.recordSourceCured.id).toBe(courts.recordId);
    // the list comes again: still that one record
    expect(await importRow('（2026）粤5122执201号')).toMatchObject({
      alreadyRecorded: true,
      recordId: courts.recordId,
    });
    // another case of the same department is another listing
    expect(await importRow('（2026）粤5122执2011号')).toMatchObject({ alreadyRecorded: false });
    expect(await count()).toBe(before + 2);
  });

  // A listing record written by the other channel and not yet committed when this one reads: held by hand (keyed
  // false: as recorded before the key existed)
  const heldListing = (
    id: string,
    source: string,
    sourceId: string,
    documentNumber: string,
    keyed = true,
  ): [string, unknown[]] => {
    const day = addDays(today(), -5);
    return [
      `INSERT INTO credit_record (id, subject_type, subject_id, subject_name, department_id, category, severity,
         document_number, authority, decision_date, publish, publicity_start, publicity_end, status, under_objection,
         created_by, created_at, version, source_subgraph, source_id, cure_required${keyed ? ', listing_key' : ''})
       VALUES (?, 'DEPARTMENT', ?, '饶平县财政局', ?, 'JUDICIAL_JUDGMENT', 'SERIOUS', ?, '饶平县人民法院', ?, 1, ?, ?,
         'ACTIVE', 0, 'race-test', ?, 1, ?, ?, ?${keyed ? ', ?' : ''})`,
      [
        id,
        finance.id,
        finance.id,
        documentNumber,
        day,
        day,
        addMonths(day, 24),
        new Date().toISOString(),
        source,
        sourceId,
        source === 'casework' ? 1 : 0,
        ...(keyed ? [listingKey(finance.id, documentNumber)] : []),
      ],
    ];
  };

  it('keeps one record of a listing the court’s list and casework write at the same moment', async () => {
    const ds = stack.subgraphs.credit!.dataSource;
    const before = await count();
    // casework's report is being written as the import reads: the import's record waits for it, then is not made
    const casework = randomUUID();
    const imported = await whileHeld(
      ds,
      heldListing(casework, 'casework', 'judgment-race-1', '（2026）粤5122执220号之一'),
      () => importRow('（2026）粤5122执220号'),
      { waiters: 1, end: 'commit' },
    );
    expect(imported.result).toMatchObject({ accepted: true, alreadyRecorded: true, recordId: casework });
    expect(await count()).toBe(before + 1);
    // the court's list is being imported as casework reports: the report waits for it, then takes its record
    const court = randomUUID();
    const reported = await whileHeld(
      ds,
      heldListing(court, 'court-list', '（2026）粤5122执221号', '（2026）粤5122执221号'),
      () => report('judgment-race-2', '（2026）粤5122执221号之一'),
      { waiters: 1, end: 'commit' },
    );
    expect(reported.result.errors).toBeUndefined();
    expect(reported.result.data!.recordFromSource.id).toBe(court);
    expect(await count()).toBe(before + 2);
    const [adopted] = (await ds.query(
      'SELECT source_subgraph AS source, source_id AS sourceId FROM credit_record WHERE id = ?',
      [court],
    )) as { source: string; sourceId: string }[];
    expect(adopted).toEqual({ source: 'casework', sourceId: 'judgment-race-2' });
  });

  it('keeps apart two of casework’s judgments that name one listing decision, each record its own', async () => {
    const before = await count();
    const first = await report('judgment-twice-1', '（2026）粤5122执230号之一');
    const second = await report('judgment-twice-2', '（2026）粤5122执230号之一');
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.recordFromSource.id).not.toBe(first.data!.recordFromSource.id);
    expect(await count()).toBe(before + 2);
    // each judgment's cure reaches its own record
    const cured = await stack.graphql<{ recordSourceCured: { id: string } }>(
      'mutation ($i: SourceCuredInput!) { recordSourceCured(input: $i) { id } }',
      { i: { sourceId: 'judgment-twice-2', curedOn: today() } },
      stack.serviceToken('casework'),
    );
    expect(cured.data!.recordSourceCured.id).toBe(second.data!.recordFromSource.id);
    // the court's list names the listing: the record that holds it, nothing new
    expect(await importRow('（2026）粤5122执230号')).toMatchObject({
      alreadyRecorded: true,
      recordId: first.data!.recordFromSource.id,
    });
    expect(await count()).toBe(before + 2);
  });

  it('approves no repair of a court listing while the cause casework then reported is not cured', async () => {
    const casework = stack.serviceToken('casework');
    // listed 13 months ago: in publicity (24 months), repairable (12 months' minimum for a SERIOUS record)
    const published = addMonths(today(), -13);
    const imported = await stack.graphql<{ importCourtDebtorList: Report }>(
      IMPORT,
      { c: [HEADER, line('（2025）粤5122执300号', finance.uscc, published)].join('\r\n'), f: 'CSV', commit: true },
      fgj,
    );
    const recordId = imported.data!.importCourtDebtorList.rows[0]!.recordId!;
    const czjCredit = await stack.newUserToken({
      username: 'czj-listing-repair',
      roles: ['OFFICER'],
      domains: ['CREDIT'],
      departmentId: finance.id,
    });
    const applied = await stack.graphql<{ applyCreditRepair: { id: string } }>(
      'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已与申请执行人和解", commitmentLetter: "信用承诺书") { id } }',
      { r: recordId },
      czjCredit,
    );
    expect(applied.errors).toBeUndefined();
    // casework reports the listing (its judgment unfulfilled): the record now waits for the cure
    const reported = await stack.graphql<{ recordFromSource: { id: string } }>(
      'mutation ($i: RecordFromSourceInput!) { recordFromSource(input: $i) { id } }',
      {
        i: {
          kind: 'JUDGMENT_DEBTOR_LISTED',
          sourceId: 'judgment-listing-repair',
          departmentId: finance.id,
          documentNumber: '〔2025〕粤5122执300号之一',
          authority: '饶平县人民法院',
          decisionDate: published,
        },
      },
      casework,
    );
    expect(reported.data!.recordFromSource.id).toBe(recordId);
    const decide = () =>
      stack.graphql(
        'mutation ($id: ID!) { decideCreditRepair(id: $id, approved: true, note: "已和解，准予修复") { status } }',
        { id: applied.data!.applyCreditRepair.id },
        fgj,
      );
    const refused = await decide();
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'REPAIR_NOT_ALLOWED', reason: 'CAUSE_NOT_CURED' });
    await stack.graphql(
      'mutation ($i: SourceCuredInput!) { recordSourceCured(input: $i) { id } }',
      { i: { sourceId: 'judgment-listing-repair', curedOn: today() } },
      casework,
    );
    expect((await decide()).errors).toBeUndefined();
  });
  // last: it takes the listing key away and puts it back
  it('gives existing listings their key on upgrade, the standing record of a listing recorded twice keeping it', async () => {
    const ds = stack.subgraphs.credit!.dataSource;
    const q = ds.createQueryRunner();
    try {
      const migration = new RecordListingKey1732406400400();
      await migration.down(q);
      // recorded twice before the key existed: casework's first, revoked since; the court's list's later, standing
      const revoked = randomUUID();
      const standing = randomUUID();
      for (const [id, source, sourceId, number] of [
        [revoked, 'casework', 'judgment-upgrade', '（2026）粤5122执240号之一'],
        [standing, 'court-list', '（2026）粤5122执240号', '（2026）粤5122执240号'],
      ] as const) {
        await q.query(...heldListing(id, source, sourceId, number, false));
      }
      // the revoked one recorded first
      await q.query("UPDATE credit_record SET status = 'REVOKED', created_at = ? WHERE id = ?", [
        `${addDays(today(), -300)}T08:00:00.000Z`,
        revoked,
      ]);
      await migration.up(q);
      const keys = (await q.query('SELECT id, listing_key AS k FROM credit_record WHERE id IN (?, ?) ORDER BY id', [
        revoked,
        standing,
      ])) as { id: string; k: string | null }[];
      expect(Object.fromEntries(keys.map((r) => [r.id, r.k]))).toEqual({
        [revoked]: null,
        [standing]: listingKey(finance.id, '（2026）粤5122执240号'),
      });
      // the key is unique again
      await expect(
        q.query(...heldListing(randomUUID(), 'court-list', 'upgrade-copy', '（2026）粤5122执240号')),
      ).rejects.toThrow(/Duplicate/);
      // and the listing is that record: casework's next report of it takes it over
      const reported = await report('judgment-upgrade-2', '（2026）粤5122执240号之一');
      expect(reported.data!.recordFromSource.id).toBe(standing);
    } finally {
      await q.release();
    }
  });
});
