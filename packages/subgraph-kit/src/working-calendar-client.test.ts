import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@integrity/logging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Loaders } from './loaders.js';
import { calendarsFor } from './working-calendar-client.js';
import { addWorkingDaysByYear, yearsOfWorkingDays } from './working-days.js';

// a stand-in for credit: 2026 has an arrangement loaded, 2028 only a day set on its own, every other year none
const asked: number[] = [];
let credit: Server;
const caller = { subgraph: 'supervision', secret: 'x'.repeat(40), requestId: 'r1', log: createLogger('test') };

beforeAll(async () => {
  credit = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const year = (JSON.parse(body) as { variables: { year: number } }).variables.year;
      asked.push(year);
      const days =
        year === 2026
          ? [
              { date: '2026-10-01', kind: 'HOLIDAY' },
              { date: '2026-10-10', kind: 'WORKDAY' },
            ]
          : year === 2028
            ? [{ date: '2028-01-03', kind: 'HOLIDAY' }]
            : [];
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { workingCalendarYear: { loaded: year === 2026, days } } }));
    });
  });
  await new Promise<void>((resolve) => credit.listen(0, '127.0.0.1', resolve));
  process.env.SUBGRAPH_URL_CREDIT = `http://127.0.0.1:${(credit.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  delete process.env.SUBGRAPH_URL_CREDIT;
  credit.close();
});

describe('the county working calendar from credit', () => {
  it('reads each year once per request, a year never loaded whole being not loaded', async () => {
    asked.length = 0;
    const ctx = { ...caller, loaders: new Loaders() };
    const [a, b] = await Promise.all([calendarsFor(ctx, [2026, 2027]), calendarsFor(ctx, [2026, 2026])]);
    expect(a.get(2026)).toEqual({
      holidays: new Set(['2026-10-01']),
      workdays: new Set(['2026-10-10']),
      loaded: new Set([2026]),
    });
    expect(a.get(2027)).toBeNull();
    expect(b.get(2026)).toBe(a.get(2026));
    await calendarsFor(ctx, [2027]);
    expect(asked.sort()).toEqual([2026, 2027]);
    // a background job has no loaders: one read a year per call
    expect((await calendarsFor(caller, [2025])).get(2025)).toBeNull();
    // a day set on its own does not load its year: weekends only there, and said
    const partly = await calendarsFor(caller, [2028]);
    expect(partly.get(2028)).toBeNull();
    expect(addWorkingDaysByYear('2027-12-31', 1, partly)).toEqual({ date: '2028-01-03', calendarMissing: true });
  });

  it('counts each year on its own calendar and says when a year counted is not loaded', async () => {
    const calendars = await calendarsFor(caller, [2026, 2027]);
    // Wed 30 Sep 2026: 1 Oct a holiday, Sat 10 Oct worked (only these two days loaded here)
    expect(addWorkingDaysByYear('2026-09-30', 1, calendars)).toEqual({ date: '2026-10-02', calendarMissing: false });
    expect(addWorkingDaysByYear('2026-10-09', 1, calendars)).toEqual({ date: '2026-10-10', calendarMissing: false });
    // Thu 31 Dec 2026 + 1: Fri 1 Jan 2027, a year not loaded → weekends only, and said
    expect(addWorkingDaysByYear('2026-12-31', 1, calendars)).toEqual({ date: '2027-01-01', calendarMissing: true });
    expect(yearsOfWorkingDays('2026-12-31', 10)).toEqual([2027]);
    expect(yearsOfWorkingDays('2026-12-20', 10)).toEqual([2026, 2027]);
    expect(yearsOfWorkingDays('2026-09-30', 10)).toEqual([2026]);
  });
});
