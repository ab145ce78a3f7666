import { randomUUID } from 'node:crypto';
import { today as todayOf, type JobContext, type ScheduledJob } from '@integrity/subgraph-kit';
import { In, Not } from 'typeorm';
import { domainSignals, fetchSignalAnswers } from './domain-signals.js';
import { ownSignals } from './own-signals.js';
import { IntegrityWarningEntity, WarningSweepEntity } from './warning.entity.js';
import type { Signal } from './warning-kinds.js';

/** Reads bring the warnings up to date when the last sweep is older than this (WARNING_REFRESH_SECONDS, 60). */
export const refreshSeconds = (env: NodeJS.ProcessEnv = process.env): number => {
  const s = Number(env.WARNING_REFRESH_SECONDS);
  return Number.isFinite(s) && s >= 0 ? s : 60;
};

const key = (s: { kind: string; sourceKey: string }) => `${s.kind}|${s.sourceKey}`;

/**
 * Bring the table up to date with the causes found now: new causes open a warning (since = when the cause began,
 * else today), figures follow, a cause that is gone resolves its warning with today's date, and a resolved one
 * whose cause is back opens again. A handful of statements however many departments there are.
 */
export async function reconcile(dataSource: JobContext['dataSource'], signals: Signal[], today: string) {
  const repo = dataSource.getRepository(IntegrityWarningEntity);
  const current = new Map(signals.map((s) => [key(s), s]));
  const open = await repo.findBy({ status: Not('RESOLVED') });
  const openKeys = new Set(open.map(key));
  const candidates = signals.filter((s) => !openKeys.has(key(s)));
  const resolved = candidates.length
    ? await repo.findBy({ status: 'RESOLVED', sourceKey: In([...new Set(candidates.map((s) => s.sourceKey))]) })
    : [];
  const resolvedByKey = new Map(resolved.map((w) => [key(w), w]));
  await dataSource.transaction(async (m) => {
    const fresh = candidates.filter((s) => !resolvedByKey.has(key(s)));
    if (fresh.length)
      await m.insert(
        IntegrityWarningEntity,
        fresh.map((s) => ({
          id: randomUUID(),
          kind: s.kind,
          sourceKey: s.sourceKey,
          departmentId: s.departmentId,
          figure: s.figure,
          threshold: s.threshold,
          source: s.source,
          link: s.link,
          since: s.since ?? today,
          status: 'OPEN' as const,
          ackNote: null,
          ackBy: null,
          ackOn: null,
          resolvedOn: null,
          version: 1,
        })),
      );
    for (const s of candidates.filter((c) => resolvedByKey.has(key(c)))) {
      const w = resolvedByKey.get(key(s))!;
      await m.update(
        IntegrityWarningEntity,
        { id: w.id },
        {
          status: 'OPEN',
          since: s.since ?? today,
          figure: s.figure,
          resolvedOn: null,
          ackNote: null,
          ackBy: null,
          ackOn: null,
          version: w.version + 1,
        },
      );
    }
    for (const w of open) {
      const s = current.get(key(w));
      if (s && s.figure !== w.figure) await m.update(IntegrityWarningEntity, { id: w.id }, { figure: s.figure });
    }
    const gone = open.filter((w) => !current.has(key(w))).map((w) => w.id);
    if (gone.length)
      await m.update(IntegrityWarningEntity, { id: In(gone) }, { status: 'RESOLVED', resolvedOn: today });
  });
}

/** Collect every cause (other domains through the gateway, supervision's own) and reconcile. */
export async function sweepWarnings(job: JobContext, today = todayOf()): Promise<void> {
  const [answers, own] = await Promise.all([fetchSignalAnswers(job, today), ownSignals(job, today)]);
  await reconcile(job.dataSource, [...domainSignals(answers, today), ...own], today);
  await job.dataSource.getRepository(WarningSweepEntity).save({ id: 'main', sweptAt: new Date().toISOString() });
}

/** Sweep when the last one is older than the refresh period (reads call this). */
export async function sweepIfStale(job: JobContext): Promise<void> {
  const last = await job.dataSource.getRepository(WarningSweepEntity).findOneBy({ id: 'main' });
  if (last && Date.now() - Date.parse(last.sweptAt) < refreshSeconds() * 1000) return;
  await sweepWarnings(job);
}

/** Every five minutes (WARNING_SWEEP_MS), so warnings open and resolve when nobody is reading. */
export const warningSweepJob: ScheduledJob = {
  name: 'warning-sweep',
  everyMs: Number(process.env.WARNING_SWEEP_MS) > 0 ? Number(process.env.WARNING_SWEEP_MS) : 300_000,
  run: (job) => sweepWarnings(job),
};
