import { beforeAll, describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorText, mapServerErrors, resolveField, hasCode } from './errors';
import { translator } from './i18n';
import { reasonsReady } from './reason-text';

const t = translator('zh-CN');
const en = translator('en-US');

describe('server error mapping', () => {
  // the reason texts load in a chunk of their own; the console starts loading them when the shell mounts
  beforeAll(() => reasonsReady());

  it('resolves server field paths against form fields', () => {
    expect(resolveField('uscc', ['uscc', 'name'])).toEqual(['uscc']);
    expect(resolveField('input.uscc', ['uscc', 'name'])).toEqual(['uscc']);
    expect(resolveField('milestones.1.amount', ['amount', 'milestones'])).toEqual(['milestones', 1, 'amount']);
    expect(resolveField('somethingElse', ['uscc'])).toBeNull();
  });

  it('puts BAD_USER_INPUT on its field, in the reader’s language from the reason code, and other errors in the general list', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'uscc 91350100M000100Y44 fails its check',
          extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_USCC', params: { expected: '3' }, field: 'uscc' },
        },
        { message: 'stale', extensions: { code: 'CONFLICT' } },
      ],
    });
    const mapped = mapServerErrors(error, ['uscc', 'name'], t);
    expect(mapped.fields).toEqual([{ name: ['uscc'], errors: ['统一社会信用代码校验位错误，应为 3'] }]);
    expect(mapped.general).toEqual(['数据已被他人修改，请刷新后重试']);
    expect(mapServerErrors(error, ['name'], en).general).toEqual([
      'The unified social credit code fails its check character (it should be 3)',
      'Someone else changed this record; reload and try again',
    ]);
    expect(hasCode(error, 'CONFLICT')).toBe(true);
  });

  it('fills the reason’s figures into its message', () => {
    const error = {
      errors: [
        {
          message: 'text must be longer than or equal to 10 characters',
          extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_SHORT', params: { min: 10 }, field: 'text' },
        },
      ],
    };
    expect(mapServerErrors(error, ['text'], t).fields).toEqual([{ name: ['text'], errors: ['至少 10 个字符'] }]);
    expect(mapServerErrors(error, ['text'], en).fields).toEqual([
      { name: ['text'], errors: ['At least 10 characters'] },
    ]);
  });

  it('never shows the server’s English in zh-CN: an unknown reason or code gets a generic Chinese message', () => {
    const unknownReason = {
      errors: [
        { message: 'something new went wrong', extensions: { code: 'BAD_USER_INPUT', reason: 'SOMETHING_NEW' } },
      ],
    };
    expect(mapServerErrors(unknownReason, [], t).general).toEqual(['请求未能完成，请检查输入后重试']);
    const unknownCode = { errors: [{ message: 'teapot', extensions: { code: 'I_AM_A_TEAPOT' } }] };
    expect(mapServerErrors(unknownCode, [], t).general).toEqual(['操作失败']);
    expect(mapServerErrors(unknownCode, [], en).general).toEqual(['teapot']);
    const refusal = {
      errors: [
        {
          message: 'would reach 150000000.01, above the limit',
          extensions: { code: 'DEBT_LIMIT_EXCEEDED', reason: 'DEBT_LIMIT_EXCEEDED', params: { year: 2026 } },
        },
      ],
    };
    expect(mapServerErrors(refusal, [], t).general).toEqual(['超过 2026 年债务限额']);
  });

  it('reports a network failure as such', () => {
    expect(mapServerErrors(new TypeError('Failed to fetch'), [], t).general).toEqual(['网络错误，请稍后重试']);
  });

  it('says every refusal of a one-click action in words, and never nothing', () => {
    const two = {
      errors: [
        { message: 'stale', extensions: { code: 'CONFLICT' } },
        { message: 'no', extensions: { code: 'FORBIDDEN' } },
      ],
    };
    expect(errorText(two, t)).toBe(`${t('error.CONFLICT')}；${t('error.FORBIDDEN')}`);
    // no GraphQL error at all (the network, or a throw): the fallback, not an empty message
    expect(errorText(new TypeError('Failed to fetch'), t, 'error.network')).toBe('网络错误，请稍后重试');
    expect(errorText(undefined, t)).toBe('操作失败');
  });
});
