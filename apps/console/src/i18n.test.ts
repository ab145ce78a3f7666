import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { translate } from './i18n';

describe('i18n', () => {
  it('translates every key into both languages', () => {
    const zh = Object.keys(messages['zh-CN']).sort();
    expect(Object.keys(messages['en-US']).sort()).toEqual(zh);
    for (const key of zh) expect((messages['en-US'] as Record<string, string>)[key]).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(translate('zh-CN', 'common.total', { total: 3 })).toBe('共 3 条');
    expect(translate('en-US', 'common.total', { total: 3 })).toBe('3 in total');
  });
});
