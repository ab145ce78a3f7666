import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput } from './errors.js';
import { fieldOfCoercionError } from '@integrity/rules';
import { formatSubgraphError } from './format-error.js';
import { createLogger } from '@integrity/logging';

const format = formatSubgraphError(createLogger('test'));

describe('error shaping', () => {
  it('names the field of variable coercion errors', () => {
    expect(
      fieldOfCoercionError(
        'Variable "$input" got invalid value "NOPE" at "input.kind"; Value "NOPE" does not exist in "DepartmentKind" enum.',
      ),
    ).toBe('kind');
    expect(fieldOfCoercionError('Variable "$input" got invalid value 1 at "input.milestones[0].amount"; …')).toBe(
      'milestones[0].amount',
    );
    expect(fieldOfCoercionError('Variable "$id" of required type "ID!" was not provided.')).toBe('id');
    expect(
      fieldOfCoercionError('Field "CreateDepartmentInput.name" of required type "String!" was not provided.'),
    ).toBe('name');
    expect(fieldOfCoercionError('Syntax Error: Unexpected Name')).toBeUndefined();
  });

  it('turns class-validator failures into BAD_USER_INPUT on the first failing (nested) field', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          {
            property: 'input',
            children: [
              { property: 'name', constraints: { isLength: 'name must be longer than or equal to 2 characters' } },
            ],
          },
        ],
      },
    });
    expect(format({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: 'input.name: name must be longer than or equal to 2 characters',
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_SHORT', params: { min: 2 }, field: 'name' },
    });
  });

  it('passes contract errors through and hides unexpected ones', () => {
    const bad = badInput('uscc', 'INVALID_USCC', 'check failed', { expected: '3' });
    expect(format({ message: bad.message, extensions: { ...bad.extensions, stacktrace: ['x'] } }, bad)).toEqual({
      message: 'check failed',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_USCC', params: { expected: '3' }, field: 'uscc' },
    });
    const crash = new Error('SQLITE_CONSTRAINT: secret table detail');
    const shown = format({ message: crash.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, crash);
    expect(shown.message).not.toContain('secret');
    expect(shown.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('answers a duplicate key (a check passed by two requests at once) CONFLICT ALREADY_RECORDED, without the table', () => {
    for (const driverError of [
      { errno: 1062, code: 'ER_DUP_ENTRY' },
      { code: 'SQLITE_CONSTRAINT_UNIQUE' },
      { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' },
    ]) {
      const duplicate = Object.assign(new Error("Duplicate entry 'x' for key 'ux_secret_index'"), { driverError });
      const shown = format(
        { message: duplicate.message, extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['registerCivilServant'] },
        duplicate,
      );
      expect(shown.message).not.toContain('ux_secret_index');
      expect(shown).toMatchObject({
        path: ['registerCivilServant'],
        extensions: { code: 'CONFLICT', reason: 'ALREADY_RECORDED' },
      });
    }
  });
});
