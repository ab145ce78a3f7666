import { randomUUID } from 'node:crypto';
import { rowLock, today as todayOf, type JobContext, type ScheduledJob } from '@integrity/subgraph-kit';
import { In, Not } from 'typeorm';
import { deliverySignals, domainSignals, fetchOutboxAnswers, unknownDeliveryKeys } from './domain-signals.js';
import { ownSignals } from './own-signals.js';
import { fetchSignalAnswers } from './signal-answers.js';
import { IntegrityWarningEntity, WarningSweepEntity } from './warning.entity.js';
import type { Signal } from './warning-kinds.js';

/** Reads bring the warnings up to date when the last sweep is older than this (WARNING_REFRESH_SECONDS, 60). */
export const refreshSeconds = (env: NodeJS.ProcessEnv = process.env): number => {
  const s = Number(env.WARNING_REFRESH_SECONDS);
  return Number.isFinite(s) && s >= 0 ? s : 60;
};

const key = (s: { kind: string; sourceKey: string }) => `${s.kind}|${s.sourceKey}`;

// a sweep stamped later than now (the clock set back) is not fresh: it would hold every warning until then
const fresh = (sweptAt: string | undefined) => {
  const age = sweptAt ? Date.now() - Date.parse(sweptAt) : -1;
  return age >= 0 && age < refreshSeconds() * 1000;
};

/**
 * Whether the last sweep judged causes read after `readAt`: then this sweep's are older and writing them would
 * undo it (reopen what it resolved, clearing an acknowledgement since). A stamp later than now (the clock set
 * back) is not believed, or no sweep would write until the clock caught up.
 */
const judgedLater = (sweptAt: string | undefined, readAt: string, now = Date.now()): boolean =>
  !!sweptAt && Date.parse(sweptAt) > Date.parse(readAt) && Date.parse(sweptAt) <= now;

/**
 * Bring the table up to date with the causes found now: new causes open a warning (since = when the cause began,
 * else today), figures follow, a cause that is gone resolves its warning with today's date, and a resolved one
 * whose cause is back opens again. A handful of statements however many departments there are. One sweep at a
 * time across processes: the transaction first locks the sweep row (FOR UPDATE on MySQL) and only then reads the
 * warnings, so a second sweep reads what the first wrote instead of inserting the same causes again (their unique
 * index would fail it). With `onlyIfStale`, a sweep that finds another has just finished writes nothing; with
 * `readAt`, one whose causes were read before the last sweep's writes nothing either, and the row is stamped with
 * when the causes were read. Every change bumps the version, so an acknowledgement read before it meets CONFLICT.
 * Returns whether it wrote.
 */
