import { describe, expect, it } from 'vitest';
import { actorsIn, auditItems, fenAsYuan, valueText, type ValueWords } from './audit-items';
import { AUDIT_FIELD, AUDIT_FIELD_OF, auditFieldName } from './audit-fields';
import { deadlineRuleText, itemKind } from './audit-values';

describe('auditItems', () => {
  it('lists every item of either side, marking only those whose value changed', () => {
    const items = auditItems(
      { status: 'FILED', reason: 'x', version: 1, gone: 'a' },
      { status: 'ACCEPTED', reason: 'x', version: 2, acceptedOn: '2026-12-01' },
    );
    expect(items).toEqual([
      { name: 'status', before: 'FILED', after: 'ACCEPTED', changed: true },
      { name: 'reason', before: 'x', after: 'x', changed: false },
      { name: 'version', before: 1, after: 2, changed: true },
      { name: 'acceptedOn', before: null, after: '2026-12-01', changed: true },
      { name: 'gone', before: 'a', after: null, changed: true },
    ]);
  });

  it('reads a creation (no before) as every set item new, and compares lists by their content', () => {
    expect(auditItems(null, { tags: ['a'], amount: null })).toEqual([
      { name: 'tags', before: null, after: ['a'], changed: true },
      { name: 'amount', before: null, after: null, changed: false },
    ]);
    expect(auditItems({ tags: ['a'] }, { tags: ['a'] })[0]!.changed).toBe(false);
  });

  it('reads a snapshot that is a list (a replaced schedule) as its entries from 1, and a text as no items', () => {
    expect(auditItems([{ a: 1 }, { a: 2 }], [{ a: 1 }])).toEqual([
      { name: '1', before: { a: 1 }, after: { a: 1 }, changed: false },
      { name: '2', before: { a: 2 }, after: null, changed: true },
    ]);
    expect(auditItems('text', null)).toEqual([]);
  });
});

describe('valueText', () => {
  const words: ValueWords = { locale: 'zh-CN', yes: '是', no: '否', time: (t) => `local ${t}` };
  const SEVERITY = { SERIOUS: { 'zh-CN': '严重', 'en-US': 'Serious' } };

  it('names a code its table knows, and shows one it does not as stored', () => {
    expect(valueText('SERIOUS', { table: SEVERITY }, words)).toBe('严重');
    expect(valueText('MINOR', { table: SEVERITY }, words)).toBe('MINOR');
    expect(valueText('toString', { table: SEVERITY }, words)).toBe('toString');
    expect(valueText(['SERIOUS', 'X'], { table: SEVERITY }, words)).toBe('严重、X');
  });

  it('says yes or no for a flag, an instant in local time, a number as it is, and keeps null null', () => {
    expect(valueText(true, {}, words)).toBe('是');
    expect(valueText(false, {}, words)).toBe('否');
    expect(valueText('2026-12-07T02:52:49.123Z', {}, words)).toBe('local 2026-12-07T02:52:49.123Z');
    expect(valueText('2026-12-07', {}, words)).toBe('2026-12-07');
    expect(valueText(1200, {}, words)).toBe('1200');
    expect(valueText({ a: 1 }, {}, words)).toBe('{"a":1}');
    expect(valueText(null, { table: SEVERITY }, words)).toBeNull();
  });

  it('names a department by its id wherever the id stands (its own item, a record’s subject)', () => {
    const named = (id: string) => (id === 'd-1' ? '县财政局' : undefined);
    expect(valueText('d-1', {}, { ...words, named })).toBe('县财政局');
    expect(valueText('d-2', {}, { ...words, named })).toBe('d-2');
  });

  it('shows money kept in fen as yuan, to the fen, however large', () => {
    expect(valueText('90000000', { money: true }, words)).toBe('900,000.00');
    expect(valueText(5, { money: true }, words)).toBe('0.05');
    expect(fenAsYuan('-123456')).toBe('-1,234.56');
    expect(fenAsYuan('9223372036854775807')).toBe('92,233,720,368,547,758.07');
    expect(fenAsYuan('12.5')).toBe('12.5');
  });
});

