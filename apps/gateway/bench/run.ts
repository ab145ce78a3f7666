import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { subgraph as supervision } from '@integrity/supervision';
import { startGateway, type RunningGateway } from '@integrity/gateway-kit';
import { today } from '@integrity/subgraph-kit';
import { mysqlTestUrl, startStack, type Stack } from '@integrity/testing';
import { generateScale } from '../scale/generate.js';
import { SUPERGRAPH_FILE } from '../src/paths.js';
import { planReplay } from './capture.js';
import { LimitDb } from './limit-db.js';
import { StatementMeter, throughput, timeInterleaved, TARGETS, type Run, type Target } from './measure.js';
import { loadFixtures, scenarios, type Operation, type Scenario } from './scenarios.js';

export interface BenchOptions {
  scale: number;
  /** Timed rounds per scenario (each round: one request to each target). */
  runs: number;
  warmup: number;
  /** Requests per target for the throughput run. */
  throughputRequests: number;
  concurrency: number;
  /** Only the scenarios whose name contains one of these. */
  only?: string[];
  quiet?: boolean;
}

export interface ScenarioResult {
  name: string;
  scale: number;
  target: Target;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  /** MariaDB's own count (GLOBAL Questions, least of three tries). */
  sqlStatements: number;
  /** The same counted in process (subgraphs' TypeORM logger; the limit's own tally). */
  sqlStatementsCounted: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
}

export interface BenchResults {
  machine: {
    cpus: string;
    cores: number;
    memoryGb: number;
    node: string;
    loadAverage: number[];
    mysql: string;
    date: string;
  };
  scenarios: ScenarioResult[];
}

const check = (what: string, result: { errors?: unknown[] }) => {
  if (result.errors?.length) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
};

async function post(url: string, operation: Operation, token?: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(operation),
  });
  const result = (await response.json()) as { errors?: unknown[] };
  check(`${url} answered ${response.status}`, result);
}

/** Every subgraph and the gateway in this process on fresh MariaDB databases, the generator's data in them. */
export async function startBenchStack(scale: number, quiet = false): Promise<Stack> {
  process.env.LOG_LEVEL ??= 'warn'; // a log line per request would be measured too
  // one client files every complaint of the run: the per-address limit (5 an hour) would refuse all but the first
  process.env.COMPLAINT_MAX_PER_ADDRESS ??= '1000000000';
  const stack = await startStack({
    // casework too: the scored ranking requires its figures
    subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
  });
  try {
    const dataSources = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.dataSource]));
    await generateScale(dataSources, { scale, quiet });
    // Reach the steady state before anything is timed: the subgraphs' own sweeps (overdue payments and
    // orders) run once at start, so a restart makes them see the generated rows, and
    // their outboxes are drained into credit, instead of hundreds of deliveries landing inside the first scenario.
    for (const name of ['procurement', 'supervision']) {
      await stack.stopSubgraph(name);
      await stack.restartSubgraph(name);
    }
    for (const s of Object.values(stack.subgraphs)) await s.outbox?.drain();
    return stack;
  } catch (error) {
    await stack.close();
    throw error;
  }
}

/** Run every scenario against the limit, the subgraphs directly and the gateway, on a stack already seeded. */
export async function runScenarios(stack: Stack, options: BenchOptions): Promise<BenchResults> {
  const dataSources = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.dataSource]));
  const db = new LimitDb(dataSources);
  const meter = await StatementMeter.open(new URL(mysqlTestUrl()));
  const subgraphUrls = Object.values(stack.subgraphs).map((s) => s.url);
  const results: ScenarioResult[] = [];
  try {
    const fixtures = await loadFixtures(db, today());
    for (const scenario of scenarios(fixtures)) {
      if (options.only && !options.only.some((o) => scenario.name.includes(o))) continue;
      // a fresh login per scenario: at scale 10 one scenario can outlast a token (a kept one expired mid-run)
      const token = scenario.user ? await stack.login(scenario.user) : undefined;
      const cached = scenario.publicCacheSeconds ? await cachingGateway(stack, scenario.publicCacheSeconds) : null;
      try {
        const runs = await targetRuns(stack, scenario, db, token, subgraphUrls, cached?.url);
        const timing = await timeInterleaved(runs, options.runs, options.warmup);
        for (const target of TARGETS) {
          const rps = await throughput(runs[target], options.throughputRequests, options.concurrency);
          const statements = await meter.measure(
            runs[target],
            () => (target === 'limit' ? db.statements : stack.sqlCount()),
            () => (target === 'limit' ? (db.statements = 0) : stack.resetSqlCount()),
          );
          results.push({
            name: scenario.name,
            scale: options.scale,
            target,
            ...timing[target],
            rps,
            sqlStatements: statements.server,
            sqlStatementsCounted: statements.counted,
            peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          });
        }
      } finally {
        await cached?.close();
      }
      if (!options.quiet) process.stderr.write(`bench ${scenario.name}: done\n`);
    }
    const [version] = await db.query<{ v: string }>('directory', 'SELECT VERSION() AS v');
    return {
      machine: {
        cpus: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: (await import('node:os')).loadavg().map((x) => +x.toFixed(2)),
        mysql: version?.v ?? 'unknown',
        date: new Date().toISOString(),
      },
      scenarios: results,
    };
  } finally {
    await meter.close();
    await db.close();
  }
}

/** A second gateway in front of the same subgraphs that keeps anonymous answers for `seconds`. */
function cachingGateway(stack: Stack, seconds: number): Promise<RunningGateway> {
  return startGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    port: 0,
    subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.url])),
    secret: stack.secret,
    trustedDocuments: 'off',
    responseCache: { publicSeconds: seconds, callerSeconds: 0 },
  });
}

/** The three ways of getting the scenario's answer; each is run once here, so a broken one fails before timing. */
async function targetRuns(
  stack: Stack,
  scenario: Scenario,
  db: LimitDb,
  token: string | undefined,
  subgraphUrls: string[],
  gatewayUrl?: string,
): Promise<Record<Target, Run>> {
  let i = 0;
  let j = 0;
  let k = 0;
  const gateway: Run = async () => {
    const operation = scenario.operation((i += 1));
    if (gatewayUrl) return post(`${gatewayUrl}/graphql`, operation, token);
    check(`gateway ${scenario.name}`, await stack.graphql(operation.query, operation.variables, token));
  };
  const limit: Run = () => scenario.limit(db, (j += 1));
  let subgraph: Run;
  if (scenario.writeSubgraph) {
    subgraph = () => {
      k += 1;
      return post(stack.subgraphs[scenario.writeSubgraph!(k)]!.url, scenario.operation(k), token);
    };
  } else {
    // captured through the uncaching gateway: a cached answer would record no subgraph request
    subgraph = await planReplay(subgraphUrls, async () => {
      const operation = scenario.operation((i += 1));
      check(`gateway ${scenario.name}`, await stack.graphql(operation.query, operation.variables, token));
    });
  }
  await limit();
  await subgraph();
  await gateway();
  return { limit, subgraph, gateway };
}
