import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refuseOverLimit } from './operation-limits.middleware.js';
import { DEFAULT_LIMITS } from './operation-limits.js';

const schema = buildSchema(`
  scalar JSON
  type Region { name: String code: String parent: Region children(pageSize: Int): [Region] towns: [Region!]! release: JSON }
  type RegionPage { items: [Region!]! total: Int }
  type Query { region: Region regions(pageSize: Int): [Region] regionPage(pageSize: Int = 20): RegionPage! }
`);

/**
 * What a server does with a document before executing it, in its order: the limits (token cap while
 * parsing, fields, cycles, depth, aliases, cost: operationLimitsMiddleware), then graphql-js's own rules. Returns the refusal (or null) and the time spent.
 */
function admit(source: string): { refused: string | null; ms: number } {
  const started = process.cpuUsage();
  let refused: string | null;
  const refusal = refuseOverLimit(source, {}, schema, DEFAULT_LIMITS);
  if (refusal) refused = String(refusal.extensions.field);
  else {
    try {
      refused = validate(schema, parse(source), specifiedRules).length ? 'invalid' : null;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      refused = 'syntax';
    }
  }
  const spent = process.cpuUsage(started);
  // CPU time of this process, not wall time: six engineers share two cores, and waiting is not work
  return { refused, ms: (spent.user + spent.system) / 1000 };
}

/** The fastest of three runs: the work is deterministic, so this filters a shared machine's scheduling and GC noise. */
function timed(source: string): { refused: string | null; ms: number } {
  const runs = [admit(source), admit(source), admit(source)];
  return { refused: runs[0]!.refused, ms: Math.min(...runs.map((r) => r.ms)) };
}

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random documents in the shapes attacks take: deep nesting, repeated and aliased fields, pages in pages, fragment chains and cycles. */
function randomDocument(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const fragmentCount = rand() < 0.4 ? 0 : Math.floor(rand() * 40);
  const budget = { nodes: rand() < 0.5 ? 5 + Math.floor(rand() * 60) : 20 + Math.floor(rand() * 4000) };
  const selection = (depth: number): string => {
    const parts: string[] = [];
    const width = 1 + Math.floor(rand() * (rand() < 0.1 ? 200 : 6));
    for (let i = 0; i < width && budget.nodes-- > 0; i++) {
      const alias = rand() < 0.2 ? `a${Math.floor(rand() * 50)}: ` : '';
      const r = rand();
      if (r < 0.15 && fragmentCount) parts.push(`...F${Math.floor(rand() * fragmentCount)}`);
      else if (r < 0.5 || depth > 30) parts.push(alias + pick(['name', 'code', 'release', 'name']));
      else {
        const field = pick(['parent', `children(pageSize: ${pick([1, 20, 200, '$n'])})`, 'towns']);
        parts.push(`${alias}${field} { ${selection(depth + 1)} }`);
      }
    }
    return parts.join(' ') || 'name';
  };
  const fragments = Array.from({ length: fragmentCount }, (_, i) => `fragment F${i} on Region { ${selection(1)} }`);
  return `query ($n: Int) { regionPage(pageSize: $n) { items { ${selection(1)} } } } ${fragments.join(' ')}`;
}

describe('operation limits under random documents', () => {
  // compile the hot paths first: the first calls of a cold process are not what an attacker gets
  admit('{ region { ...A } } fragment A on Region { name parent { name } }');
  admit(`{ regions { ${'name '.repeat(50)} } }`);

  it('admit or refuse any document in time proportional to its size', () => {
    const rand = random(17);
    let worstMsPerKb = 0;
    const outcomes = new Map<string, number>();
    for (let run = 0; run < 400; run++) {
      const source = randomDocument(rand);
      const { refused, ms } = timed(source);
      outcomes.set(refused ?? 'admitted', (outcomes.get(refused ?? 'admitted') ?? 0) + 1);
      const kb = Math.max(1, source.length / 1024);
      worstMsPerKb = Math.max(worstMsPerKb, ms / kb);
      // a generous bound for a shared CI machine: exponential or quadratic walks break it by orders of magnitude
      expect(ms, `run ${run}: ${source.length} bytes took ${ms.toFixed(1)} ms`).toBeLessThan(25 + 2 * kb);
    }
    // the generator must reach every outcome, or the test proves less than it claims
    expect([...outcomes.keys()], JSON.stringify([...outcomes])).toEqual(
      expect.arrayContaining(['admitted', 'invalid', 'maxTokens', 'maxFields', 'maxCost']),
    );
    expect(worstMsPerKb).toBeLessThan(25);
  });

  it('refuses the security probe’s documents in well under 50 ms each', () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../../test/fixtures/attacks/${name}`, import.meta.url), 'utf8');
    for (const [name, limit] of [
      ['fragment-bomb.graphql', 'maxCost'],
      ['fragment-bomb-skipped.graphql', 'maxCost'],
      ['introspection-bomb.graphql', 'maxCost'],
      ['repeated-fields-25k.graphql', 'maxTokens'],
      ['repeated-fields-100k.graphql', 'maxTokens'],
    ] as const) {
      const { refused, ms } = timed(fixture(name));
      expect(refused, name).toBe(limit);
      expect(ms, name).toBeLessThan(50);
    }
  });

  it('also refuses, before validation, a document just under the token cap made of repeated fields', () => {
    const { refused, ms } = timed(`{ regions { ${'name '.repeat(1500)} } }`);
    expect(refused).toBe('maxFields');
    expect(ms).toBeLessThan(50);
  });
});
