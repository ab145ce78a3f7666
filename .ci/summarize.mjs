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
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exitCode = 1;

function firstLines(text = '') {
  return String(text)
    .split('\n')
    .slice(0, 12)
    .map((l) => `    ${l}`)
    .join('\n');
}
