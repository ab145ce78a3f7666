import { randomUUID } from 'node:crypto';
import { demoDepartments, leaderTitles } from '@integrity/demo-data';
import { addDays, enqueueOutbox, today } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { CourtAppearanceEntity } from '../hearing/court-appearance.entity.js';
import { JudgmentEntity, JudgmentFulfilmentEntity } from '../judgment/judgment.entity.js';
import { listedRecordMessage } from '../judgment/judgment-listing.js';

const dept = (code: string) => demoDepartments.find((d) => d.code === code)!.id;
const town = () => demoDepartments.find((d) => d.kind === 'TOWN_GOVERNMENT' && d.name.includes('饶洋'))!.id;

/**
 * Demo judgments against county bodies — fulfilled, partly paid and overdue, pending, and one whose obligor
 * the court listed as a dishonest judgment debtor (its credit record in the outbox, delivered once credit
 * answers) — and a year of administrative hearings, the head present at most.
 */
export async function seedJudicial(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(JudgmentEntity).count()) > 0) return;
  const now = today();
  const year = now.slice(0, 4);
  const judgment = (
    n: number,
    departmentId: string,
    amountYuan: number,
    effectiveDaysAgo: number,
    dueDaysAgo: number,
    paidYuan: number,
    listedDaysAgo: number | null = null,
  ): JudgmentEntity => ({
    id: randomUUID(),
    caseNumber: `（${year}）粤5122民初${900 + n}号`,
    court: '饶平县人民法院',
    departmentId,
    obligation: n % 2 ? '支付工程款及逾期利息' : '履行政府采购合同付款义务',
    amount: BigInt(amountYuan * 100),
    fulfilledAmount: BigInt(paidYuan * 100),
    effectiveOn: addDays(now, -effectiveDaysAgo),
    dueOn: addDays(now, -dueDaysAgo),
    fulfilledOn: paidYuan >= amountYuan ? addDays(now, -dueDaysAgo - 5) : null,
    listedOn: listedDaysAgo === null ? null : addDays(now, -listedDaysAgo),
    listingDocument: listedDaysAgo === null ? null : `（${year}）粤5122执${900 + n}号之一`,
    recordedBy: 'xfj',
    version: 1,
  });
  const judgments = [
    judgment(1, dept('CZJ'), 450_000, 200, 140, 450_000), // fulfilled on time
    judgment(2, dept('JXJ'), 1_200_000, 150, 60, 300_000), // partly paid, overdue
    judgment(3, dept('RSJ'), 80_000, 20, -40, 0), // still within its period
    judgment(4, town(), 2_600_000, 300, 200, 0, 30), // unpaid, the town listed as 失信被执行人
  ];
  await dataSource.transaction(async (m) => {
    for (const j of judgments) {
      await m.insert(JudgmentEntity, j);
      if (j.fulfilledAmount > 0n)
        await m.insert(JudgmentFulfilmentEntity, {
          id: randomUUID(),
          judgmentId: j.id,
          date: j.fulfilledOn ?? addDays(j.dueOn, 10),
          amount: j.fulfilledAmount,
          evidence: '国库集中支付凭证',
          recordedBy: 'xfj',
        });
      if (j.listedOn && j.listingDocument)
        await enqueueOutbox(m, listedRecordMessage({ ...j, listedOn: j.listedOn, listingDocument: j.listingDocument }));
    }
    // a year of hearings: two a month among five bodies; heads (正职 or 副职) absent at 县工信局 and 饶洋镇 now and then.
    // Each body has its own head and deputy, called as such a body calls them (局长, 镇长…).
    const bodies = [dept('CZJ'), dept('JXJ'), dept('RSJ'), dept('YJJ'), town()];
    const HEADS = ['陈志强', '黄伟明', '林晓东', '郑丽华', '许建国'];
    const DEPUTIES = ['蔡晓燕', '吴俊杰', '杨海鹏', '谢秀英', '曾志红'];
    const titlesOf = bodies.map((id) => leaderTitles(demoDepartments.find((d) => d.id === id)!));
    for (let i = 0; i < 24; i += 1) {
      const b = i % bodies.length;
      const departmentId = bodies[b]!;
      const titles = titlesOf[b]!;
      const absent = (departmentId === dept('JXJ') && i % 3 === 1) || (departmentId === town() && i % 2 === 0);
      await m.insert(CourtAppearanceEntity, {
        id: randomUUID(),
        caseNumber: `（${year}）粤5122行初${500 + i}号`,
        departmentId,
        hearingDate: addDays(now, -15 * i - 3),
        headAppeared: !absent,
        appearedName: absent ? null : (i % 2 ? DEPUTIES : HEADS)[b]!,
        position: absent ? null : i % 2 ? titles.deputy : titles.head,
        rank: absent ? null : i % 2 ? 'DEPUTY' : 'HEAD',
        recordedBy: 'xfj',
      });
    }
  });
}
