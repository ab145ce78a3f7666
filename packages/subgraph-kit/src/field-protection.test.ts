import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldProtection } from './field-protection.js';

describe('field protection', () => {
  beforeAll(() => {
    process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString('hex');
  });

  it('round-trips per scope, and one subgraph’s keys open nothing of another’s', () => {
    const credit = fieldProtection('credit');
    const casework = fieldProtection('casework');
    const stored = casework.encrypt('13812345678');
    expect(stored).not.toContain('13812345678');
    expect(casework.decrypt(stored)).toBe('13812345678');
    expect(() => credit.decrypt(stored)).toThrow();
    expect(credit.lookup('x')).not.toBe(casework.lookup('x'));
  });
});
