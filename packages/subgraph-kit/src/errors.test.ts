import { describe, expect, it } from 'vitest';
import { AppError, badInput, mustFind, requiredText, textAtMost } from './errors.js';

describe('contract errors', () => {
  it('carry the reason code and its figures beside the code and field', () => {
    expect(badInput('name', 'TOO_SHORT', 'name is too short', { min: 2 }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_SHORT',
      params: { min: 2 },
      field: 'name',
    });
    // without explicit params, a refusal's plain figures are its params (the field is not a figure)
    expect(new AppError('INVALID_TRANSITION', 'INVALID_STATE', 'x', { from: 'FILED', allowed: [] }).extensions).toEqual(
      { code: 'INVALID_TRANSITION', reason: 'INVALID_STATE', params: { from: 'FILED' }, from: 'FILED', allowed: [] },
    );
  });

  it('mustFind returns what was found and is NOT_FOUND otherwise', async () => {
    await expect(mustFind(Promise.resolve({ id: 'a' }), 'thing', 'a')).resolves.toEqual({ id: 'a' });
    await expect(mustFind(Promise.resolve(null), 'thing', 'b')).rejects.toMatchObject({
      message: 'thing b does not exist',
      extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { id: 'b' } },
    });
  });

  it('requiredText trims, and counts no spaces toward the minimum', () => {
    expect(requiredText('  已补付 ', 'resolution')).toBe('已补付');
    expect(() => requiredText(' \u3000 x ', 'resolution')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'resolution', reason: 'TOO_SHORT' }) }),
    );
  });

  it('textAtMost trims, and refuses more than the column holds on its field', () => {
    expect(textAtMost(` ${'议'.repeat(1000)} `, 'note', 1000)).toBe('议'.repeat(1000));
    expect(() => textAtMost('议'.repeat(1001), 'note', 1000)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ field: 'note', reason: 'TOO_LONG', params: { max: 1000 } }),
      }),
    );
  });
});
