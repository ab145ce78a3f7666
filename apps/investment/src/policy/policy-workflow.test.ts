import { describe, expect, it } from 'vitest';
import { POLICY_STATUSES, type PolicyStatus } from './policy.entity.js';
import { assertPolicyTransition, statusAfterEdit } from './policy-workflow.js';

const legal: [PolicyStatus, PolicyStatus][] = [
  ['DRAFT', 'UNDER_REVIEW'],
  ['UNDER_REVIEW', 'APPROVED'],
  ['UNDER_REVIEW', 'REJECTED'],
  ['APPROVED', 'UNDER_REVIEW'],
  ['REJECTED', 'UNDER_REVIEW'],
];

describe('policy review workflow', () => {
  it('allows exactly the legal transitions and refuses every other pair, naming what is allowed', () => {
    for (const from of POLICY_STATUSES) {
      for (const to of POLICY_STATUSES) {
        const ok = legal.some(([f, t]) => f === from && t === to);
        if (ok) expect(() => assertPolicyTransition(from, to)).not.toThrow();
        else {
          try {
            assertPolicyTransition(from, to);
            throw new Error(`${from} → ${to} was allowed`);
          } catch (e) {
            expect((e as { extensions: { code: string } }).extensions.code).toBe('INVALID_TRANSITION');
            expect((e as Error).message).toContain(`allowed from ${from}`);
          }
        }
      }
    }
  });

  it('sends an approved policy back to review when its text changes, and refuses edits under review', () => {
    expect(statusAfterEdit('APPROVED', true)).toBe('UNDER_REVIEW');
    expect(statusAfterEdit('APPROVED', false)).toBe('APPROVED');
    expect(statusAfterEdit('DRAFT', true)).toBe('DRAFT');
    expect(statusAfterEdit('REJECTED', true)).toBe('REJECTED');
    expect(() => statusAfterEdit('UNDER_REVIEW', true)).toThrow(/under review/);
  });
});
