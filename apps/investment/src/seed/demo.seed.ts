import { demoDepartmentByCode, demoDepartments, demoEnterprises, demoUsers, stableId } from '@integrity/demo-data';
import {
  addDays,
  addMonths,
  enqueueOutbox,
  formatMoney,
  needsFairCompetitionReview,
  today,
  type FairCompetitionConclusion,
} from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { AgreementEntity } from '../agreement/agreement.entity.js';
import { COMMITMENT_KINDS, CommitmentEntity, FulfilmentEntity } from '../commitment/commitment.entity.js';
import { commitmentBreachMessage } from '../commitment/commitment-record.js';
import { PolicyEntity } from '../policy/policy.entity.js';

const POLICIES: [string, string, PolicyEntity['status']][] = [
  ['饶平县促进实体经济高质量发展若干措施', '《广东省促进中小企业发展条例》', 'APPROVED'],
  ['饶平县招商引资项目用地保障办法', '《中华人民共和国土地管理法》', 'APPROVED'],
  ['饶平县重点产业项目奖励办法', '《优化营商环境条例》', 'APPROVED'],
  ['黄冈镇陶瓷产业园配套设施建设方案', '《潮州市陶瓷产业发展规划》', 'APPROVED'],
  ['饶平县海洋经济招商扶持政策（征求意见稿）', '《广东省海洋经济发展条例》', 'UNDER_REVIEW'],
  ['饶平县总部经济奖励办法（草案）', '《优化营商环境条例》', 'DRAFT'],
  ['饶平县税收返还优惠办法', '《中华人民共和国税收征收管理法》', 'REJECTED'],
];

/**
 * Agreements in most towns (and some by 县工信局), with commitments in every status, dated around today. As the rules
 * of issue 15 ask: every commitment of a kind that needs it carries the fair-competition review it passed before the
 * signing (some reviewed by 县市场监管局 with the signer, 第十四条); the waived ones carry the investor's written
 * consent; some were fulfilled late and keep their lateness.
 */
