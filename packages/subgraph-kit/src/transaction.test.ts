import { describe, expect, it } from 'vitest';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';
import { createLogger } from '@integrity/logging';
import { transaction } from './transaction.js';

const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock'), {
    driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' },
  });

/** A data source whose transactions fail with `failures` in turn, then run the work. */
const contextFailing = (failures: Error[]) => {
  let calls = 0;
  const ctx = {
    log: createLogger('test'),
    dataSource: {
      transaction: async (work: (m: unknown) => Promise<unknown>) => {
        calls += 1;
        const failure = failures.shift();
        if (failure) throw failure;
        return work({});
      },
    },
  } as unknown as RequestContext;
  return { ctx, calls: () => calls };
};

describe('transaction()', () => {
  it('retries a deadlock victim once and returns its result', async () => {
    const { ctx, calls } = contextFailing([deadlock()]);
    expect(await transaction(ctx, async () => 'done')).toBe('done');
    expect(calls()).toBe(2);
  });

  it('answers CONFLICT after a second deadlock or lock wait timeout', async () => {
    const timeout = Object.assign(new Error('Lock wait timeout exceeded'), { driverError: { errno: 1205 } });
    const { ctx, calls } = contextFailing([deadlock(), timeout]);
    const error = await transaction(ctx, async () => 'never').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect(calls()).toBe(2);
  });

  it('passes any other error through untouched, without retrying', async () => {
    const { ctx, calls } = contextFailing([new Error('boom')]);
    await expect(transaction(ctx, async () => 'never')).rejects.toThrow('boom');
    expect(calls()).toBe(1);
  });
});
