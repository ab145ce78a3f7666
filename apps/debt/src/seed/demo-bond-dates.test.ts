import { describe, expect, it } from 'vitest';
import { demoBondDates } from './demo-bond-dates.js';

describe('demo bond dates', () => {
  it('issues nothing after the day the seed runs, whatever day of the year that is', () => {
    for (const now of ['2027-01-01', '2027-03-09', '2027-03-10', '2027-03-14', '2027-03-15', '2027-12-31']) {
      const d = demoBondDates(now);
      for (const y of [2023, 2024, 2025, 2026, 2027]) expect(d.issuedOn(y) <= now).toBe(true);
      expect(d.refinancing.issuedOn <= now).toBe(true);
      // the older bond has matured, and its refinancing was issued days before it did
      expect(d.matured.maturesOn <= now).toBe(true);
      expect(d.refinancing.issuedOn < d.matured.maturesOn).toBe(true);
    }
  });

  it('keeps 15 March for every year whose March has come, and this year’s bond today before it', () => {
    expect(demoBondDates('2027-06-01')).toMatchObject({
      refinancedIn: 2027,
      matured: { issuedOn: '2017-03-15', maturesOn: '2027-03-15' },
      refinancing: { issuedOn: '2027-03-10', maturesOn: '2034-03-10' },
    });
    expect(demoBondDates('2027-06-01').issuedOn(2027)).toBe('2027-03-15');
    expect(demoBondDates('2027-01-05')).toMatchObject({ refinancedIn: 2026 });
    expect(demoBondDates('2027-01-05').issuedOn(2027)).toBe('2027-01-05');
    expect(demoBondDates('2027-01-05').issuedOn(2026)).toBe('2026-03-15');
  });
});
