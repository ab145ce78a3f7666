/**
 * Public holidays and exchanged working days (调休) as announced by the State Council for 2026
 * (国办发明电〔2025〕7号): the demo's working calendar. Data, not code: administrators add each new year with
 * setCalendarDay or the calendar import. Credit's seed loads it; casework's seed counts its demo deadlines on it.
 */
const range = (from: number, to: number, month: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`);

export const HOLIDAYS_2026: { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }[] = [
  ...range(1, 3, '01').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '元旦' })),
  { date: '2026-01-04', kind: 'WORKDAY', name: '元旦调休上班' },
  ...range(15, 23, '02').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '春节' })),
  { date: '2026-02-14', kind: 'WORKDAY', name: '春节调休上班' },
  { date: '2026-02-28', kind: 'WORKDAY', name: '春节调休上班' },
  ...range(4, 6, '04').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '清明节' })),
  ...range(1, 5, '05').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '劳动节' })),
  { date: '2026-05-09', kind: 'WORKDAY', name: '劳动节调休上班' },
  ...range(19, 21, '06').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '端午节' })),
  ...range(25, 27, '09').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '中秋节' })),
  ...range(1, 7, '10').map((date) => ({ date, kind: 'HOLIDAY' as const, name: '国庆节' })),
  { date: '2026-09-20', kind: 'WORKDAY', name: '国庆节调休上班' },
  { date: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休上班' },
];

/** The demo calendar as the working-day helpers take it (the subgraph kit's Calendar), keyed by year. */
export function demoWorkingCalendars(): Map<number, { holidays: Set<string>; workdays: Set<string> }> {
  return new Map([
    [
      2026,
      {
        holidays: new Set(HOLIDAYS_2026.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date)),
        workdays: new Set(HOLIDAYS_2026.filter((d) => d.kind === 'WORKDAY').map((d) => d.date)),
      },
    ],
  ]);
}
