import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks work no request asked for (outbox passes, scheduled jobs), so the statements it sends are told apart
 * from a request's: a test counting one query's statements must not depend on when a poll happened to fire.
 */
const background = new AsyncLocalStorage<string>();

/** Run `work` as background work named `name`; every statement it sends is counted as background. */
export function runInBackground<T>(name: string, work: () => Promise<T>): Promise<T> {
  return background.run(name, work);
}

/** The background work this code runs in, or undefined inside a request. */
export function backgroundWork(): string | undefined {
  return background.getStore();
}
