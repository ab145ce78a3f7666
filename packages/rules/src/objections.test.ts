import { describe, expect, it } from 'vitest';
import { objectionHandlingRefusal } from './objections.js';

const fgj = { username: 'fgj', departmentId: 'FGJ' };
const filed = { filedBy: 'rsj', aboutDepartmentId: 'CZJ', acceptedDepartmentId: null };

describe('objectionHandlingRefusal', () => {
  it('refuses the officer who filed it and the department the record is about', () => {
    expect(objectionHandlingRefusal(fgj, { ...filed, filedBy: 'fgj' })).toBe('NOT_YOUR_OWN');
    expect(objectionHandlingRefusal(fgj, { ...filed, aboutDepartmentId: 'FGJ' })).toBe('OWN_DEPARTMENT_CASE');
    expect(objectionHandlingRefusal(fgj, filed)).toBeNull();
  });

  it('leaves an accepted objection to the accepting department', () => {
    expect(objectionHandlingRefusal(fgj, { ...filed, acceptedDepartmentId: 'FGJ' })).toBeNull();
    expect(objectionHandlingRefusal(fgj, { ...filed, acceptedDepartmentId: 'RSJ' })).toBe('ACCEPTED_BY_ANOTHER');
  });
});
