import type { ScheduledJob } from '@integrity/subgraph-kit';
import { recountCaseDeadlines } from './case-recount.js';

/**
 * The backstop behind credit's calendar messages (`recountCaseDeadlines` on each change): a case registered
 * while its year was being loaded read the calendar before the load committed, and stays flagged
 * calendarMissing after the message was handled. This counts flagged cases again on the real calendar.
 */
export const calendarRecountJob: ScheduledJob = {
  name: 'calendar-recount',
  everyMs: Number(process.env.CALENDAR_RECOUNT_MS) > 0 ? Number(process.env.CALENDAR_RECOUNT_MS) : 10 * 60_000,
  run: async (job) =>
    void (await recountCaseDeadlines(
      job,
      // the subgraph's own job, named as every service actor is (the console reads 投诉与办件系统)
      { caller: { id: job.subgraph, username: `service:${job.subgraph}` }, requestId: 'calendar-recount' },
      { flagged: true },
      'calendar-recount',
    )),
};
