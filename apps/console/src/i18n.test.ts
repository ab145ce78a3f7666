import { describe, expect, it } from 'vitest';
import { zhMessages } from './messages';
import { enUS } from './messages/en-US';
import { registerMessages, translate } from './i18n';

describe('i18n', () => {
  it('translates every key into both languages', () => {
    const zh = Object.keys(zhMessages).sort();
    expect(Object.keys(enUS).sort()).toEqual(zh);
    for (const key of zh) expect((enUS as Record<string, string>)[key]).not.toBe('');
  });

  it('shows no English sentence in a Chinese string', () => {
    // a run of three English words in zh-CN is an untranslated sentence (codes like OCID, CSV, PPP are fine)
    const english = Object.entries(zhMessages).filter(([, v]) => /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(v));
    expect(english).toEqual([]);
  });

  it('fills placeholders, and falls back to Chinese until English is loaded', () => {
    expect(translate('zh-CN', 'common.total', { total: 3 })).toBe('共 3 条');
    registerMessages('en-US', enUS);
    expect(translate('en-US', 'common.total', { total: 3 })).toBe('3 in total');
  });
});
