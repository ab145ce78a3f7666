// `node apps/gateway/dist/bench/client-ab.js [--scale 1] [--rounds 6]`: the gateway's subgraph client measured
// against Node's own fetch, which it replaced, in one run with interleaved rounds on the same seeded stack (the
// old client is put back for its rounds by patching ForwardingDataSource.send). Sharing of identical reads is
// off (GATEWAY_DEDUPE=off), so every request reaches the subgraphs. Reports CPU ms per request of the whole
// process (client, gateway and subgraphs) and requests/s at concurrency 10. A script, never a timed test.
import { parseArgs } from 'node:util';
import { ForwardingDataSource } from '@integrity/gateway-kit';
import { HttpAnswer } from '@integrity/http-kit';
import { today } from '@integrity/subgraph-kit';
import { LimitDb } from './limit-db.js';
import { throughput } from './measure.js';
import { startBenchStack } from './run.js';
import { loadFixtures, scenarios, type Scenario } from './scenarios.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, rounds: { type: 'string', default: '6' } },
});
const rounds = Number(values.rounds);
if (!(rounds >= 1)) throw new Error(`--rounds takes a positive number: ${values.rounds}`);
process.env.GATEWAY_DEDUPE = 'off';
const NAMES = [
  'leaders dashboard',
  'credit records page (50, sorted, with names)',
  'public disclosure list (no token)',
  "a civil servant's whole file",
];

const undiciSend = ForwardingDataSource.prototype.send;
/** The client before: Node's global fetch, its Response read whole. */
async function fetchSend(this: ForwardingDataSource, url: string, init: RequestInit) {
  const r = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
  return new HttpAnswer(url, r.status, [...r.headers], await r.text());
}
const clients = { 'Node fetch': fetchSend, 'undici request': undiciSend };

const stack = await startBenchStack(Number(values.scale), true);
const limitDb = new LimitDb(Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.dataSource])));
try {
  const all = scenarios(await loadFixtures(limitDb, today()));
  const tokens = new Map<string, string>();
  const round = async (scenario: Scenario, n: number) => {
    const user = scenario.user;
    if (user && !tokens.has(user)) tokens.set(user, await stack.login(user));
    const token = user ? tokens.get(user) : undefined;
    let next = 0;
    const cpu = process.cpuUsage();
    const rps = await throughput(
      async () => {
        const { query, variables } = scenario.operation(next++);
        const r = await stack.graphql(query, variables, token);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      },
      n,
      10,
    );
    const used = process.cpuUsage(cpu);
    return { cpuMs: (used.user + used.system) / 1000 / n, rps };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  process.stdout.write('| scenario | client | CPU ms/request | rps (c=10) |\n|---|---|---:|---:|\n');
  for (const name of NAMES) {
    const scenario = all.find((s) => s.name === name)!;
    const n = name.includes('dashboard') ? 100 : 300;
    const results = new Map<string, { cpuMs: number; rps: number }[]>(Object.keys(clients).map((c) => [c, []]));
    for (let r = -1; r < rounds; r += 1) {
      const order = Object.entries(clients);
      for (const [client, send] of r % 2 ? order : order.reverse()) {
        ForwardingDataSource.prototype.send = send;
        const result = await round(scenario, n);
        if (r >= 0) results.get(client)!.push(result); // round -1 warms both up
      }
    }
    for (const [client, rs] of results)
      process.stdout.write(
        `| ${name} | ${client} | ${median(rs.map((x) => x.cpuMs)).toFixed(2)} | ${median(rs.map((x) => x.rps)).toFixed(1)} |\n`,
      );
  }
} finally {
  ForwardingDataSource.prototype.send = undiciSend;
  await limitDb.close();
  await stack.close();
}
