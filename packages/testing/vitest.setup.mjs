// Runs before every test file. Workers keep their modules from one file to the next (isolate: false in
// vitest.shared.mjs), so what a file sets in process.env (a back-off, a chunk size, NODE_ENV) is put back when the
// file ends, and the next file starts from the environment the run began with.
import { afterAll } from 'vitest';

const saved = { ...process.env };

// registered before the file's own hooks, so it runs after them (its stacks are closed by then)
afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});
