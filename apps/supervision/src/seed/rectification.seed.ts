import { randomUUID } from 'node:crypto';
import { demoDepartments } from '@integrity/demo-data';
import { addDays, enqueueOutbox, today } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { InspectionEntity, InspectionFindingEntity } from '../inspection/inspection.entity.js';
import { RectificationEntity } from '../rectification/rectification.entity.js';
import { overdueRecordMessage } from '../rectification/rectification-overdue.js';
import type { RectificationStatus } from '../rectification/rectification-rules.js';

const byCode = (code: string) => demoDepartments.find((d) => d.code === code)!;
const firstTown = () => demoDepartments.find((d) => d.kind === 'TOWN_GOVERNMENT')!;

/**
 * Demo orders in every state, dated from today: an inspection of 县财政局 whose first finding opened an order,
 * orders reported, accepted and returned, and one a town let run past its deadline (OVERDUE, its credit
 * record in the outbox, delivered once credit answers).
 */
export async function seedRectifications(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(RectificationEntity).count()) > 0) return;
  const now = today();
  const inspection: InspectionEntity = {
    id: randomUUID(),
    departmentId: byCode('CZJ').id,
    inspectedOn: addDays(now, -20),
    team: '县政务诚信建设督导组',
    recordedBy: 'supervisor',
    recordedOn: addDays(now, -19),
  };
  const findings = ['部分政府采购合同款项逾期未支付', '政务诚信承诺事项未按要求公示'].map(
    (text, i): InspectionFindingEntity => ({
      id: randomUUID(),
      inspectionId: inspection.id,
      seq: i + 1,
      text,
      rectificationId: null,
    }),
  );
  const order = (
    code: string | null,
    status: RectificationStatus,
    subject: string,
    basis: string,
    deadlineIn: number,
    extra: Partial<RectificationEntity> = {},
  ): RectificationEntity => ({
    id: randomUUID(),
    departmentId: code ? byCode(code).id : firstTown().id,
    subject,
    basis,
    deadline: addDays(now, deadlineIn),
    status,
    origin: 'MANUAL',
    originId: null,
    report: null,
    evidence: null,
    reportedOn: null,
    decisionNote: null,
    decidedOn: null,
    overdueOn: null,
    orderedBy: 'supervisor',
    orderedOn: addDays(now, Math.min(deadlineIn, 0) - 30),
    version: 1,
    ...extra,
  });
  const fromFinding = order(
    'CZJ',
    'ORDERED',
    '清偿逾期未支付的政府采购合同款项',
    '督查发现问题（饶府〔2018〕35号 三.2）',
    10,
    {
      origin: 'INSPECTION',
      originId: findings[0]!.id,
    },
  );
  findings[0]!.rectificationId = fromFinding.id;
  const overdue = order(null, 'OVERDUE', '兑现招商引资承诺的配套基础设施', '饶府〔2018〕35号 三.6', -3, {
    overdueOn: addDays(now, -2),
  });
  const orders = [
    fromFinding,
    order('JXJ', 'REPORTED', '整改招商引资政策兑现滞后问题', '饶府〔2018〕35号 三.6', 5, {
      report: '已完成两项政策奖励资金的兑付',
      evidence: '饶工信〔2026〕18号',
      reportedOn: addDays(now, -1),
    }),
    order('RSJ', 'ACCEPTED', '补齐公务员诚信档案', '饶府〔2018〕35号 二.3', -5, {
      report: '已为全部在职公务员建立诚信档案',
      evidence: '档案清册',
      reportedOn: addDays(now, -8),
      decisionNote: '整改到位',
      decidedOn: addDays(now, -6),
    }),
    order('ZJJ', 'RETURNED', '清理拖欠工程款', '饶府〔2018〕35号 三.2', 12, {
      decisionNote: '未附支付凭证，请补充后重新报送',
      decidedOn: addDays(now, -2),
    }),
    overdue,
  ];
  // before the inserts: TypeORM writes reloaded defaults back into inserted objects, not always the right one
  const overdueRecord = overdueRecordMessage(overdue);
  await dataSource.transaction(async (m) => {
    await m.insert(InspectionEntity, inspection);
    await m.insert(InspectionFindingEntity, findings);
    await m.insert(RectificationEntity, orders);
    await enqueueOutbox(m, overdueRecord);
  });
}
