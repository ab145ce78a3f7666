import { demoDepartmentByCode } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, calendarSettleMs, today, type RequestContext } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountCreditDeadlines } from '../src/calendar/deadline-recount.js';
import { subgraph as credit } from '../src/index.js';

const mysql = await mysqlStatus();
const CZJ = demoDepartmentByCode('CZJ');

// A calendar change moves the open deadlines counted over it, in the same change: a day made a holiday in the
// middle of an open objection's count pushes it one working day, and undoing it brings it back; each move is
// audited with the change named, and casework and supervision are told through the outbox; every domain looks
// once more later. (Repairs take the same path: applyCalendarChange.)
describe.skipIf(!mysql.ok)('deadlines counted again when the calendar changes', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, credit] });
  }, 180_000);
  afterAll(() => stack?.close());

  it('moves an open objection by a holiday set inside its count, and back', async () => {
    const [rsj, czj, admin] = await Promise.all(['rsj', 'czj', 'admin'].map((u) => stack.login(u)));
    const decided = addDays(today(), -3);
    const added = await stack.graphql<{ addCreditRecord: { id: string } }>(
      'mutation ($i: AddCreditRecordInput!) { addCreditRecord(input: $i) { id } }',
      {
        i: {
          subjectType: 'DEPARTMENT',
          subjectId: CZJ.id,
          category: 'BROKEN_COMMITMENT',
          severity: 'GENERAL',
          documentNumber: '饶发改信〔2026〕77号',
          authority: '饶平县发展和改革局',
          decisionDate: decided,
          publish: true,
          publicityEnd: addDays(decided, 365),
        },
      },
      rsj,
    );
    expect(added.errors).toBeUndefined();
    const filed = await stack.graphql<{
      fileObjection: { id: string; acceptDeadline: string; decisionDeadline: string };
    }>(
      'mutation ($r: ID!) { fileObjection(recordId: $r, reason: "该承诺已兑现") { id acceptDeadline decisionDeadline } }',
      { r: added.data!.addCreditRecord.id },
      czj,
    );
    expect(filed.errors).toBeUndefined();
    const objection = filed.data!.fileObjection;
    // a working day inside the count (the accept deadline itself) becomes a holiday
    const day = objection.acceptDeadline;
    const set = (kind: string) =>
      stack.graphql(
        'mutation ($d: Date!, $k: CalendarDayKind!) { setCalendarDay(date: $d, kind: $k, name: "测试调整") { date } }',
        { d: day, k: kind },
        admin,
      );
    expect((await set('HOLIDAY')).errors).toBeUndefined();
    const read = async () =>
      (
        await stack.graphql<{
          creditRecord: { objections: { id: string; acceptDeadline: string; decisionDeadline: string }[] };
        }>(
          'query ($id: ID!) { creditRecord(id: $id) { objections { id acceptDeadline decisionDeadline } } }',
          { id: added.data!.addCreditRecord.id },
          rsj,
        )
      )
        .data!.creditRecord.objections.filter((o) => o.id === objection.id)
        .map(({ acceptDeadline, decisionDeadline }) => ({ acceptDeadline, decisionDeadline }))[0]!;
    const moved = await read();
    expect(moved.acceptDeadline > objection.acceptDeadline).toBe(true);
    expect(moved.decisionDeadline > objection.decisionDeadline).toBe(true);
    const audits = async () =>
      Number(
        (
          (await stack.subgraphs.credit!.dataSource.query(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'objection.recount' AND entity_id = ?",
            [objection.id],
          )) as { n: number }[]
        )[0]!.n,
      );
    expect(await audits()).toBe(1);
    // the second look: an objection written on the calendar read just before the change committed (its old count,
    // stored after the change's own count) is counted again when credit's held-back message comes due
    const db = stack.subgraphs.credit!.dataSource;
    await db.query('UPDATE objection SET accept_deadline = ?, decision_deadline = ? WHERE id = ?', [
      objection.acceptDeadline,
      objection.decisionDeadline,
      objection.id,
    ]);
    const settle = (await db.query(
      "SELECT created_at AS c, next_attempt_at AS n FROM outbox_message WHERE topic = 'calendar.settle.credit'",
    )) as { c: string; n: string }[];
    expect(settle.map((m) => Date.parse(m.n) - Date.parse(m.c))).toEqual([calendarSettleMs()]);
    await db.query("UPDATE outbox_message SET next_attempt_at = ? WHERE topic = 'calendar.settle.credit'", [
      new Date(Date.now() - 1).toISOString(),
    ]);
    await stack.delivered('credit', { topic: 'calendar.settle.credit' });
    expect(await read()).toEqual(moved);
    expect(await audits()).toBe(2);
    // the second look losing to an officer's step: the step commits on the objection between the look's read and
    // its versioned write, so it answers CONFLICT and the message is sent again, which then counts it
    await db.query('UPDATE objection SET accept_deadline = ?, decision_deadline = ? WHERE id = ?', [
      objection.acceptDeadline,
      objection.decisionDeadline,
      objection.id,
    ]);
    const racing = Object.create(db, {
      transaction: {
        value: (work: (m: EntityManager) => Promise<unknown>) =>
          db.transaction((m) =>
            work(
              new Proxy(m, {
                get: (target, name, receiver) =>
                  name === 'update'
                    ? async (...args: Parameters<EntityManager['update']>) => {
                        await db.query('UPDATE objection SET version = version + 1 WHERE id = ?', [objection.id]);
                        return target.update(...args);
                      }
                    : Reflect.get(target, name, receiver),
              }),
            ),
          ),
      },
    }) as typeof db;
    const holiday = { from: day, to: day, cause: `calendar.set ${day}` };
    const lookAs = (dataSource: typeof db) =>
      recountCreditDeadlines(
        { dataSource, caller: { id: 'test', username: 'test' }, requestId: 't' } as unknown as RequestContext,
        holiday,
      );
    await expect(lookAs(racing)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', params: { count: 1 } },
    });
    expect(await read()).toEqual({
      acceptDeadline: objection.acceptDeadline,
      decisionDeadline: objection.decisionDeadline,
    });
    expect(await lookAs(db)).toBe(1);
    expect(await read()).toEqual(moved);
    expect(await audits()).toBe(3);
    // undone: back to the first count
    expect((await set('NORMAL')).errors).toBeUndefined();
    expect(await read()).toEqual({
      acceptDeadline: objection.acceptDeadline,
      decisionDeadline: objection.decisionDeadline,
    });
    expect(await audits()).toBe(4);
    // each change also told the subgraphs counting deadlines on this calendar, in its own transaction
    const messages = (await stack.subgraphs.credit!.dataSource.query(
      "SELECT topic, payload_json AS p FROM outbox_message WHERE topic LIKE 'calendar.changed.%'",
    )) as { topic: string; p: string }[];
    const change = { from: day, to: day, cause: `calendar.set ${day}` };
    expect(
      messages
        .map((m) => ({ topic: m.topic, change: JSON.parse(m.p) as unknown }))
        .sort((a, b) => a.topic.localeCompare(b.topic)),
    ).toEqual([
      { topic: 'calendar.changed.casework', change },
      { topic: 'calendar.changed.casework', change },
      { topic: 'calendar.changed.supervision', change },
      { topic: 'calendar.changed.supervision', change },
    ]);
    // and every domain, credit included, once more after CALENDAR_SETTLE_MS
    const later = (await stack.subgraphs.credit!.dataSource.query(
      "SELECT topic FROM outbox_message WHERE topic LIKE 'calendar.settle.%' ORDER BY topic",
    )) as { topic: string }[];
    expect(later.map((m) => m.topic)).toEqual(
      ['credit', 'credit', 'casework', 'casework', 'supervision', 'supervision']
        .map((s) => `calendar.settle.${s}`)
        .sort(),
    );
  });
});
