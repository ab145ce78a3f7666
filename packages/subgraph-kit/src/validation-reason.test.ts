import { describe, expect, it } from 'vitest';
import { reasonOfConstraint } from './validation-reason.js';

describe('class-validator constraints → reason codes', () => {
  it('names too short and too long with the figure', () => {
    expect(reasonOfConstraint('isLength', 'text must be longer than or equal to 10 characters')).toEqual({
      reason: 'TOO_SHORT',
      params: { min: 10 },
    });
    expect(reasonOfConstraint('isLength', 'name must be shorter than or equal to 200 characters')).toEqual({
      reason: 'TOO_LONG',
      params: { max: 200 },
    });
    expect(reasonOfConstraint('isLength', 'password must be at least 10 characters')).toEqual({
      reason: 'TOO_SHORT',
      params: { min: 10 },
    });
  });

  it('names bounds, sizes and formats', () => {
    expect(reasonOfConstraint('min', 'page must not be less than 1')).toEqual({
      reason: 'TOO_SMALL',
      params: { min: 1 },
    });
    expect(reasonOfConstraint('max', 'pageSize must not be greater than 200')).toEqual({
      reason: 'TOO_LARGE',
      params: { max: 200 },
    });
    expect(reasonOfConstraint('arrayNotEmpty', 'milestones should not be empty')).toEqual({
      reason: 'TOO_FEW_ITEMS',
      params: { min: 1 },
    });
    expect(reasonOfConstraint('arrayMaxSize', 'payments must contain no more than 600 elements')).toEqual({
      reason: 'TOO_MANY_ITEMS',
      params: { max: 600 },
    });
    expect(reasonOfConstraint('matches', 'code must be 1-32 letters')).toEqual({
      reason: 'INVALID_FORMAT',
      params: {},
    });
  });
});
