// Runs before every test file. Workers keep their modules from one test file to the next (isolate: false in
// vitest.shared.mjs), so each file starts from the environment the worker began with, and what a file sets in
// process.env (a back-off, a chunk size, NODE_ENV) is put back when it ends.
import { afterAll } from 'vitest';

// the worker's first environment, kept across files (a module-level copy would be taken anew per file)
const baseline = (globalThis.__integrityTestEnv ??= { ...process.env });

function restore() {
  for (const key of Object.keys(process.env)) if (!(key in baseline)) delete process.env[key];
  Object.assign(process.env, baseline);
}

// at the start too: a file whose afterAll hooks threw, or that failed to load, did not put it back
restore();
// registered before the file's own hooks, so it runs after them (its stacks are closed by then)
afterAll(restore);
