import { parseMoney } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { PUBLICITY_MONTHS } from './publicity.js';
import { SOURCED_RECORD_RULES, sourcedSeverity } from './sourced-records.js';

const fen = (yuan: string) => parseMoney(yuan, 'amount', { allowZero: true });

describe('records made from other domains’ facts', () => {
  it('are SERIOUS from the rule’s amount up, inclusive, and the rule’s own severity below or without one', () => {
    const rule = SOURCED_RECORD_RULES.OVERDUE_SUPPLIER_PAYMENT;
    const from = fen(rule.seriousFromAmount!);
    expect(sourcedSeverity(rule, fen('1000000.00'), from)).toBe('SERIOUS');
    expect(sourcedSeverity(rule, fen('999999.99'), from)).toBe('GENERAL');
    expect(sourcedSeverity(rule, null, from)).toBe('GENERAL');
    expect(sourcedSeverity(SOURCED_RECORD_RULES.PROCUREMENT_BREACH, fen('5000000.00'), null)).toBe('GENERAL');
  });

  it('have a publicity period allowed for every severity they can take, a source and a sender', () => {
    for (const [kind, rule] of Object.entries(SOURCED_RECORD_RULES)) {
      const severities = rule.seriousFromAmount ? [rule.severity, 'SERIOUS' as const] : [rule.severity];
      for (const s of severities) {
        expect(rule.publicityMonths, `${kind} ${s}`).toBeGreaterThanOrEqual(PUBLICITY_MONTHS[s].min);
        expect(rule.publicityMonths, `${kind} ${s}`).toBeLessThanOrEqual(PUBLICITY_MONTHS[s].max);
      }
      expect(rule.source).toMatch(/饶府〔2018〕35号/);
      expect(rule.senders.length).toBeGreaterThan(0);
    }
  });
});
