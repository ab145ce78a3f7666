import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { actionCell } from './action-cell';

describe('actionCell', () => {
  it('is nothing when no action applies, so ListPage can leave the column out', () => {
    expect(actionCell(null, false, undefined)).toBeNull();
    expect(actionCell()).toBeNull();
  });
  it('keeps only the actions that apply, in order', () => {
    const cell = actionCell('承办', null, '答复', false) as ReactElement<{ children: string[] }>;
    expect(isValidElement(cell)).toBe(true);
    expect(cell.props.children).toEqual(['承办', '答复']);
  });
});
