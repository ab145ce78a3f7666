import { requireRead, type RequestContext } from '@integrity/subgraph-kit';
import { In, Not, type DataSource } from 'typeorm';
import { BidEntity } from '../bid/bid.entity.js';
import { bidsOf } from '../bid/bid.service.js';
import { ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';
import { contractOf, milestonesOf } from '../contract/contract.service.js';
import { ProjectEntity, StatusChangeEntity } from '../project/project.entity.js';
import { timelineOf } from '../project/project.service.js';
import { buildRelease, releasePackage } from './release.js';

/** One project's release, its parts loaded through the request's loaders (a list costs a statement per part). */
export async function releaseOf(ctx: RequestContext, project: ProjectEntity) {
  requireRead(ctx, 'PROCUREMENT');
  const [timeline, bids, contract] = await Promise.all([
    timelineOf(ctx, project.id),
    bidsOf(ctx, project.id),
    contractOf(ctx, project.id),
  ]);
  const milestones = contract ? await milestonesOf(ctx, contract.id) : [];
  return buildRelease({ project, timeline, bids, contract, milestones });
}

/** Every published process (past PLANNING) as one release package: five statements whatever the count. */
export async function publishedPackage(dataSource: DataSource) {
  const m = dataSource.manager;
  const projects = await m.find(ProjectEntity, { where: { status: Not('PLANNING') }, order: { createdAt: 'ASC' } });
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
  const releases = projects.map((project) => {
    const contract = contracts.find((c) => c.projectId === project.id) ?? null;
    return buildRelease({
      project,
      timeline: timeline.filter((t) => t.projectId === project.id).sort((a, b) => a.at.localeCompare(b.at)),
      bids: bids.filter((b) => b.projectId === project.id),
      contract,
      milestones: contract ? milestones.filter((x) => x.contractId === contract.id) : [],
    });
  });
  return releasePackage(releases, new Date().toISOString());
}
