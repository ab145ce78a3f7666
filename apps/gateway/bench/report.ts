import type { BenchResults } from './run.js';

const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

/** The table of docs/PERFORMANCE.md: every scenario beside its limit, with the ratios to it. */
export function markdownReport(results: BenchResults, command: string, seconds: number): string {
  const m = results.machine;
  const lines = [
    '# Performance',
    '',
    'Measured by the benchmark suite (`apps/gateway/bench`), which rewrites this page and `bench-results.json`.',
    'Each scenario is answered three ways in one run, with interleaved rounds: **limit** — the same answer from',
    'hand-written SQL (mysql2, no ORM) serialised to JSON, no GraphQL; **subgraph** — the requests the',
    "gateway's query plan sends, sent straight to the subgraphs; **gateway** — the real request. Everything runs",
    "in one process (`startStack`), so CPU per request and peak RSS are the whole process's. SQL statements",
    "are MariaDB's own count (GLOBAL `Questions`, least of three tries); rps is at concurrency 10; the write",
    'mix reports writes/s.',
    '',
    "The rps runs send one caller's identical request ten at a time. The gateway shares identical reads in flight",
    '(same Authorization, operation and variables; `GATEWAY_DEDUPE`), so its rps there counts shared answers:',
    "it shows what a burst of one user's repeats costs, not ten different users' throughput, which stays bounded",
    "by the subgraph's rps. Per-request cost is the median and CPU columns.",
    '',
    '```bash',
    command,
    '```',
    '',
    `Machine: ${m.cores} × ${m.cpus}, ${m.memoryGb} GB, Node ${m.node}, MariaDB ${m.mysql}; load average at the end ${m.loadAverage.join(' / ')} (shared with other work: compare within a run, not across runs); ${m.date}; ${fixed(seconds, 0)} s.`,
    '',
    '| scenario | scale | target | median ms | p95 ms | p99 ms | rps (c=10) | SQL/request (MariaDB / counted) | CPU ms/request | × limit (median) | × limit (rps) | peak RSS MB |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results.scenarios) {
    const limit = results.scenarios.find((l) => l.name === r.name && l.scale === r.scale && l.target === 'limit')!;
    lines.push(
      `| ${r.name} | ${r.scale} | ${r.target} | ${fixed(r.medianMs, 2)} | ${fixed(r.p95Ms, 2)} | ${fixed(r.p99Ms, 2)} | ${fixed(r.rps)} | ${r.sqlStatements} / ${r.sqlStatementsCounted} | ${fixed(r.cpuMsPerRequest, 2)} | ${fixed(r.medianMs / limit.medianMs)} | ${fixed(limit.rps / r.rps)} | ${r.peakRssMb} |`,
    );
  }
  lines.push('', ...targets(results), '', ...bounds());
  return `${lines.join('\n')}\n`;
}

/** Issue 16's targets on this machine, as this run measured them (statement flatness needs two scales: see the CI test). */
function targets(results: BenchResults): string[] {
  const find = (name: string, target: string) =>
    results.scenarios.find((r) => r.name.startsWith(name) && r.target === target);
  const out = [
    '## Issue 16 targets in this run',
    '',
    "A ratio near 1 beside a slow limit means the database's own work dominates (read the limit's milliseconds);",
    'rates are bounded by whatever else the machine ran (the load average above).',
    '',
  ];
  const row = (what: string, value: string, ok: boolean | null) =>
    out.push(`- ${what}: ${value}${ok === null ? '' : ok ? ' — met' : ' — **missed**'}`);
  const dashboard = find('leaders dashboard', 'gateway');
  const dashboardLimit = find('leaders dashboard', 'limit');
  if (dashboard && dashboardLimit) {
    const ratio = dashboard.medianMs / dashboardLimit.medianMs;
    row('dashboard uncached ≤ 4× the limit (median)', `${fixed(ratio)}×`, ratio <= 4);
    row("dashboard throughput ≥ 2× the issue's 59/s (118/s)", `${fixed(dashboard.rps)}/s`, dashboard.rps >= 118);
  }
  for (const name of ['credit records page']) {
    const gateway = find(name, 'gateway');
    const limit = find(name, 'limit');
    if (gateway && limit) {
      const ratio = gateway.medianMs / limit.medianMs;
      row(`paged list (${name}) ≤ 2× the limit (median)`, `${fixed(ratio)}×`, ratio <= 2);
    }
  }
  const writes = find('write mix', 'gateway');
  if (writes) row('≥ 300 writes/s through the gateway', `${fixed(writes.rps)}/s`, writes.rps >= 300);
  const publicList = find('public disclosure', 'gateway');
  if (publicList)
    row('public list ≥ 1,000 requests/s at concurrency 10', `${fixed(publicList.rps)}/s`, publicList.rps >= 1000);
  return out;
}

/** What bounds the targets still missed, as the profiles and EXPLAIN showed it (kept with the table it explains). */
function bounds(): string[] {
  return [
    '## What bounds the misses',
    '',
    '- **Paged lists.** The list filters and sorts the benchmark uses were checked with EXPLAIN: the public list and the',
    "  credit records list walk an index in their sort's direction (the id tie-break follows the sort) and count from a",
    '  covering index (credit migration `1732406400295-list-indexes`). That took their limits from about 106 and 86 ms',
    '  to 3–5 ms and the gateway from 163 and 113 ms to under 20 ms, so the ratio rose while the time fell: what',
    "  remains is each request's fixed GraphQL, validation and TypeORM cost (about 10 ms in the subgraph, 5–8 ms more",
    '  at the gateway), which a 3 ms query cannot hide.',
    '- **Requests per second.** Every target, gateway and subgraph shares two cores in one process here: rps × CPU',
    '  ms per request is close to the two cores, so more rps needs less CPU per request or more processes (several',
    '  gateway and subgraph processes behind one port have not been tried yet). A short response cache for anonymous',
    "  public reads is the way to the public list's 1,000/s and is not built.",
    '- **The dashboard.** Debt loads only the tables the fields asked need (five for the band, instead of every',
    '  table), so the dashboard is 16 statements; its CPU is mostly query building and hydration in TypeORM.',
  ];
}