export async function reconcile(
  dataSource: JobContext['dataSource'],
  signals: Signal[],
  today: string,
  options: {
    onlyIfStale?: boolean;
    /** Causes this sweep could not judge (a sender that did not answer): their warnings stay as they are. */
    unknown?: readonly { kind: string; sourceKey: string }[];
    /** Kinds it could not judge at all (their domain did not answer): every warning of them stays as it is. */
    unknownKinds?: readonly string[];
    /** When the causes were read (ISO instant), before any of them was asked for. */
    readAt?: string;
  } = {},
): Promise<boolean> {
  const unknownKinds = new Set(options.unknownKinds ?? []);
  // a kind that could not be judged is not judged at all: none of its warnings opens, changes or resolves
  signals = signals.filter((s) => !unknownKinds.has(s.kind));
  const current = new Map(signals.map((s) => [key(s), s]));
  // one signal a cause (a cause read twice, on two pages of a list that moved, would break the unique index)
  signals = [...current.values()];
  const unknown = new Set((options.unknown ?? []).map(key));
  return dataSource.transaction(async (m) => {
    const sweep = await m.findOne(WarningSweepEntity, { where: { id: 'main' }, ...rowLock(m) });
    if (options.onlyIfStale && fresh(sweep?.sweptAt)) return false;
    if (options.readAt && judgedLater(sweep?.sweptAt, options.readAt)) return false;
    const open = await m.findBy(IntegrityWarningEntity, { status: Not('RESOLVED') });
    const openKeys = new Set(open.map(key));
    const candidates = signals.filter((s) => !openKeys.has(key(s)));
    const resolved = candidates.length
      ? await m.findBy(IntegrityWarningEntity, {
          status: 'RESOLVED',
          sourceKey: In([...new Set(candidates.map((s) => s.sourceKey))]),
        })
      : [];
    const resolvedByKey = new Map(resolved.map((w) => [key(w), w]));
    const added = candidates.filter((s) => !resolvedByKey.has(key(s)));
    if (added.length)
      await m.insert(
        IntegrityWarningEntity,
        added.map((s) => ({
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
          departmentId: s.departmentId,
          resolvedOn: null,
          ackNote: null,
          ackBy: null,
          ackOn: null,
          version: () => 'version + 1',
        },
      );
    }
    for (const w of open) {
      const s = current.get(key(w));
      if (s && (s.departmentId ?? null) !== (w.departmentId ?? null))
        // now another department's to answer (an objection accepted): theirs to acknowledge, not yet acknowledged
        await m.update(
          IntegrityWarningEntity,
          { id: w.id },
          {
            departmentId: s.departmentId,
            figure: s.figure,
            status: 'OPEN',
            ackNote: null,
            ackBy: null,
            ackOn: null,
            version: () => 'version + 1',
          },
        );
      else if (s && s.figure !== w.figure)
        await m.update(IntegrityWarningEntity, { id: w.id }, { figure: s.figure, version: () => 'version + 1' });
    }
    const gone = open
      .filter((w) => !current.has(key(w)) && !unknown.has(key(w)) && !unknownKinds.has(w.kind))
      .map((w) => w.id);
    if (gone.length)
      await m.update(
        IntegrityWarningEntity,
        { id: In(gone) },
        { status: 'RESOLVED', resolvedOn: today, version: () => 'version + 1' },
      );
    // the row read (and locked) above: one UPDATE, not save's read-then-write
    const swept = { id: 'main', sweptAt: options.readAt ?? new Date().toISOString() };
    await (sweep ? m.update(WarningSweepEntity, { id: 'main' }, swept) : m.insert(WarningSweepEntity, swept));
    return true;
  });
}

/** The sweep each data source (each process's subgraph) is running now: concurrent callers share it. */
const running = new WeakMap<JobContext['dataSource'], Promise<void>>();

/**
 * Collect every cause (other domains through the gateway, supervision's own) and reconcile. Concurrent calls in
 * this process (the timer, and the feed and the counts of one request, each finding the sweep stale) share one run.
 */
export function sweepWarnings(job: JobContext, today = todayOf(), options: { onlyIfStale?: boolean } = {}) {
  const inFlight = running.get(job.dataSource);
  if (inFlight) return inFlight;
  const run = (async () => {
    // before the first cause is asked for: a sweep that read later and wrote first is not undone by this one
    const readAt = new Date().toISOString();
    const [{ answers, unknownKinds }, own, outboxes] = await Promise.all([
      fetchSignalAnswers(job, today),
      ownSignals(job, today),
      fetchOutboxAnswers(job),
    ]);
    const signals = [...domainSignals(answers, today), ...own.signals, ...deliverySignals(outboxes)];
    await reconcile(job.dataSource, signals, today, {
      ...options,
      readAt,
      unknown: unknownDeliveryKeys(outboxes),
      unknownKinds: [...unknownKinds, ...own.unknownKinds],
    });
  })().finally(() => running.delete(job.dataSource));
  running.set(job.dataSource, run);
  return run;
}

/** Sweep when the last one is older than the refresh period (reads call this). */
export async function sweepIfStale(job: JobContext): Promise<void> {
  const last = await job.dataSource.getRepository(WarningSweepEntity).findOneBy({ id: 'main' });
  if (fresh(last?.sweptAt)) return;
  await sweepWarnings(job, todayOf(), { onlyIfStale: true });
}

/** Every five minutes (WARNING_SWEEP_MS), so warnings open and resolve when nobody is reading. */
export const warningSweepJob: ScheduledJob = {
  name: 'warning-sweep',
  everyMs: Number(process.env.WARNING_SWEEP_MS) > 0 ? Number(process.env.WARNING_SWEEP_MS) : 300_000,
  run: (job) => sweepWarnings(job),
};