export async function seedInvestment(dataSource: DataSource): Promise<void> {
  if (await dataSource.getRepository(PolicyEntity).count()) return;
  const now = today();
  const stamp = new Date().toISOString();
  const jxj = demoDepartmentByCode('JXJ');
  const reviewer = demoUsers.find((u) => u.username === 'jxj')!;
  const policies: PolicyEntity[] = POLICIES.map(([title, legalBasis, status], i) => ({
    id: stableId('policy', String(i)),
    title,
    legalBasis,
    text: `${title}。第一条 为规范招商引资优惠政策，依据${legalBasis}，制定本办法。第二条 ……`,
    status,
    departmentId: jxj.id,
    draftedBy: 'seed',
    editedBy: null,
    reviewerId: status === 'APPROVED' || status === 'REJECTED' ? reviewer.id : null,
    reviewerName: status === 'APPROVED' || status === 'REJECTED' ? reviewer.username : null,
    reviewNote:
      status === 'APPROVED'
        ? '经合法性审查，同意发布。'
        : status === 'REJECTED'
          ? '税收返还违反《国务院关于清理规范税收等优惠政策的通知》，不予通过。'
          : null,
    reviewedAt: status === 'APPROVED' || status === 'REJECTED' ? stamp : null,
    createdAt: stamp,
    version: 1,
  }));
  const approved = policies.filter((p) => p.status === 'APPROVED');
  const regulator = demoDepartmentByCode('SCJ');
  const towns = demoDepartments.filter((d) => d.kind === 'TOWN_GOVERNMENT').slice(0, 16);
  const signers = [...towns.flatMap((t, i) => (i % 3 === 0 ? [t, t] : [t])), jxj, jxj, jxj];
  const agreements: AgreementEntity[] = [];
  const commitments: CommitmentEntity[] = [];
  const fulfilments: FulfilmentEntity[] = [];
  signers.forEach((dept, i) => {
    const investor = demoEnterprises[i % demoEnterprises.length]!;
    const signedOn = addMonths(now, -(6 + (i % 30)));
    const amount = BigInt(5_000_000 + ((i * 7_919) % 50) * 1_000_000) * 100n;
    const agreement: AgreementEntity = {
      id: stableId('agreement', String(i)),
      title: `${investor.name}投资项目`,
      investorUscc: investor.uscc,
      investorName: investor.name,
      departmentId: dept.id,
      townCode: dept.kind === 'TOWN_GOVERNMENT' ? dept.regionCode : towns[i % towns.length]!.regionCode,
      amount,
      signedOn,
      jobsPromised: 50 + (i % 10) * 20,
      investedToDate: (amount * BigInt(20 + (i % 7) * 10)) / 100n,
      jobsCreated: 20 + (i % 8) * 10,
      contactPerson: null,
      createdAt: stamp,
      version: 1,
    };
    agreements.push(agreement);
    for (let k = 0; k < 2 + (i % 2); k += 1) {
      const n = i * 3 + k;
      const value = BigInt(200_000 + (n % 9) * 150_000) * 100n;
      const pattern = n % 6; // 0 fulfilled, 1 partly, 2 overdue partly paid, 3 pending, 4 breached, 5 overdue unpaid
      const dueDate = [1, 3].includes(pattern) ? addDays(now, 10 + (n % 80)) : addDays(now, -(15 + (n % 200)));
      const paid = pattern === 0 ? value : pattern === 1 || pattern === 2 ? value / 2n : 0n;
      // every other pending one is released by the investor: waived a few days ago, with its letter of consent
      const waivedOn = pattern === 3 && n % 12 === 9 ? addDays(now, -(3 + (n % 20))) : null;
      // every other fulfilled one was fulfilled after its due date, so its days late stay on record
      const paidOn = pattern === 0 && n % 12 === 6 ? addDays(dueDate, 3 + (n % 10)) : addDays(signedOn, 30);
      const kind = COMMITMENT_KINDS[n % COMMITMENT_KINDS.length]!;
      const reviewedOn = addDays(signedOn, -(10 + (n % 20)));
      const reviewer = n % 3 === 0 ? `${regulator.name}（会同${dept.name}）` : dept.name;
      const conclusion: FairCompetitionConclusion = n % 7 === 0 ? 'PASSED_BY_EXCEPTION' : 'PASSED';
      const breachedOn = pattern === 4 ? (addDays(dueDate, 30) > now ? now : addDays(dueDate, 30)) : null;
      const c: CommitmentEntity = {
        id: stableId('commitment', String(n)),
        agreementId: agreement.id,
        departmentId: agreement.departmentId,
        policyId: approved[n % approved.length]!.id,
        kind,
        amount: value,
        fulfilledAmount: paid,
        dueDate,
        description: `按协议约定兑现第${k + 1}项政府承诺`,
        breachedOn,
        breachNote: breachedOn ? '配套道路未按期建成，经核实构成违约。' : null,
        breachDocumentNumber: breachedOn ? `饶工信〔${breachedOn.slice(0, 4)}〕${n + 1}号` : null,
        waivedOn,
        waiverNote: waivedOn
          ? `项目调整，投资方书面同意不再履行该项承诺（补充协议〔${waivedOn.slice(0, 4)}〕${n}号）`
          : null,
        waiverDocument: waivedOn ? `补充协议〔${waivedOn.slice(0, 4)}〕${n}号` : null,
        investorConsentNumber: waivedOn ? `${investor.name}函〔${waivedOn.slice(0, 4)}〕${n}号` : null,
        investorConsentDate: waivedOn ? addDays(waivedOn, -2) : null,
        ...(needsFairCompetitionReview(kind)
          ? {
              competitionReviewNumber: `饶竞审〔${reviewedOn.slice(0, 4)}〕${n + 1}号`,
              competitionReviewBody: reviewer,
              competitionReviewedOn: reviewedOn,
              competitionReviewConclusion: conclusion,
            }
          : {
              competitionReviewNumber: null,
              competitionReviewBody: null,
              competitionReviewedOn: null,
              competitionReviewConclusion: null,
            }),
        createdAt: stamp,
        version: 1,
      };
      commitments.push(c);
      if (paid > 0n) {
        fulfilments.push({
          id: stableId('fulfilment', String(n)),
          commitmentId: c.id,
          amount: paid,
          date: paidOn,
          evidence: `饶财拨〔${now.slice(0, 4)}〕${100 + n}号`,
          recordedBy: 'seed',
          recordedAt: stamp,
        });
      }
    }
  });
  // as recordBreach does: each breached commitment becomes the department's record in credit. Built before the
  // inserts: TypeORM writes reloaded default columns back into the inserted objects, not always to the right one.
  const breachRecords = commitments
    .filter((c) => c.breachedOn)
    .map((c) => commitmentBreachMessage(c, formatMoney(c.amount - c.fulfilledAmount)));
  await dataSource.transaction(async (m) => {
    await m.insert(PolicyEntity, policies);
    for (let i = 0; i < agreements.length; i += 200) await m.insert(AgreementEntity, agreements.slice(i, i + 200));
    for (let i = 0; i < commitments.length; i += 200) await m.insert(CommitmentEntity, commitments.slice(i, i + 200));
    for (let i = 0; i < fulfilments.length; i += 200) await m.insert(FulfilmentEntity, fulfilments.slice(i, i + 200));
    for (const message of breachRecords) await enqueueOutbox(m, message);
  });
}
