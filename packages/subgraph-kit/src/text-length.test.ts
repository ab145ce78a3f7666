import 'reflect-metadata';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { TextLength } from './text-length.js';
import { reasonOfConstraint } from './validation-reason.js';

class Waiver {
  @TextLength(2, 10) note!: string;
  @TextLength(2, 10, { each: true }) findings!: string[];
}

const problems = async (note: string, findings: string[] = ['已整改']) => {
  const input = Object.assign(new Waiver(), { note, findings });
  return (await validate(input)).flatMap((e) =>
    Object.entries(e.constraints ?? {}).map(([name, message]) => ({
      field: e.property,
      ...reasonOfConstraint(name, message),
    })),
  );
};

describe('TextLength', () => {
  it('counts no spaces around the text toward its minimum, TOO_SHORT with the figure', async () => {
    expect(await problems('同意')).toEqual([]);
    expect(await problems(' 同意 ')).toEqual([]);
    expect(await problems('  ')).toEqual([{ field: 'note', reason: 'TOO_SHORT', params: { min: 2 } }]);
    expect(await problems(' 同 ')).toEqual([{ field: 'note', reason: 'TOO_SHORT', params: { min: 2 } }]);
  });

  it('keeps the maximum, and checks every item of a list', async () => {
    expect(await problems('一二三四五六七八九十一')).toEqual([
      { field: 'note', reason: 'TOO_LONG', params: { max: 10 } },
    ]);
    expect(await problems('同意', ['已整改', '   '])).toEqual([
      { field: 'findings', reason: 'TOO_SHORT', params: { min: 2 } },
    ]);
  });
});
