import { describe, expect, it } from 'vitest';
import { sanctionSystem } from '@integrity/rules';
import { eligibility, inSanctionPeriod } from './eligibility.js';
import { checkSanctionKind, correctedSanctionKind, sanctionEndOf } from './sanction.js';

describe('sanction periods (政务处分法 art. 8)', () => {
  it('lasts 6, 12, 18, 24 and 24 months from the decision, month ends clamped; 开除 has no end', () => {
    expect(sanctionEndOf('WARNING', '2026-01-31')).toBe('2026-07-31');
    expect(sanctionEndOf('WARNING', '2026-08-31')).toBe('2027-02-28');
    expect(sanctionEndOf('DEMERIT', '2026-03-15')).toBe('2027-03-15');
    expect(sanctionEndOf('MAJOR_DEMERIT', '2026-08-31')).toBe('2028-02-29');
    expect(sanctionEndOf('DEMOTION', '2024-02-29')).toBe('2026-02-28');
    expect(sanctionEndOf('REMOVAL', '2026-05-01')).toBe('2028-05-01');
    expect(sanctionEndOf('EXPULSION', '2026-05-01')).toBeNull();
  });

  it('counts Party sanctions too (纪律处分条例): 12, 18, 24, 12 or 24, and 60 months, month ends clamped', () => {
    expect(sanctionEndOf('PARTY_WARNING', '2026-02-28')).toBe('2027-02-28');
    expect(sanctionEndOf('PARTY_SERIOUS_WARNING', '2026-08-31')).toBe('2028-02-29');
    expect(sanctionEndOf('PARTY_POST_REMOVAL', '2026-05-01')).toBe('2028-05-01');
    expect(sanctionEndOf('PARTY_PROBATION_1Y', '2024-02-29')).toBe('2025-02-28');
    expect(sanctionEndOf('PARTY_PROBATION_2Y', '2026-01-31')).toBe('2028-01-31');
    expect(sanctionEndOf('PARTY_EXPULSION', '2026-05-01')).toBe('2031-05-01');
    // the last day of the period bars honours, the day after does not
    const record = {
      id: 'r1',
      category: 'DISCIPLINARY_SANCTION' as const,
      severity: 'GENERAL' as const,
      status: 'ACTIVE' as const,
      publicityEnd: '2029-08-31',
      documentNumber: '饶纪〔2026〕1号',
      authority: '饶平县纪委',
      decisionDate: '2026-08-31',
      sanctionKind: 'PARTY_SERIOUS_WARNING' as const,
      sanctionEnd: sanctionEndOf('PARTY_SERIOUS_WARNING', '2026-08-31'),
    };
    expect(inSanctionPeriod(record, '2028-02-29')).toBe(true);
    expect(inSanctionPeriod(record, '2028-03-01')).toBe(false);
    expect(sanctionSystem('PARTY_PROBATION_2Y')).toBe('PARTY');
    expect(sanctionSystem('DEMOTION')).toBe('GOVERNMENT');
  });

  it('is required on a civil servant’s disciplinary sanction and refused anywhere else', () => {
    expect(checkSanctionKind('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', 'DEMERIT')).toBe('DEMERIT');
    expect(() => checkSanctionKind('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: 'SANCTION_KIND_REQUIRED' }) }),
    );
    expect(() => checkSanctionKind('DEPARTMENT', 'ACCOUNTABILITY', 'WARNING')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'sanctionKind' }) }),
    );
    expect(checkSanctionKind('CIVIL_SERVANT', 'ACCOUNTABILITY', undefined)).toBeNull();
  });

  it('follows a correction on an upheld objection: named, kept, required, or dropped with the category', () => {
    const reason = (r: string) => expect.objectContaining({ extensions: expect.objectContaining({ reason: r }) });
    // corrected into the sanction category: the correction names the kind, or is refused
    expect(correctedSanctionKind('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', 'MAJOR_DEMERIT', null)).toBe(
      'MAJOR_DEMERIT',
    );
    expect(() => correctedSanctionKind('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', undefined, null)).toThrow(
      reason('SANCTION_KIND_REQUIRED'),
    );
    // staying a sanction: the kind it had, unless the correction changes it
    expect(correctedSanctionKind('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', undefined, 'WARNING')).toBe('WARNING');
    expect(correctedSanctionKind('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', 'DEMOTION', 'WARNING')).toBe('DEMOTION');
    // corrected out of it: no kind, and naming one is refused
    expect(correctedSanctionKind('CIVIL_SERVANT', 'ACCOUNTABILITY', undefined, 'WARNING')).toBeNull();
    expect(() => correctedSanctionKind('CIVIL_SERVANT', 'ACCOUNTABILITY', 'WARNING', 'WARNING')).toThrow(
      reason('SANCTION_KIND_NOT_APPLICABLE'),
    );
    expect(correctedSanctionKind('DEPARTMENT', 'DISCIPLINARY_SANCTION', null, null)).toBeNull();
  });

  it('bars honours through the period’s last day, published or not, repaired or not; a revoked one does not', () => {
    const sanction = {
      id: 'r1',
      category: 'DISCIPLINARY_SANCTION' as const,
      severity: 'MINOR' as const,
      status: 'ACTIVE' as const,
      publicityEnd: '2026-02-01',
      documentNumber: '饶纪〔2026〕1号',
      authority: '饶平县纪律检查委员会',
      decisionDate: '2026-01-31',
      sanctionKind: 'WARNING' as const,
      sanctionEnd: '2026-07-31',
    };
    expect(inSanctionPeriod(sanction, '2026-07-31')).toBe(true);
    expect(inSanctionPeriod(sanction, '2026-08-01')).toBe(false);
    expect(inSanctionPeriod({ ...sanction, status: 'REPAIRED' }, '2026-05-01')).toBe(true);
    expect(inSanctionPeriod({ ...sanction, status: 'REVOKED' }, '2026-05-01')).toBe(false);
    expect(inSanctionPeriod({ ...sanction, sanctionKind: 'EXPULSION', sanctionEnd: null }, '2040-01-01')).toBe(true);
    // publicity over (EXPIRED), the sanction still running: one bar, the period's
    const during = eligibility([sanction], '2026-03-01');
    expect(during.eligible).toBe(false);
    expect(during.bars).toEqual([expect.objectContaining({ kind: 'SANCTION_PERIOD', until: '2026-07-31' })]);
    expect(eligibility([sanction], '2026-08-01')).toMatchObject({ eligible: true, bars: [], reasons: [] });
  });
});
