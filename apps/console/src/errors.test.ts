import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { mapServerErrors, resolveField, hasCode } from './errors';
import { translate } from './i18n';
import type { Translate } from './i18n';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const en: Translate = (key, params) => translate('en-US', key, params);

describe('server error mapping', () => {
  it('resolves server field paths against form fields', () => {
    expect(resolveField('uscc', ['uscc', 'name'])).toEqual(['uscc']);
    expect(resolveField('input.uscc', ['uscc', 'name'])).toEqual(['uscc']);
    expect(resolveField('milestones.1.amount', ['amount', 'milestones'])).toEqual(['milestones', 1, 'amount']);
    expect(resolveField('somethingElse', ['uscc'])).toBeNull();
  });

  it('puts BAD_USER_INPUT on its field and other errors in the general list', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: '统一社会信用代码校验位错误', extensions: { code: 'BAD_USER_INPUT', field: 'uscc' } },
        { message: 'stale', extensions: { code: 'CONFLICT' } },
      ],
    });
    const mapped = mapServerErrors(error, ['uscc', 'name'], t);
    expect(mapped.fields).toEqual([{ name: ['uscc'], errors: ['统一社会信用代码校验位错误'] }]);
    expect(mapped.general).toEqual(['数据已被他人修改，请刷新后重试']);
    expect(mapServerErrors(error, ['name'], en).general).toEqual(['统一社会信用代码校验位错误', 'Someone else changed this record; reload and try again']);
    expect(hasCode(error, 'CONFLICT')).toBe(true);
  });

  it('reports a network failure as such', () => {
    expect(mapServerErrors(new TypeError('Failed to fetch'), [], t).general).toEqual(['网络错误，请稍后重试']);
  });

  it('translates domain codes and keeps the figures the server gives with them', () => {
    const error = { errors: [{ message: 'would reach 150000000.01, above the limit of 150000000.00', extensions: { code: 'DEBT_LIMIT_EXCEEDED' } }] };
    expect(mapServerErrors(error, [], en).general).toEqual(['The debt limit would be exceeded：would reach 150000000.01, above the limit of 150000000.00']);
    expect(mapServerErrors({ errors: [{ message: '', extensions: { code: 'DEBT_LIMIT_EXCEEDED' } }] }, [], en).general).toEqual(['The debt limit would be exceeded']);
  });
});
