// Add up every workspace's vitest JSON report into one closing line: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const files = execSync(
  'ls -1 apps/*/test-artifacts/vitest.json packages/*/test-artifacts/vitest.json 2>/dev/null || true',
  { encoding: 'utf8' },
)
  .split('\n')
  .filter((f) => f && existsSync(f));
let passed = 0;
let failed = 0;
let skipped = 0;
// what failed, named and with the first lines of its message: the summary is the only part of a CI log kept on record
const failures = [];
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  // a file that failed to load has no failed test of its own: count it as one failure
  const brokenFiles = (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && !r.assertionResults?.some((a) => a.status === 'failed'),
  ).length;
  failed += report.numFailedTests + brokenFiles;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const result of report.testResults ?? []) {
    const where = result.name.replace(`${process.cwd()}/`, '');
    for (const a of result.assertionResults ?? []) {
      if (a.status === 'failed') failures.push(`${where} › ${a.fullName}\n${firstLines(a.failureMessages?.[0])}`);
    }
    if (result.status === 'failed' && !result.assertionResults?.some((a) => a.status === 'failed'))
      failures.push(`${where} (did not load)\n${firstLines(result.message)}`);
  }
  console.log(
    `  ${file.replace('/test-artifacts/vitest.json', '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
  );
}
for (const f of failures) console.log(`FAILED ${f}`);
const outside = errorsOutsideTests('test-artifacts/npm-test.log');
for (const e of outside) console.log(`ERROR OUTSIDE A TEST ${e}`);
console.log(
  `${passed} passed, ${failed} failed, ${skipped} skipped${outside.length ? `, ${outside.length} errors outside any test` : ''}`,
);
if (failed > 0 || passed === 0 || outside.length > 0) process.exitCode = 1;

/**
 * Unhandled errors and rejections vitest reports after the tests of a file: they fail the run, yet no test's JSON
 * report shows them. Each with its workspace, the test vitest names as the likely cause and the error's first line.
 */
function errorsOutsideTests(log) {
  if (!existsSync(log)) return [];
  const plain = readFileSync(log, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
  const found = [];
  const lines = plain.split('\n');
  lines.forEach((line, i) => {
    const m = /^(@integrity\/[\w-]+):test:\s+⎯+\s*Unhandled (Rejection|Error)\s*⎯+/.exec(line);
    if (!m) return;
    const after = lines.slice(i + 1, i + 40).map((l) => l.replace(/^@integrity\/[\w-]+:test:\s?/, ''));
    const message = after.find((l) => l.trim()) ?? '';
    const cause = after.find((l) => /latest test that might've caused the error is/.test(l)) ?? '';
    found.push(`${m[1]} unhandled ${m[2].toLowerCase()}: ${message.trim()}${cause ? `\n    ${cause.trim()}` : ''}`);
  });
  // the same error once per cause is enough to act on
  return [...new Set(found)];
}

function firstLines(text = '') {
  return String(text)
    .split('\n')
    .slice(0, 12)
    .map((l) => `    ${l}`)
    .join('\n');
}
