import { describe, expect, it } from 'vitest';
import type { Department } from '../department/department.type.js';
import { figuresOf } from './score.service.js';
import { DEFAULT_RULES, scoreOf } from './scoring-rules.js';

const own = { overdueRectificationCount: 0, overdueTaskReportCount: 0 };
const department = (civilServantCount: number, creditFileCoverage: number) =>
  ({ id: 'd1', kind: 'COUNTY_DEPARTMENT', civilServantCount, creditFileCoverage }) as Department;
const coverageDeduction = (d: Department) =>
  scoreOf(DEFAULT_RULES, figuresOf(d, own)).deductions.find((x) => x.figure === 'creditFileCoverage');

describe('the figures a department is scored on', () => {
  it('finds no file coverage short where there is no civil servant to keep a file on (credit reads 0 there)', () => {
    expect(figuresOf(department(0, 0), own).creditFileCoverage).toBeNull();
    expect(coverageDeduction(department(0, 0))).toBeUndefined();
  });

  it('deducts for coverage short of the target wherever there are civil servants', () => {
    expect(figuresOf(department(3, 0), own).creditFileCoverage).toBe(0);
    expect(coverageDeduction(department(3, 0))).toBeDefined();
    expect(coverageDeduction(department(3, 1))).toBeUndefined();
  });
});
