import { signServiceToken } from '@integrity/auth';
import { subgraph as directory } from '@integrity/directory';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notesSubgraph } from './fixtures/notes.subgraph.js';
import { scoresSubgraph } from './fixtures/scores.subgraph.js';

const mysql = await mysqlStatus();

describe.skipIf(!mysql.ok)(`gateway across subgraphs on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`, () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, notesSubgraph, scoresSubgraph] });
  });
  afterAll(() => stack?.close());

  it('answers a query that crosses two subgraphs', async () => {
    const result = await stack.graphql<{
      departments: {
        items: { code: string; region: { name: string }; noteCount: number; notes: { text: string }[] }[];
      };
    }>(
      '{ departments(pageSize: 1) { items { code region { name } noteCount notes { text } } } }',
      {},
      await stack.login('leader'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.departments.items[0]).toMatchObject({
      region: { name: '饶平县' },
      noteCount: 1,
      notes: [{ text: expect.stringMatching(/^备注/) }],
    });
  });

  it('lists 50 departments with fields from a second subgraph in a constant number of SQL statements', async () => {
    const query = '{ departments(pageSize: PAGE) { total items { name region { name } noteCount notes { text } } } }';
    stack.resetSqlCount();
    const small = await stack.graphql<{ departments: { items: unknown[] } }>(query.replace('PAGE', '5'));
    const fewCount = stack.sqlCount();
    stack.resetSqlCount();
    const large = await stack.graphql<{ departments: { items: { noteCount: number }[] } }>(query.replace('PAGE', '50'));
    expect(small.data!.departments.items).toHaveLength(5);
    expect(large.data!.departments.items).toHaveLength(50);
    expect(large.data!.departments.items.every((d) => d.noteCount === 1)).toBe(true);
    // directory: the page with its total (one statement) + regions; notes: one batched lookup for all 50
    expect(stack.sqlCount()).toBe(3);
    expect(fewCount).toBe(3);
  });

  it('computes a figure in one subgraph from another subgraph’s field through @requires, batched', async () => {
    const query = '{ departments(pageSize: PAGE) { items { name attentionScore } } }';
    stack.resetSqlCount();
    const result = await stack.graphql<{ departments: { items: { attentionScore: number }[] } }>(
      query.replace('PAGE', '50'),
    );
    expect(result.errors).toBeUndefined();
    // each seeded department has one note: 100 - 10
    expect(result.data!.departments.items.every((d) => d.attentionScore === 90)).toBe(true);
    // directory: the page with its total; notes: one batched lookup; scores: none (the figure came with the
    // representation)
    expect(stack.sqlCount()).toBe(2);
  });

  it('forwards identity: the second subgraph verifies the token itself', async () => {
    const [rsj, leader] = [await stack.login('rsj'), await stack.login('leader')];
    const dept = await stack.graphql<{ me: { department: { id: string } } }>('{ me { department { id } } }', {}, rsj);
    const own = await stack.graphql<{ addNote: { text: string } }>(
      'mutation ($d: ID!) { addNote(departmentId: $d, text: "人社局备注") { text } }',
      { d: dept.data!.me.department.id },
      rsj,
    );
    expect(own.data!.addNote.text).toBe('人社局备注');
    const forbidden = await stack.graphql(
      'mutation ($d: ID!) { addNote(departmentId: $d, text: "x") { text } }',
      { d: dept.data!.me.department.id },
      leader,
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const anonymous = await stack.graphql('mutation ($d: ID!) { addNote(departmentId: $d, text: "x") { text } }', {
      d: dept.data!.me.department.id,
    });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('passes the request id on to subgraphs and returns it', async () => {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc-123' },
      body: JSON.stringify({ query: 'mutation { addNote(departmentId: "x", text: "y") { text } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
    const fresh = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // compact JSON, not Apollo's two-space indentation
    expect(await fresh.text()).toBe('{"data":{"__typename":"Query"}}');
    // the subgraph recorded the gateway's request id in its audit trail
    const rsj = await stack.login('rsj');
    const dept = await stack.graphql<{ me: { department: { id: string } } }>('{ me { department { id } } }', {}, rsj);
    await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-def-456', authorization: `Bearer ${rsj}` },
      body: JSON.stringify({
        query: `mutation { addNote(departmentId: "${dept.data!.me.department.id}", text: "traced") { text } }`,
      }),
    });
    const rows = await stack.subgraphs.notes!.dataSource.query(
      "SELECT request_id FROM audit_log WHERE request_id = 'trace-def-456'",
    );
    expect(rows).toHaveLength(1);
  });

  it('serves GraphiQL from its own bundle on a browser GET, health, readiness and the console placeholder', async () => {
    const page = await fetch(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('/graphiql/main.js');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const bundle = await fetch(`${stack.url}/graphiql/main.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect(await (await fetch(`${stack.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${stack.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      subgraphs: [
        { name: 'directory', ok: true },
        { name: 'notes', ok: true },
        { name: 'scores', ok: true },
      ],
    });
    const home = await fetch(`${stack.url}/`, { headers: { accept: 'text/html' } });
    expect(await home.text()).toContain('Integrity Graph');
  });

  it('passes a subgraph’s declared HTTP export through, with the request id and query string', async () => {
    const response = await fetch(`${stack.url}/notes/export.json?limit=5`, { headers: { 'x-request-id': 'export-1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ count: expect.any(Number), requestId: 'export-1', limit: '5' });
  });

  it('reports not ready when a subgraph is down, while the rest keeps answering', async () => {
    await stack.subgraphs.notes!.close();
    const exported = await fetch(`${stack.url}/notes/export.json`);
    expect(exported.status).toBe(502);
    expect(await exported.json()).toMatchObject({ error: 'DEPENDENCY_UNAVAILABLE' });
    const ready = await fetch(`${stack.url}/ready`);
    expect(ready.status).toBe(503);
    const partial = await stack.graphql<{
      departments: { items: { name: string; noteCount: number | null }[] } | null;
    }>('{ departments(pageSize: 2) { items { name noteCount } } }');
    expect(partial.errors?.length).toBeGreaterThan(0);
    // the caller learns which service is missing, not where it lives
    expect(partial.errors![0]!.extensions).toEqual({ code: 'DEPENDENCY_UNAVAILABLE', serviceName: 'notes' });
    expect(JSON.stringify(partial.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    const plain = await stack.graphql<{ departments: { total: number } }>('{ departments { total } }');
    expect(plain.data!.departments.total).toBeGreaterThan(50);
  });
});

describe.skipIf(!mysql.ok)(
  `subgraphs that answer only the gateway${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;

    beforeAll(async () => {
      process.env.SUBGRAPH_ONLY_VIA_GATEWAY = 'true';
      stack = await startStack({ subgraphs: [directory, notesSubgraph] });
    });
    afterAll(async () => {
      delete process.env.SUBGRAPH_ONLY_VIA_GATEWAY;
      await stack?.close();
    });

    const direct = (token: string) =>
      fetch(stack.subgraphs.notes!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });

    it('refuses a user token sent straight to a subgraph, and answers through the gateway', async () => {
      const leader = await stack.login('leader');
      const refused = await direct(leader);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      const through = await stack.graphql<{ departments: { items: { noteCount: number }[] } }>(
        '{ departments(pageSize: 3) { items { noteCount } } }',
        {},
        leader,
      );
      expect(through.errors).toBeUndefined();
      expect(through.data!.departments.items).toHaveLength(3);
    });

    it('still lets another subgraph call with its service credential, and probes reach /ready', async () => {
      expect((await direct(signServiceToken('procurement', stack.secret))).status).toBe(200);
      expect((await fetch(stack.subgraphs.notes!.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
    });

    it('is ready: its readiness probe carries the gateway credential', async () => {
      const ready = await fetch(`${stack.url}/ready`);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        subgraphs: [
          { name: 'directory', ok: true },
          { name: 'notes', ok: true },
        ],
      });
      expect(ready.status).toBe(200);
    });
  },
);
