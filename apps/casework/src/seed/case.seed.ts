import { randomUUID } from 'node:crypto';
import { demoDepartments, demoWorkingCalendars } from '@integrity/demo-data';
import { PROPOSAL_KINDS, type CaseKind, type CaseStatus } from '@integrity/rules';
import { addDays, today } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { CaseEntity, CoHandlerEntity } from '../case/case.entity.js';
import { ComplaintEntity } from '../complaint/complaint.entity.js';
import { fingerprintOf, newAccessCode, newTrackingNumber } from '../complaint/complaint-rules.js';
import { hashAccessCode } from '../complaint/access-code.js';
import { caseDeadlines } from '../deadline/case-deadlines.js';
import { DEFAULT_DEADLINE_RULES, ruleInForce } from '../deadline/deadline-rules.js';

const dept = (code: string) => demoDepartments.find((d) => d.code === code)!.id;
const towns = demoDepartments.filter((d) => d.kind === 'TOWN_GOVERNMENT');

/** What each kind is typically about, for titles the demo reads naturally. */
const SUBJECTS: Record<CaseKind, string[]> = {
  COMPLAINT: ['拖欠工程款未支付', '承诺的奖补资金未兑现', '窗口办事推诿扯皮'],
  PETITION: ['征地补偿款分配争议', '社保待遇核定异议', '安置房交付延期'],
  HOTLINE: ['路灯损坏长期未修', '企业开办材料反复退回', '营业执照变更办理超时'],
  NPC_SUGGESTION: ['关于加快镇村道路硬化的建议', '关于优化营商环境的建议', '关于完善农村养老服务的建议'],
  CPPCC_PROPOSAL: ['关于支持中小企业融资的提案', '关于加强文化遗产保护的提案', '关于推进政务公开的提案'],
  JUDICIAL_RECOMMENDATION: ['关于规范行政执法程序的司法建议', '关于依法履行合同义务的司法建议'],
  PROCURATORIAL_RECOMMENDATION: ['关于国有财产保护的检察建议', '关于食品安全监管的检察建议'],
};
// not 县民政局 nor 县文广旅体局: the integration tests count on those starting empty
const LEADS = ['CZJ', 'JXJ', 'RSJ', 'FGJ', 'YJJ'];

/** The states a kind can be in, each with how many days ago it was received (long ago: overdue while open). */
const plan = (kind: CaseKind): { status: CaseStatus; daysAgo: number }[] => {
  const accepts = !!ruleInForce(DEFAULT_DEADLINE_RULES, kind, 'ACCEPT', today());
  return [
    ...(accepts
      ? [
          { status: 'RECEIVED' as const, daysAgo: 0 },
          { status: 'RECEIVED' as const, daysAgo: 30 }, // past the acceptance deadline
          { status: 'OUT_OF_SCOPE' as const, daysAgo: 20 },
        ]
      : []),
    { status: 'ACCEPTED', daysAgo: 2 },
    { status: 'ASSIGNED', daysAgo: 5 },
    { status: 'ASSIGNED', daysAgo: 200 }, // past the reply deadline: overdue
    { status: 'REPLIED', daysAgo: 40 },
    { status: 'CLOSED', daysAgo: 90 },
  ];
};

/**
 * Demo cases of every kind in every state, dated from today (some overdue), led by a few county departments and
 * towns, and public complaints with tracking numbers (their access codes are not kept: the demo's public files
 * its own). Deadlines come from version 1 of the rules, counted on the demo's working calendar, the one credit's
 * seed loads (credit may not be up yet to be asked); a deadline reaching a year it lacks is flagged calendarMissing.
 */
export async function seedCases(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(CaseEntity).count()) > 0) return;
  const now = today();
  const calendars = demoWorkingCalendars();
  let n = 0;
  for (const kind of Object.keys(SUBJECTS) as CaseKind[]) {
    for (const { status, daysAgo } of plan(kind)) {
      n += 1;
      const receivedOn = addDays(now, -daysAgo);
      const acceptRule = ruleInForce(DEFAULT_DEADLINE_RULES, kind, 'ACCEPT', receivedOn);
      const replyRule = ruleInForce(DEFAULT_DEADLINE_RULES, kind, 'REPLY', receivedOn)!;
      const lead = n % 4 === 0 ? towns[n % towns.length]!.id : dept(LEADS[n % LEADS.length]!);
      const reached = (s: CaseStatus[]) => s.includes(status);
      const acceptedOn = reached(['ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED'])
        ? acceptRule
          ? addDays(receivedOn, 1)
          : receivedOn
        : null;
      const assignedOn = reached(['ASSIGNED', 'REPLIED', 'CLOSED']) ? addDays(receivedOn, 2) : null;
      const repliedOn = reached(['REPLIED', 'CLOSED']) ? addDays(receivedOn, 20) : null;
      const facts = { status, receivedOn, acceptedOn, assignedOn, extendedOn: null, reopenedOn: null };
      const deadlines = caseDeadlines(facts, acceptRule, replyRule, calendars);
      const proposal = PROPOSAL_KINDS.includes(kind);
      const subject = SUBJECTS[kind][n % SUBJECTS[kind].length]!;
      const c: CaseEntity = {
        id: randomUUID(),
        kind,
        sourceNumber: `${kind.slice(0, 3)}-${now.slice(0, 4)}-${String(n).padStart(3, '0')}`,
        title: subject,
        content: `${subject}。请依法依规核实处理并答复。`,
        category: kind === 'COMPLAINT' ? (['ARREARS', 'POLICY_NOT_HONOURED', 'SERVICE'] as const)[n % 3]! : null,
        concernedDepartmentId: lead,
        departmentId: lead,
        ...facts,
        repliedOn,
        closedOn:
          status === 'CLOSED' ? addDays(receivedOn, 30) : status === 'OUT_OF_SCOPE' ? addDays(receivedOn, 1) : null,
        acceptRuleId: acceptRule?.id ?? null,
        replyRuleId: replyRule.id,
        ...deadlines,
        outOfScopeReason: status === 'OUT_OF_SCOPE' ? '属于司法程序处理事项，已告知通过诉讼途径解决' : null,
        extensionReason: null,
        extendedOn: null,
        reply: repliedOn ? '经核实，已责成相关单位整改并书面答复。' : null,
        outcome: proposal && repliedOn ? (['A', 'B', 'C'] as const)[n % 3]! : null,
        delegateSatisfaction:
          proposal && status === 'CLOSED'
            ? (['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'] as const)[n % 3]!
            : null,
        registeredBy: kind === 'COMPLAINT' && n % 2 === 0 ? 'public' : 'xfj',
        version: 1,
      };
      await dataSource.manager.insert(CaseEntity, c);
      if (assignedOn && n % 3 === 0) {
        const co = LEADS.map(dept).find((id) => id !== lead)!;
        await dataSource.manager.insert(CoHandlerEntity, { caseId: c.id, departmentId: co });
      }
      if (c.registeredBy === 'public')
        await dataSource.manager.insert(ComplaintEntity, {
          caseId: c.id,
          trackingNumber: newTrackingNumber(receivedOn),
          accessCodeHash: await hashAccessCode(newAccessCode()),
          contactCipher: null,
          fingerprint: fingerprintOf(c.content),
          satisfied: status === 'CLOSED' ? n % 2 === 0 : null,
          ratingReason: status === 'CLOSED' && n % 2 !== 0 ? '答复未解决实际问题' : null,
          ratedOn: status === 'CLOSED' ? addDays(receivedOn, 25) : null,
          filedOn: receivedOn,
        });
    }
  }
}
