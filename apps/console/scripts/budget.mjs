// Build budget (run by `npm run build` after vite): the JavaScript a browser must download, gzip-compressed,
// before the login page and the dashboard can paint — the entry chunk plus every chunk it or the page
// imports statically (lazy imports such as charts, exceljs or the English messages are not counted).
// Fails the build when a page is over its limit; reports a page over its goal (issue 11: login ≤ 250 KB,
// dashboard ≤ 450 KB). The console's pages sit inside AntShell (antd, Apollo), a lazy chunk of its own that
// the login page never loads: the dashboard counts it, the login page does not.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
const KB = 1024;

const BUDGETS = [
  { page: 'login', modules: ['src/pages/LoginPage.tsx'], goal: 250 * KB, limit: 250 * KB },
  {
    page: 'dashboard',
    modules: ['src/AntShell.tsx', 'src/ConsoleLayout.tsx', 'src/pages/DashboardPage.tsx'],
    goal: 450 * KB,
    limit: 450 * KB,
  },
];

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
if (!entry) throw new Error('budget: no entry chunk in the Vite manifest');

/** The chunk files a module needs before it runs: itself and its static imports, transitively. */
function closure(keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`budget: ${key} is not in the Vite manifest`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return files;
}

const gzipSize = (file) => gzipSync(readFileSync(dist + file), { level: 9 }).length;
let failed = false;
for (const b of BUDGETS) {
  const files = [...closure([entry, ...b.modules])];
  const size = files.reduce((sum, f) => sum + gzipSize(f), 0);
  const ok = size <= b.limit;
  const atGoal = size <= b.goal;
  failed ||= !ok;
  console.log(
    `${!ok ? 'OVER' : atGoal ? 'ok  ' : 'GOAL'} ${b.page}: ${(size / KB).toFixed(1)} KB gzip of initial JavaScript (goal ${b.goal / KB} KB, limit ${b.limit / KB} KB, ${files.length} files)`,
  );
  if (!atGoal)
    for (const f of files.sort((x, y) => gzipSize(y) - gzipSize(x)).slice(0, 5))
      console.log(`       ${f} ${(gzipSize(f) / KB).toFixed(1)} KB`);
}
if (failed) {
  console.error('budget: over budget');
  process.exit(1);
}
