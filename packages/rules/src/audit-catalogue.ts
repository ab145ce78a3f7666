// Every change a subgraph writes to its audit trail (`<subgraph>AuditTrail`, `AuditEntry.action` and
// `.entityType`), by domain, with what the console calls it. The subgraphs' `recordAudit` accepts only these codes
// (tsc checks every call site), so a new kind of change cannot reach the supervisors' 操作日志 unnamed.
import type { LocalisedName } from './credit-labels.js';
import { DOMAINS, type Domain } from './roles.js';

const n = (zh: string, en: string): LocalisedName => ({ 'zh-CN': zh, 'en-US': en });

interface DomainAudit {
  /** the kinds of record the domain's subgraph audits (`AuditEntry.entityType`) */
  entities: Readonly<Record<string, LocalisedName>>;
  /** the changes it records (`AuditEntry.action`) */
  actions: Readonly<Record<string, LocalisedName>>;
}

export const AUDIT_CATALOGUE = {
  DIRECTORY: {
    entities: {
      Department: n('部门', 'Department'),
      Enterprise: n('企业', 'Enterprise'),
      User: n('用户', 'User'),
      Session: n('登录会话', 'Session'),
    },
    actions: {
      'department.create': n('新增部门', 'Department added'),
      'department.update': n('修改部门', 'Department changed'),
      'enterprise.create': n('新增企业', 'Enterprise added'),
      'enterprise.update': n('修改企业', 'Enterprise changed'),
      'user.create': n('新增用户', 'User added'),
      'user.update': n('修改用户', 'User changed'),
      'user.update+password': n('修改用户并重设密码', 'User changed, password reset'),
      'session.logout': n('退出登录', 'Signed out'),
    },
  },
  CREDIT: {
    entities: {
      CivilServant: n('公务员', 'Civil servant'),
      CreditFile: n('信用档案', 'Credit file'),
      CreditRecord: n('信用记录', 'Credit record'),
      Objection: n('异议', 'Objection'),
      RepairApplication: n('信用修复申请', 'Repair application'),
      CreditReport: n('信用报告', 'Credit report'),
      CalendarDay: n('工作日历（单日）', 'Calendar day'),
      CalendarYear: n('工作日历（年度）', 'Calendar year'),
    },
    actions: {
      'servant.create': n('登记公务员', 'Civil servant registered'),
      'file.open': n('建立信用档案', 'Credit file opened'),
      'record.add': n('登记记录', 'Recorded'),
      'record.importCourtList': n('导入法院失信被执行人名单', "Imported from the court's list"),
      'record.fromSource': n('来源部门推送登记', 'Recorded from the source department'),
      'record.listingReported': n(
        '司法监督报送同一失信名单，并入法院名单记录',
        'The same listing reported by casework, joined to the court list’s record',
      ),
      'record.under-objection': n('提出异议', 'Objection filed'),
      'record.objection-rejected': n('异议不成立', 'Objection rejected'),
      'record.correct': n('异议成立，更正记录', 'Objection upheld: corrected'),
      'record.revoke': n('异议成立，撤销记录', 'Objection upheld: revoked'),
      'record.repair': n('信用修复', 'Repaired'),
      'record.sourceCured': n('来源部门报告失信行为已纠正', 'Source reported the cause cured'),
      'record.sourceWithdrawn': n('来源部门更正，撤销记录', 'Withdrawn by the source department: revoked'),
      'objection.file': n('提出异议', 'Objection filed'),
      'objection.accept': n('受理异议', 'Objection accepted'),
      'objection.upheld': n('异议成立', 'Objection upheld'),
      'objection.rejected': n('异议不成立', 'Objection rejected'),
      'objection.request-material': n('要求补正材料', 'Material requested'),
      'objection.supply-material': n('补正材料', 'Material supplied'),
      'objection.recount': n('按工作日历重算异议办理期限', 'Objection deadline recounted'),
      'repair.apply': n('申请信用修复', 'Repair applied for'),
      'repair.approve': n('同意信用修复', 'Repair approved'),
      'repair.reject': n('不予信用修复', 'Repair refused'),
      'repair.terminate': n('终止信用修复', 'Repair terminated'),
      'repair.recount': n('按工作日历重算修复办理期限', 'Repair deadline recounted'),
      'calendar.set': n('设置工作日', 'Working day set'),
      'calendar.load': n('载入年度工作日历', 'Year calendar loaded'),
      'creditReport.issue': n('出具信用报告', 'Credit report issued'),
    },
  },
  PROCUREMENT: {
    entities: {
      ProcurementProject: n('采购项目', 'Procurement project'),
      Bid: n('投标', 'Bid'),
      RefusedBid: n('被拒投标', 'Refused bid'),
      Contract: n('采购合同', 'Contract'),
      PaymentMilestone: n('付款节点', 'Payment milestone'),
      BreachRecord: n('违约记录', 'Breach record'),
      LoanPrimeRate: n('贷款市场报价利率', 'Loan prime rate'),
      PppProject: n('PPP项目', 'PPP project'),
      PppObligation: n('政府支出责任', 'PPP obligation'),
      PppFiscalCapacity: n('财政承受能力', 'PPP fiscal capacity'),
    },
    actions: {
      'project.create': n('新建采购项目', 'Project created'),
      'project.planning': n('转为采购计划', 'Back to planning'),
      'project.tendering': n('进入招标', 'Tendering'),
      'project.evaluation': n('进入评标', 'Evaluation'),
      'project.awarded': n('确定中标人', 'Awarded'),
      'project.contracted': n('签订合同', 'Contracted'),
      'project.in_performance': n('进入履约', 'In performance'),
      'project.accepted': n('履约验收', 'Accepted'),
      'project.closed': n('项目结束', 'Closed'),
      'project.cancelled': n('取消项目', 'Cancelled'),
      'bid.submit': n('投标', 'Bid submitted'),
      'bid.refuse': n('拒绝投标（信用核查）', 'Bid refused on the credit check'),
      'contract.sign': n('签订合同', 'Contract signed'),
      'contract.deliver': n('交付', 'Delivered'),
      'contract.accept': n('验收合格', 'Accepted'),
      'contract.accept-failed': n('验收不合格', 'Failed acceptance'),
      'contract.redeliver': n('重新交付', 'Redelivered'),
      'milestone.pay': n('支付合同款', 'Milestone paid'),
      'breach.record': n('登记违约', 'Breach recorded'),
      'lpr.record': n('登记贷款市场报价利率', 'Loan prime rate recorded'),
      'ppp.create': n('新建PPP项目', 'PPP project created'),
      'ppp.phase': n('推进PPP项目阶段', 'PPP phase changed'),
      'ppp.partner': n('确定社会资本方', 'Partner chosen'),
      'ppp.procurement-date': n('登记社会资本方采购完成日期', 'Partner procurement date recorded'),
      'ppp.obligation': n('登记政府支出责任', 'Obligation recorded'),
      'ppp.pay': n('支付政府支出责任', 'Obligation paid'),
      'ppp.capacity': n('登记财政承受能力', 'Fiscal capacity recorded'),
    },
  },
  INVESTMENT: {
    entities: {
      IncentivePolicy: n('招商政策', 'Incentive policy'),
      InvestmentAgreement: n('招商协议', 'Investment agreement'),
      Commitment: n('政府承诺', 'Commitment'),
    },
    actions: {
      'policy.create': n('新建招商政策', 'Policy created'),
      'policy.update': n('修改招商政策', 'Policy changed'),
      'policy.update-resubmitted': n('修改招商政策，重新送审', 'Policy changed and resubmitted'),
      'policy.submit': n('提交公平竞争审查', 'Submitted for review'),
      'policy.approve': n('公平竞争审查通过', 'Review passed'),
      'policy.reject': n('公平竞争审查未通过', 'Review failed'),
      'agreement.create': n('登记招商协议', 'Agreement recorded'),
      'agreement.update': n('修改招商协议', 'Agreement changed'),
      'commitment.create': n('登记政府承诺', 'Commitment recorded'),
      'commitment.fulfil': n('承诺已兑现', 'Commitment fulfilled'),
      'commitment.breach': n('承诺未兑现', 'Commitment breached'),
      'commitment.waive': n('承诺依法免除', 'Commitment waived'),
    },
  },
  DEBT: {
    entities: {
      DebtInstrument: n('债务', 'Debt instrument'),
      DebtIncident: n('债务风险事件', 'Debt incident'),
      DebtLimit: n('债务限额', 'Debt limit'),
      FiscalResources: n('综合财力', 'Fiscal resources'),
      DebtStockPlan: n('存量债务化解计划', 'Stock reduction plan'),
      DebtReduction: n('存量债务化解', 'Stock reduction'),
      EmergencyPlan: n('债务风险应急预案', 'Emergency plan'),
      AccountabilityFinding: n('问责结果', 'Accountability finding'),
    },
    actions: {
      'debt.issue': n('登记举借债务', 'Debt issued'),
      'debt.repay': n('登记偿还', 'Repayment recorded'),
      'debt.schedule-adjust': n('调整偿还计划', 'Schedule adjusted'),
      'debt.incident': n('登记风险事件', 'Incident recorded'),
      'debt.incident-resolve': n('风险事件处置完毕', 'Incident resolved'),
      'debt.emergency-plan': n('登记应急预案', 'Emergency plan recorded'),
      'debt.accountability': n('登记问责结果', 'Accountability recorded'),
      'debt.stock-plan': n('登记存量债务化解计划', 'Stock plan recorded'),
      'debt.stock-carry-over': n('未完成化解任务结转下年', 'Stock plan carried over'),
      'debt.reduction': n('登记化解进度', 'Reduction recorded'),
      'debt-limit.set': n('设定债务限额', 'Debt limit set'),
      'fiscal-resources.set': n('登记综合财力', 'Fiscal resources set'),
    },
  },
  SUPERVISION: {
    entities: {
      Evaluation: n('年度考核', 'Evaluation'),
      EvaluationResult: n('考核结果', 'Evaluation result'),
      EvaluationFeedback: n('考核反馈意见', 'Evaluation feedback'),
      ScoringRuleVersion: n('评分规则', 'Scoring rules'),
      Inspection: n('督查', 'Inspection'),
      Rectification: n('整改', 'Rectification'),
      TaskReport: n('任务进展报告', 'Task report'),
      IntegrityWarning: n('诚信预警', 'Integrity warning'),
    },
    actions: {
      'evaluation.start': n('启动年度考核', 'Evaluation started'),
      'evaluation.preliminary': n('生成初步考核结果', 'Preliminary results'),
      'evaluation.final': n('确定考核结果', 'Results finalised'),
      'evaluation.published': n('公布考核结果', 'Results published'),
      'evaluation.feedback': n('部门提出反馈意见', 'Feedback given'),
      'evaluation.decide': n('处理反馈意见', 'Feedback decided'),
      'evaluation.feedback-deadline-recount': n('按工作日历重算反馈期限', 'Feedback deadline recounted'),
      'scoring-rules.publish': n('发布评分规则', 'Scoring rules published'),
      'inspection.record': n('登记督查', 'Inspection recorded'),
      'rectification.order': n('下达整改通知', 'Rectification ordered'),
      'rectification.report': n('报告整改情况', 'Rectification reported'),
      'rectification.accept': n('整改验收通过', 'Rectification accepted'),
      'rectification.return': n('退回重新整改', 'Rectification returned'),
      'rectification.overdue': n('整改逾期', 'Rectification overdue'),
      'plan-task.report': n('报告任务进展', 'Task progress reported'),
      'warning.acknowledge': n('确认预警', 'Warning acknowledged'),
    },
  },
  CASEWORK: {
    entities: {
      Case: n('案件', 'Case'),
      DeadlineRule: n('办理期限规则', 'Deadline rules'),
      Judgment: n('判决', 'Judgment'),
      CourtAppearance: n('出庭应诉', 'Court appearance'),
    },
    actions: {
      'case.register': n('登记案件', 'Case registered'),
      'complaint.file': n('公众投诉', 'Complaint filed'),
      'complaint.rate': n('投诉人评价答复', 'Reply rated by the complainant'),
      'complaint.reopen': n('投诉人不满意，重新办理', 'Reopened: the complainant is not satisfied'),
      'case.accept': n('受理', 'Accepted'),
      'case.outOfScope': n('不予受理', 'Out of scope'),
      'case.assign': n('交办', 'Assigned'),
      'case.reply': n('答复', 'Replied'),
      'case.close': n('办结', 'Closed'),
      'case.extend': n('延长办理期限', 'Deadline extended'),
      'case.deadline-recount': n('按工作日历重算办理期限', 'Deadline recounted'),
      'deadlineRule.publish': n('发布办理期限规则', 'Deadline rules published'),
      'judgment.record': n('登记判决', 'Judgment recorded'),
      'judgment.fulfil': n('判决已履行', 'Judgment fulfilled'),
      'judgment.listed': n('列入失信被执行人名单', 'Listed as a dishonest judgment debtor'),
      'courtAppearance.record': n('登记出庭应诉', 'Court appearance recorded'),
    },
  },
} as const satisfies Readonly<Record<Domain, DomainAudit>>;

