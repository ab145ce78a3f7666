import { randomUUID } from 'node:crypto';
import { OPEN_CASE_STATUSES } from '@integrity/rules';
import {
  badInput,
  directoryName,
  paginate,
  recordAudit,
  requireCaller,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { deadlinesOf, rulesFor } from '../deadline/deadline-rule.service.js';
import { limitToVisible, seesCase } from './case-access.js';
import { CaseEntity } from './case.entity.js';
import type { CasesArgs, RegisterCaseInput } from './case.input.js';
import { caseView, coHandlersOf } from './case-view.js';

/** Cases the caller sees, earliest deadline first (no deadline last), filtered as asked. */
export async function listCases(ctx: RequestContext, args: CasesArgs) {
  const qb = ctx.dataSource.getRepository(CaseEntity).createQueryBuilder('c');
  if (!limitToVisible(ctx, qb)) return { items: [], total: 0, page: args.page, pageSize: args.pageSize };
  if (args.kind) qb.andWhere('c.kind = :kind', { kind: args.kind });
  if (args.status) qb.andWhere('c.status = :status', { status: args.status });
  if (args.departmentId) qb.andWhere('c.department_id = :departmentId', { departmentId: args.departmentId });
  if (args.overdueOnly)
    qb.andWhere('c.status IN (:...open) AND c.deadline < :today', { open: OPEN_CASE_STATUSES, today: today() });
  qb.orderBy('CASE WHEN c.deadline IS NULL THEN 1 ELSE 0 END', 'ASC')
    .addOrderBy('c.deadline', 'ASC')
    .addOrderBy('c.id', 'ASC');
  return paginate(qb, args, caseView);
}

/** One case, or null when missing or not the caller's to see. */
export async function getCase(ctx: RequestContext, id: string) {
  const c = await ctx.dataSource.getRepository(CaseEntity).findOneBy({ id });
  if (!c) return null;
  const coHandlers = await coHandlersOf(ctx).load(id);
  return seesCase(
    ctx,
    c,
    coHandlers.map((h) => h.id),
  )
    ? caseView(c)
    : null;
}

/**
 * Register a case received through any channel. Kinds with an acceptance stage start RECEIVED; the others
 * (NPC/CPPCC items, recommendations) are accepted on receipt. Deadlines come from the rule versions in force
 * on the day of receipt, which the case keeps.
 */
export async function registerCase(ctx: RequestContext, input: RegisterCaseInput) {
  const now = today();
  if (input.receivedOn > now)
    throw badInput('input.receivedOn', 'DATE_IN_FUTURE', 'the day received may not be after today', { date: now });
  const rules = await rulesFor(ctx, input.kind, input.receivedOn, 'input.receivedOn');
  const status = rules.acceptRule ? 'RECEIVED' : 'ACCEPTED';
  const facts = {
    status,
    receivedOn: input.receivedOn,
    acceptedOn: rules.acceptRule ? null : input.receivedOn,
    assignedOn: null,
    extendedOn: null,
    reopenedOn: null,
  };
  if (input.departmentId) await directoryName(ctx, 'department', input.departmentId, 'input.departmentId');
  const deadlines = await deadlinesOf(ctx, facts, rules);
  const c: CaseEntity = {
    id: randomUUID(),
    kind: input.kind,
    sourceNumber: input.sourceNumber.trim(),
    title: input.title.trim(),
    content: input.content.trim(),
    category: null,
    concernedDepartmentId: input.departmentId ?? null,
    departmentId: input.departmentId ?? null,
    ...facts,
    status,
    repliedOn: null,
    closedOn: null,
    acceptRuleId: rules.acceptRule?.id ?? null,
    replyRuleId: rules.replyRule.id,
    ...deadlines,
    outOfScopeReason: null,
    extensionReason: null,
    reply: null,
    outcome: null,
    delegateSatisfaction: null,
    registeredBy: requireCaller(ctx).username,
    version: 1,
  };
  await transaction(ctx, async (m) => {
    await m.insert(CaseEntity, c);
    await recordAudit(m, ctx, { action: 'case.register', entityType: 'Case', entityId: c.id, after: c });
  });
  return caseView(c);
}
