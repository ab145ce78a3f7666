import { describe, expect, it } from 'vitest';
import { restartDelayMs, subgraphWorkersRedisWarning, subgraphWorkersRefusal, workerCount } from './workers.js';

describe('worker settings', () => {
  it('takes a whole number of processes from 1 to 64, default 1, and refuses anything else', () => {
    expect(workerCount('GATEWAY_WORKERS', {})).toBe(1);
    expect(workerCount('GATEWAY_WORKERS', { GATEWAY_WORKERS: '' })).toBe(1);
    expect(workerCount('GATEWAY_WORKERS', { GATEWAY_WORKERS: '1' })).toBe(1);
    expect(workerCount('GATEWAY_WORKERS', { GATEWAY_WORKERS: '64' })).toBe(64);
    for (const bad of ['0', '65', '1.5', 'two', '-2'])
      expect(() => workerCount('GATEWAY_WORKERS', { GATEWAY_WORKERS: bad })).toThrow(/GATEWAY_WORKERS must be/);
  });

  it('refuses several subgraph processes on SQLite, allows them on MySQL', () => {
    expect(subgraphWorkersRefusal(1, {})).toBeNull();
    expect(subgraphWorkersRefusal(2, {})).toMatch(/needs DATABASE_URL=mysql/);
    expect(subgraphWorkersRefusal(2, { DATABASE_URL: 'mysql://root@127.0.0.1/x' })).toBeNull();
    expect(subgraphWorkersRefusal(2, { DATABASE_URL: 'mariadb://root@127.0.0.1/x' })).toBeNull();
  });

  it('warns that attempt limits are per process without Redis', () => {
    expect(subgraphWorkersRedisWarning(1, {})).toBeNull();
    expect(subgraphWorkersRedisWarning(2, {})).toMatch(/2× the attempts/);
    expect(subgraphWorkersRedisWarning(2, { REDIS_URL: 'redis://127.0.0.1' })).toBeNull();
  });

  it('backs off a worker that keeps dying: 0.5 s doubling, at most 30 s', () => {
    expect([1, 2, 3, 4].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000]);
    expect(restartDelayMs(7)).toBe(30_000);
    expect(restartDelayMs(40)).toBe(30_000);
  });
});