type Catalogue = typeof AUDIT_CATALOGUE;
/** A change a subgraph may write to its audit trail. */
export type AuditAction = { [D in Domain]: keyof Catalogue[D]['actions'] & string }[Domain];
/** A kind of record a subgraph audits. */
export type AuditEntityType = { [D in Domain]: keyof Catalogue[D]['entities'] & string }[Domain];

const merged = <K extends string>(part: (d: DomainAudit) => Readonly<Record<string, LocalisedName>>) =>
  Object.assign({}, ...DOMAINS.map((d) => part(AUDIT_CATALOGUE[d]))) as Readonly<Record<K, LocalisedName>>;

/** Every audited change's name, whatever its domain. */
export const AUDIT_ACTION = merged<AuditAction>((d) => d.actions);
/** Every audited kind of record's name, whatever its domain. */
export const AUDIT_ENTITY = merged<AuditEntityType>((d) => d.entities);

/** The name of an action read back from a trail: older or unknown codes are undefined, for the caller to show. */
export const auditActionName = (action: string): LocalisedName | undefined =>
  Object.hasOwn(AUDIT_ACTION, action) ? AUDIT_ACTION[action as AuditAction] : undefined;

/** A status as the lower-case tail of an action code (`project.${lowerCode(to)}`), typed so tsc checks the code. */
export const lowerCode = <T extends string>(code: T): Lowercase<T> => code.toLowerCase() as Lowercase<T>;
