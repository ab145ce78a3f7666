import { byKey, groupByKey, requireRead, type RequestContext } from '@integrity/subgraph-kit';
import { In, MoreThan, Not, type EntityManager, type DataSource } from 'typeorm';
import { BidEntity } from '../bid/bid.entity.js';
import { bidsOf } from '../bid/bid.service.js';
import { ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';
import { contractOf, milestonesOf, paymentsOf } from '../contract/contract.service.js';
import { MilestonePaymentEntity } from '../contract/milestone-payment.entity.js';
import { ProjectEntity, StatusChangeEntity } from '../project/project.entity.js';
import { timelineOf } from '../project/project.service.js';
import { buildRelease } from './release.js';

/** Projects read per chunk of the published package when OCDS_CHUNK_SIZE does not say otherwise. */
export const OCDS_CHUNK_SIZE = 500;

/** OCDS_CHUNK_SIZE (1–5000), read per request so a test can make chunks small. */
export function ocdsChunkSize(): number {
  const n = Number(process.env.OCDS_CHUNK_SIZE);
  return Number.isInteger(n) && n >= 1 && n <= 5000 ? n : OCDS_CHUNK_SIZE;
}

/** One project's release, its parts loaded through the request's loaders (a list costs a statement per part). */
export async function releaseOf(ctx: RequestContext, project: ProjectEntity) {
  requireRead(ctx, 'PROCUREMENT');
  const [timeline, bids, contract] = await Promise.all([
    timelineOf(ctx, project.id),
    bidsOf(ctx, project.id),
    contractOf(ctx, project.id),
  ]);
  const milestones = contract ? await milestonesOf(ctx, contract.id) : [];
  const payments = (await Promise.all(milestones.map((m) => paymentsOf(ctx, m.id)))).flat();
  return buildRelease({ project, timeline, bids, contract, milestones, payments });
}

const published = { status: Not('PLANNING' as const) };

/** Published projects after `after` in the package's order (createdAt, then id so the order is total). */
const pageAfter = (m: EntityManager, after: ProjectEntity | undefined, take: number) =>
  m.find(ProjectEntity, {
    where: after
      ? [
          { ...published, createdAt: MoreThan(after.createdAt) },
          { ...published, createdAt: after.createdAt, id: MoreThan(after.id) },
        ]
      : published,
    order: { createdAt: 'ASC', id: 'ASC' },
    take,
  });

/** The releases of one chunk of projects: five statements (timeline, bids, contracts, milestones, payments), grouped by Map. */
async function releasesOf(m: EntityManager, projects: ProjectEntity[]) {
  const ids = projects.map((p) => p.id);
  const [timeline, bids, contracts] = await Promise.all([
    m.find(StatusChangeEntity, { where: { projectId: In(ids) }, order: { at: 'ASC', id: 'ASC' } }),
    // the order bidsOf gives the single-project release, so both agree on tenderers' order
    m.find(BidEntity, { where: { projectId: In(ids) }, order: { submittedAt: 'ASC', id: 'ASC' } }),
    m.find(ContractEntity, { where: { projectId: In(ids) } }),
  ]);
  // always issued, even with no contract in the chunk, so a chunk costs the same whatever it holds
  const contractIds = contracts.map((c) => c.id);
  const milestones = await m.find(MilestoneEntity, {
    where: { contractId: In(contractIds.length ? contractIds : ['-']) },
    order: { seq: 'ASC' },
  });
  const milestoneIds = milestones.map((x) => x.id);
  const payments = await m.find(MilestonePaymentEntity, {
    where: { milestoneId: In(milestoneIds.length ? milestoneIds : ['-']) },
  });
  const contractOfMilestone = new Map(milestones.map((x) => [x.id, x.contractId]));
  // a project has one contract at most
  const projectContracts = byKey(ids, contracts, (c) => c.projectId);
  const projectOfContract = new Map(contracts.map((c) => [c.id, c.projectId]));
  const milestoneLists = groupByKey(ids, milestones, (x) => projectOfContract.get(x.contractId)!);
  const timelines = groupByKey(ids, timeline, (t) => t.projectId);
  const bidLists = groupByKey(ids, bids, (b) => b.projectId);
  const paymentLists = groupByKey(ids, payments, (x) =>
    projectOfContract.get(contractOfMilestone.get(x.milestoneId)!)!,
  );
  return projects.map((project, k) =>
    buildRelease({
      project,
      timeline: timelines[k]!,
      bids: bidLists[k]!,
      contract: projectContracts[k]!,
      milestones: milestoneLists[k]!,
      payments: paymentLists[k]!,
    }),
  );
}

/**
 * Every published process (past PLANNING) as releases, `chunkSize` projects at a time, in the package's order:
 * six statements per chunk (projects by keyset, then timeline, bids, contracts, milestones, payments), plus one empty
 * read at the end when the last chunk was full. Not one snapshot: a process published mid-stream may be missed.
 */
export async function* publishedReleases(
  dataSource: DataSource,
  chunkSize = OCDS_CHUNK_SIZE,
): AsyncGenerator<Record<string, unknown>[]> {
  const m = dataSource.manager;
  let after: ProjectEntity | undefined;
  for (;;) {
    const projects = await pageAfter(m, after, chunkSize);
    if (!projects.length) return;
    yield await releasesOf(m, projects);
    if (projects.length < chunkSize) return;
    after = projects[projects.length - 1];
  }
}
