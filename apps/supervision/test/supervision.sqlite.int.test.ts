// The zero-setup path (`npm start` without DATABASE_URL): supervision's migrations on SQLite, including the generated
// column the warning feed is ordered by (migration 710), and the feed read through the gateway.
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as supervision } from '../src/index.js';

const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const FEED = '{ integrityWarnings(pageSize: 200) { total items { id status since } } }';
type Feed = { integrityWarnings: { total: number; items: { id: string; status: string; since: string }[] } };

describe('supervision on embedded SQLite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
      supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      database: 'sqlite',
    });
  }, 180_000);
  afterAll(() => stack?.close());

  it('lists warnings open first, then acknowledged, each oldest cause first, by the generated rank', async () => {
    const supervisor = await stack.login('supervisor');
    const before = await stack.graphql<Feed>(FEED, {}, supervisor);
    expect(before.errors).toBeUndefined();
    const open = before.data!.integrityWarnings.items;
    expect(open.length).toBeGreaterThan(2);
    // the oldest open warning acknowledged moves behind every open one
    const oldest = open[0]!;
    const ack = await stack.graphql(
      'mutation ($id: ID!) { acknowledgeWarning(id: $id, note: "正在核实") { status } }',
      { id: oldest.id },
      supervisor,
    );
    expect(ack.errors).toBeUndefined();
    const after = (await stack.graphql<Feed>(FEED, {}, supervisor)).data!.integrityWarnings.items;
    expect(after.at(-1)).toMatchObject({ id: oldest.id, status: 'ACKNOWLEDGED' });
    expect(after.slice(0, -1).every((w) => w.status === 'OPEN')).toBe(true);
    const dates = after.slice(0, -1).map((w) => w.since);
    expect(dates).toEqual([...dates].sort());
    const [rank] = (await stack.subgraphs.supervision!.dataSource.query(
      'SELECT status_rank AS r FROM integrity_warning WHERE id = ?',
      [oldest.id],
    )) as { r: number }[];
    expect(rank).toEqual({ r: 1 });
  });
});