describe('the names of audited items', () => {
  it('are Chinese without Latin words (LPR and PPP are the regulations’ own) and English', () => {
    const own = Object.entries(AUDIT_FIELD_OF).flatMap(([kind, items]) =>
      Object.entries(items).map(([item, name]) => [`${kind}.${item}`, name] as const),
    );
    for (const [key, name] of [...Object.entries(AUDIT_FIELD), ...own]) {
      expect(name['zh-CN'].replace(/LPR|PPP/g, ''), key).toMatch(/^[^A-Za-z]+$/);
      expect(name['en-US'].trim(), key).not.toBe('');
    }
  });

  it('read money in yuan only where a record keeps fen: a sourced credit record keeps the sender’s yuan', () => {
    expect(itemKind('DebtLimit', 'amount').money).toBe(true);
    expect(itemKind('CreditRecord', 'amount').money).toBe(false);
    expect(itemKind('DeadlineRule', 'amount').money).toBe(false);
    expect(itemKind('toString', 'amount').money).toBe(false);
    expect(itemKind('CreditRecord', 'severity').table?.SERIOUS?.['zh-CN']).toBe('严重');
  });

  it('read a deadline rule’s id as its kind, stage and version, and an id of another shape as stored', () => {
    const words: ValueWords = { locale: 'zh-CN', yes: '是', no: '否', time: (t) => t };
    const kind = itemKind('Case', 'replyRuleId');
    expect(valueText('COMPLAINT.REPLY.2', kind, words)).toMatch(/^\S+ · \S+ · 第2版$/);
    expect(valueText('COMPLAINT.REPLY.2', kind, words)).not.toMatch(/[A-Z]{3}/);
    expect(deadlineRuleText('NOPE.REPLY.2', 'zh-CN')).toBe('NOPE.REPLY.2');
    expect(deadlineRuleText('COMPLAINT.REPLY.x', 'en-US')).toBe('COMPLAINT.REPLY.x');
  });

  it('name an item by its kind of record where the shared name would mislead', () => {
    expect(auditFieldName('Case', 'title')?.['zh-CN']).toBe('标题');
    expect(auditFieldName('ProcurementProject', 'title')?.['zh-CN']).toBe('名称');
    expect(auditFieldName('DeadlineRule', 'amount')?.['zh-CN']).toBe('期限');
    expect(auditFieldName('DebtLimit', 'amount')?.['zh-CN']).toBe('金额');
    expect(auditFieldName('toString', 'constructor')).toBeUndefined();
    expect(auditFieldName('Case', 'hasOwnProperty')).toBeUndefined();
  });

  it('read the stored text codes that are no GraphQL enum: an acceptance result, a feedback decision', () => {
    const words: ValueWords = { locale: 'zh-CN', yes: '是', no: '否', time: (t) => t };
    expect(valueText('FAILED', itemKind('Contract', 'acceptanceResult'), words)).toBe('验收不合格');
    expect(valueText('KEPT', itemKind('EvaluationFeedback', 'decision'), words)).toBe('维持原结果');
  });

  it('read a record kept inside another item by item: a schedule in yuan, a calendar day by its kind, who by name', () => {
    const words: ValueWords = {
      locale: 'zh-CN',
      yes: '是',
      no: '否',
      time: (t) => t,
      actor: (u) => `«${u}»`,
      none: '无',
    };
    const schedule = [
      { dueDate: '2027-06-30', principal: '100000000', interest: '1250000' },
      { dueDate: '2028-06-30', principal: '0', interest: null },
    ];
    expect(valueText(schedule, itemKind('DebtInstrument', 'schedule'), words)).toBe(
      '到期日期：2027-06-30，本金（元）：1,000,000.00，利息（元）：12,500.00\n到期日期：2028-06-30，本金（元）：0.00，利息（元）：无',
    );
    // a replaced schedule's entries (items 1, 2, …) read the same
    expect(valueText(schedule[0], itemKind('DebtInstrument', '1'), words)).toContain('本金（元）：1,000,000.00');
    expect(
      valueText(
        { amount: '5000', paidOn: '2026-12-01', recordedBy: 'czj' },
        itemKind('PaymentMilestone', 'payment'),
        words,
      ),
    ).toBe('金额：50.00，支付日期：2026-12-01，登记人：«czj»');
    expect(valueText({ result: 'FAILED' }, itemKind('Contract', 'attempt'), words)).toBe('结果：验收不合格');
    // an item of the nested record the console cannot name is shown as stored, never dropped
    expect(valueText({ novel: 1 }, itemKind('Contract', 'attempt'), words)).toBe('novel：1');
    // an item with no nested kind stays as stored
    expect(valueText({ a: 1 }, itemKind('Contract', 'unknown'), words)).toBe('{"a":1}');
  });

  it('read the other records kept inside a change: payments and fulfilments in yuan, a due date moved or not yet set', () => {
    const words: ValueWords = { locale: 'zh-CN', yes: '是', no: '否', time: (t) => t, none: '无' };
    for (const [kind, item] of [
      ['PppObligation', 'payment'],
      ['Commitment', 'event'],
      ['Judgment', 'fulfilment'],
    ] as const)
      expect(valueText({ amount: '123456' }, itemKind(kind, item), words), `${kind}.${item}`).toBe('金额：1,234.56');
    expect(valueText([{ from: '2026-12-01', to: null }], itemKind('Contract', 'moved'), words)).toBe(
      '原到期日期：2026-12-01，调整后到期日期：无',
    );
    expect(valueText(['a', 'b'], {}, words)).toBe('a、b');
  });

  it('find who acted inside nested records, to read their names at once', () => {
    expect(
      actorsIn([
        { recordedBy: 'czj', payment: { recordedBy: 'fgj' } },
        { days: [{ loadedBy: 'admin' }], by: 'x' },
      ]),
    ).toEqual(['czj', 'fgj', 'admin']);
    expect(actorsIn(null)).toEqual([]);
  });
});
