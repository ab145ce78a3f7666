import { describe, expect, it } from 'vitest';
import { canExtend, replyRuleOf } from './extension';

const rules = [
  { kind: 'PETITION', stage: 'REPLY', extensionAmount: 30, effectiveFrom: '2022-05-01' },
  { kind: 'PETITION', stage: 'REPLY', extensionAmount: null, effectiveFrom: '2030-01-01' },
  { kind: 'PETITION', stage: 'ACCEPT', extensionAmount: 5, effectiveFrom: '2022-05-01' },
  { kind: 'COMPLAINT', stage: 'REPLY', extensionAmount: null, effectiveFrom: '2018-01-01' },
];
const petition = {
  kind: 'PETITION',
  status: 'ASSIGNED',
  receivedOn: '2026-03-01',
  replyDeadline: '2026-05-01',
  extendedOn: null,
};

describe('the extension the inbox offers', () => {
  it('takes the reply rule in force on the day received', () => {
    expect(replyRuleOf(rules, 'PETITION', '2026-03-01')?.extensionAmount).toBe(30);
    expect(replyRuleOf(rules, 'PETITION', '2031-03-01')?.extensionAmount).toBeNull();
    expect(replyRuleOf(rules, 'PETITION', '2020-01-01')).toBeNull();
  });

  it('is offered once, while the reply period runs, where the rule allows one', () => {
    expect(canExtend(petition, rules, '2026-04-15')).toBe(true);
    expect(canExtend({ ...petition, status: 'ACCEPTED' }, rules, '2026-04-15')).toBe(true);
    expect(canExtend({ ...petition, extendedOn: '2026-04-01' }, rules, '2026-04-15')).toBe(false);
    expect(canExtend({ ...petition, replyDeadline: null }, rules, '2026-04-15')).toBe(false);
    expect(canExtend({ ...petition, status: 'REPLIED' }, rules, '2026-04-15')).toBe(false);
    expect(canExtend({ ...petition, kind: 'COMPLAINT' }, rules, '2026-04-15')).toBe(false);
    expect(canExtend({ ...petition, receivedOn: '2031-01-02' }, rules, '2026-04-15')).toBe(false);
  });

  it('is offered on the reply period’s last day and not the day after', () => {
    expect(canExtend(petition, rules, '2026-05-01')).toBe(true);
    expect(canExtend(petition, rules, '2026-05-02')).toBe(false);
  });
});
