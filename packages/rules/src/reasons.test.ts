import { describe, expect, it } from 'vitest';
import { GENERIC_REASON, placeholdersOf, REASONS, reasonMessage, type Reason } from './reasons.js';

describe('reason codes', () => {
  it('give every reason a Chinese and an English message naming the same figures', () => {
    for (const [reason, text] of Object.entries(REASONS)) {
      expect(text['zh-CN'].trim(), reason).not.toBe('');
      expect(text['en-US'].trim(), reason).not.toBe('');
      expect(text['zh-CN'], `${reason} zh-CN has no Latin sentence`).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
      expect(placeholdersOf(text['zh-CN']).sort(), reason).toEqual(placeholdersOf(text['en-US']).sort());
    }
  });

  it('fill the figures into the locale’s template', () => {
    expect(reasonMessage('TOO_SHORT', { min: 10 }, 'zh-CN')).toBe('至少 10 个字符');
    expect(reasonMessage('TOO_SHORT', { min: 10 }, 'en-US')).toBe('At least 10 characters');
    expect(reasonMessage('SUM_MISMATCH', { total: '1.00', expected: '2.00' }, 'zh-CN')).toBe(
      '各项合计 1.00 元，应为 2.00 元',
    );
  });

  it('answer an unknown or missing reason with the generic message, never English in zh-CN', () => {
    expect(reasonMessage('SOMETHING_NEW', { x: 1 }, 'zh-CN')).toBe(GENERIC_REASON['zh-CN']);
    expect(reasonMessage(undefined, undefined, 'zh-CN')).toBe(GENERIC_REASON['zh-CN']);
    expect(reasonMessage('toString', null, 'zh-CN')).toBe(GENERIC_REASON['zh-CN']);
  });

  it('keep a placeholder visible when its figure is missing', () => {
    const reason: Reason = 'TOO_LONG';
    expect(reasonMessage(reason, {}, 'en-US')).toBe('At most {max} characters');
  });
});
