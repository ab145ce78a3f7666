import { subgraph as directory } from '@integrity/directory';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { In, Not, type DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BidEntity } from '../src/bid/bid.entity.js';
import { ContractEntity, MilestoneEntity } from '../src/contract/contract.entity.js';
import { MilestonePaymentEntity } from '../src/contract/milestone-payment.entity.js';
import { OCDS_PACKAGE_PATH, subgraph as procurement } from '../src/index.js';
import { buildRelease, releasePackage } from '../src/ocds/release.js';
import { ProjectEntity, StatusChangeEntity } from '../src/project/project.entity.js';
import { releaseValidator, schemaPresent } from './ocds-schema.js';

const mysql = await mysqlStatus();

/**
 * The oracle: the package as it was built before streaming, whole in memory (six statements, Array.find per
 * project). One change: id breaks ties of createdAt, which the old order left to the database.
 */
async function wholePackage(dataSource: DataSource) {
  const m = dataSource.manager;
  const projects = await m.find(ProjectEntity, {
    where: { status: Not('PLANNING') },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const ids = projects.map((p) => p.id);
  const none = ['-'];
  const [timeline, bids, contracts] = await Promise.all([
    m.find(StatusChangeEntity, { where: { projectId: In(ids.length ? ids : none) } }),
    m.find(BidEntity, { where: { projectId: In(ids.length ? ids : none) } }),
    m.find(ContractEntity, { where: { projectId: In(ids.length ? ids : none) } }),
  ]);
  const milestones = await m.find(MilestoneEntity, {
    where: { contractId: In(contracts.length ? contracts.map((c) => c.id) : none) },
    order: { seq: 'ASC' },
  });
  const payments = await m.find(MilestonePaymentEntity, {
    where: { milestoneId: In(milestones.length ? milestones.map((x) => x.id) : none) },
  });
  const releases = projects.map((project) => {
    const contract = contracts.find((c) => c.projectId === project.id) ?? null;
    return buildRelease({
      project,
      timeline: timeline.filter((t) => t.projectId === project.id).sort((a, b) => a.at.localeCompare(b.at)),
      bids: bids.filter((b) => b.projectId === project.id),
      contract,
      milestones: contract ? milestones.filter((x) => x.contractId === contract.id) : [],
      payments: contract
        ? payments.filter((x) => milestones.some((m) => m.id === x.milestoneId && m.contractId === contract.id))
        : [],
    });
  });
  return releasePackage(releases, new Date().toISOString());
}

type Package = { publishedDate: string; uri: string; releases: { ocid: string }[] };
const withoutDate = ({ publishedDate: _d, uri: _u, ...rest }: Package) => rest;

describe.skipIf(!mysql.ok)(`the OCDS release package, streamed${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`, () => {
  let stack: Stack;
  let dataSource: DataSource;
  let published: number;

  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, procurement] });
    dataSource = stack.subgraphs.procurement!.dataSource;
    // five processes created in the same millisecond: chunks of 2 split them, so the keyset needs its id tie-break
    const [template] = await dataSource.manager.find(ProjectEntity, { where: { status: 'TENDERING' }, take: 1 });
    await dataSource.manager.insert(
      ProjectEntity,
      ['e', 'a', 'd', 'b', 'c'].map((k) => ({
        ...template!,
        id: `00000000-0000-4000-8000-00000000000${k}`,
        title: `同时创建的项目 ${k}`,
        createdAt: '2020-01-01T00:00:00.000Z',
      })),
    );
    published = await dataSource.manager.count(ProjectEntity, { where: { status: Not('PLANNING') } });
  });
  afterAll(() => stack?.close());
  afterEach(() => {
    delete process.env.OCDS_CHUNK_SIZE;
  });

  /** Statements of the whole package: six per chunk, and one more empty read when the last chunk was full. */
  const expectedStatements = (chunk: number) => 6 * Math.ceil(published / chunk) + (published % chunk ? 0 : 1);

  it.each([2, 7, 500])(
    'serves through the gateway the same package as the whole builder, in chunks of %i at six statements each',
    async (chunk) => {
      process.env.OCDS_CHUNK_SIZE = String(chunk);
      const oracle = JSON.parse(JSON.stringify(await wholePackage(dataSource))) as Package;
      stack.resetSqlCount();
      const response = await fetch(`${stack.url}${OCDS_PACKAGE_PATH}`);
      const streamed = (await response.json()) as Package;
      expect(stack.sqlCount()).toBe(expectedStatements(chunk));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(streamed.releases).toHaveLength(published);
      expect(streamed.uri).toBe(oracle.uri.replace(oracle.publishedDate, streamed.publishedDate));
      expect(withoutDate(streamed)).toEqual(withoutDate(oracle));
      // the tie group comes out by id
      const tied = streamed.releases.map((r) => r.ocid).filter((o) => o.includes('-00000000-0000-4000-8000-'));
      expect(tied.map((o) => o.slice(-1))).toEqual(['a', 'b', 'c', 'd', 'e']);
    },
  );

  it.skipIf(!schemaPresent)('streams releases each valid against the official schema', async () => {
    process.env.OCDS_CHUNK_SIZE = '50';
    const pkg = (await (await fetch(`${stack.url}${OCDS_PACKAGE_PATH}`)).json()) as Package;
    const validate = releaseValidator();
    expect(pkg.releases.filter((r) => !validate(r))).toEqual([]);
  });

  it('stops reading the database when the client goes away', async () => {
    process.env.OCDS_CHUNK_SIZE = '1';
    stack.resetSqlCount();
    const abort = new AbortController();
    // straight to the subgraph: the gateway reads the whole answer before passing it on
    const url = new URL(OCDS_PACKAGE_PATH, stack.subgraphs.procurement!.url);
    const response = await fetch(url, { signal: abort.signal });
    expect(response.status).toBe(200);
    await response.body!.getReader().read();
    abort.abort();
    await new Promise((done) => setTimeout(done, 300));
    const stopped = stack.sqlCount();
    await new Promise((done) => setTimeout(done, 300));
    expect(stack.sqlCount()).toBe(stopped);
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(expectedStatements(1));
  });
});
