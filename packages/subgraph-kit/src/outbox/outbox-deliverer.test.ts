import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@integrity/logging';
import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDataSource } from '../datasource.js';
import { outboxBacklog } from './outbox-backlog.js';
import { OutboxMessageEntity } from './outbox.entity.js';
import { KitOutbox1764748800200 } from './outbox.migration.js';
import { enqueueOutbox } from './outbox.js';
import { outboxWaiting, retryDelayMs, startOutboxDeliverer, type OutboxDelivery } from './outbox-deliverer.js';

const log = createLogger('outbox-test');

describe('the transactional outbox', () => {
  let dir: string;
  let dataSource: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    ({ dataSource } = await openDataSource({
      target: { kind: 'sqlite', file: join(dir, 'outbox.db') },
      entities: [OutboxMessageEntity],
      migrations: [KitOutbox1764748800200],
    }));
    await dataSource.runMigrations();
  });
  afterEach(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const deliverer = (handler: (m: OutboxDelivery) => Promise<void>, timing = { backoffMs: 1, maxBackoffMs: 1 }) =>
    startOutboxDeliverer({
      dataSource,
      subgraph: 'test',
      secret: 's',
      log,
      handlers: { 'credit.record': (_caller, m) => handler(m) },
      timing,
      poll: false,
    });

  it('keeps one message per topic and key, and none when the transaction rolls back', async () => {
    await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'a', payload: { n: 1 } }));
    expect(
      await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'a', payload: { n: 2 } })),
    ).toBe(false);
    await dataSource
      .transaction(async (m) => {
        await enqueueOutbox(m, { topic: 'credit.record', key: 'b', payload: {} });
        throw new Error('the fact failed');
      })
      .catch(() => undefined);
    expect((await dataSource.getRepository(OutboxMessageEntity).find()).map((m) => m.dedupeKey)).toEqual(['a']);
  });

  it('holds a delayed message back until its time, then delivers it', async () => {
    const now = new Date();
    await dataSource.transaction((m) =>
      enqueueOutbox(m, { topic: 'credit.record', key: 'later', payload: {}, delayMs: 60_000 }, now),
    );
    const received: string[] = [];
    const d = deliverer(async (m) => void received.push(m.key));
    expect(await d.drain()).toBe(0);
    const repo = dataSource.getRepository(OutboxMessageEntity);
    const [row] = await repo.find();
    expect(row!.nextAttemptAt).toBe(new Date(now.getTime() + 60_000).toISOString());
    // its time comes
    await repo.update({ id: row!.id }, { nextAttemptAt: new Date(Date.now() - 1).toISOString() });
    expect(await d.drain()).toBe(1);
    expect(received).toEqual(['later']);
    await d.stop();
  });

  it('retries while the receiver is down and delivers once when it answers', async () => {
    await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'k', payload: { n: 1 } }));
    let up = false;
    const received: OutboxDelivery[] = [];
    const d = deliverer(async (m) => {
      if (!up) throw new Error('connection refused');
      received.push(m);
    });
    expect(await d.drain()).toBe(0);
    await new Promise((r) => setTimeout(r, 5));
    expect(await d.drain()).toBe(0);
    up = true;
    await new Promise((r) => setTimeout(r, 5));
    expect(await d.drain()).toBe(1);
    expect(await d.drain()).toBe(0); // delivered: never sent again
    expect(received).toEqual([
      { id: expect.any(String), topic: 'credit.record', key: 'k', payload: { n: 1 }, attempts: 3 },
    ]);
    const [row] = await dataSource.getRepository(OutboxMessageEntity).find();
    expect(row).toMatchObject({ attempts: 3, lastError: null });
    expect(row!.deliveredAt).not.toBeNull();
    await d.stop();
  });

  it('lets one of two deliverers take a message (a conditional claim), and waits out the backoff', async () => {
    await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'k', payload: {} }));
    const received: string[] = [];
    const slow = { backoffMs: 60_000, maxBackoffMs: 60_000 };
    const a = deliverer(async (m) => void received.push(`a:${m.key}`), slow);
    const b = deliverer(async (m) => void received.push(`b:${m.key}`), slow);
    const [na, nb] = await Promise.all([a.drain(), b.drain()]);
    expect(na + nb).toBe(1);
    expect(received).toHaveLength(1);
    const failing = deliverer(async () => {
      throw new Error('down');
    }, slow);
    await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'later', payload: {} }));
    expect(await failing.drain()).toBe(0);
    expect(await a.drain()).toBe(0); // not due for a minute
    await Promise.all([a.stop(), b.stop(), failing.stop()]);
  });

  it('counts what will be tried by a moment: due, or failed with its retry by then; not held back or delivered', async () => {
    const slow = { backoffMs: 60_000, maxBackoffMs: 60_000 };
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    await dataSource.transaction(async (m) => {
      await enqueueOutbox(m, { topic: 'credit.record', key: 'later', payload: {}, delayMs: 600_000 });
      await enqueueOutbox(m, { topic: 'credit.record', key: 'now', payload: {} });
    });
    expect(await outboxWaiting(dataSource, at(0))).toBe(1); // 'now'; 'later' is held back ten minutes
    let release = (): void => undefined;
    const inFlight = new Promise<void>((r) => (release = r));
    const d = deliverer(() => inFlight, slow);
    d.kick();
    d.kick(); // while a pass runs, no second one is queued behind it
    await new Promise((r) => setTimeout(r, 20));
    expect(d.sending()).toBe(true);
    // under way: counted by any process, though its lease runs past the moment asked about
    expect(await outboxWaiting(dataSource, at(0))).toBe(1);
    release();
    await d.drain();
    expect(d.sending()).toBe(false);
    expect(await outboxWaiting(dataSource, at(0))).toBe(0);
    await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'refused', payload: {} }));
    const failing = deliverer(async () => {
      throw new Error('connection refused');
    }, slow);
    expect(await failing.drain()).toBe(0);
    expect(await outboxWaiting(dataSource, at(20_000))).toBe(0); // its retry a minute away
    expect(await outboxWaiting(dataSource, at(61_000))).toBe(1);
    await Promise.all([d.stop(), failing.stop()]);
  });

  it('tells what is undelivered, failing, held back, since when, and when it last delivered', async () => {
    const empty = await outboxBacklog(dataSource);
    expect(empty).toEqual({
      undelivered: 0,
      failing: 0,
      heldBack: 0,
      oldestSince: null,
      nextRetryAt: null,
      lastDeliveredAt: null,
    });
    const written = new Date(Date.now() - 60_000);
    await dataSource.transaction(async (m) => {
      await enqueueOutbox(m, { topic: 'credit.record', key: 'sent', payload: {} }, written);
      await enqueueOutbox(m, { topic: 'credit.record', key: 'later', payload: {}, delayMs: 600_000 }, written);
    });
    expect(await deliverer(async () => undefined).drain()).toBe(1);
    await dataSource.transaction((m) => enqueueOutbox(m, { topic: 'credit.record', key: 'refused', payload: {} }));
    const slow = { backoffMs: 60_000, maxBackoffMs: 60_000 };
    const failing = deliverer(async () => {
      throw new Error('connection refused');
    }, slow);
    expect(await failing.drain()).toBe(0);
    const [refused] = await dataSource.getRepository(OutboxMessageEntity).findBy({ dedupeKey: 'refused' });
    const [sent] = await dataSource.getRepository(OutboxMessageEntity).findBy({ dedupeKey: 'sent' });
    expect(await outboxBacklog(dataSource)).toEqual({
      undelivered: 2,
      failing: 1,
      heldBack: 1,
      oldestSince: refused!.createdAt, // the held-back one is older but not due
      nextRetryAt: refused!.nextAttemptAt,
      lastDeliveredAt: sent!.deliveredAt,
    });
    // the held-back one falls due: it waits from then, not from its writing
    const due = new Date(Date.now() - 1000).toISOString();
    await dataSource.getRepository(OutboxMessageEntity).update({ dedupeKey: 'later' }, { nextAttemptAt: due });
    expect(await outboxBacklog(dataSource)).toMatchObject({ undelivered: 2, heldBack: 0, oldestSince: due });
    await failing.stop();
  });

  it('doubles the delay per attempt up to the cap', () => {
    const t = { backoffMs: 1000, maxBackoffMs: 300_000 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, t))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30, t)).toBe(300_000);
  });
});
