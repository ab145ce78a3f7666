import { randomUUID } from 'node:crypto';
import { actsCountyWide, canRead, canWrite } from '@integrity/auth';
import {
  CREDIT_CHECK_RULES,
  directoryName,
  forbidden,
  paginate,
  requireCaller,
  today,
  validateUscc,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { recordsOfSubject } from '../record/record.service.js';
import { isActiveDishonesty } from '../rules/eligibility.js';
import { CreditCheckLogEntity } from './credit-check-log.entity.js';
import type { CheckCreditAtInput, CreditCheckLogArgs } from './credit-check-log.input.js';

const logView = (row: CreditCheckLogEntity) => ({
  ...row,
  subjectType: row.subjectType as 'ENTERPRISE',
  recordIds: JSON.parse(row.recordIdsJson) as string[],
  reasons: JSON.parse(row.reasonsJson) as string[],
  rule: `${CREDIT_CHECK_RULES[row.step].onSerious === 'REFUSE' ? '严重失信的，不予办理' : '严重失信的，提示后办理'}（${CREDIT_CHECK_RULES[row.step].source}）`,
});

/**
 * A money step asks about an enterprise: credit applies the step's rule (CREDIT_CHECK_RULES) to the
 * enterprise's active dishonesty records and logs the check, whatever it finds, before answering. Only the
 * service that runs the step may ask for it; the step itself refuses on REFUSED (SUPPLIER_RESTRICTED).
 */
export async function checkCreditAt(ctx: RequestContext, input: CheckCreditAtInput) {
  const service = requireCaller(ctx).id;
  const rule = CREDIT_CHECK_RULES[input.step];
  if (rule.service !== service) throw forbidden(`the ${service} service does not take the ${input.step} step`);
  const uscc = validateUscc(input.uscc, 'input.uscc');
  const onDate = today();
  const records = await recordsOfSubject(ctx, 'ENTERPRISE', uscc);
  const active = records.filter((r) => isActiveDishonesty(r, onDate));
  const serious = active.filter((r) => r.severity === 'SERIOUS');
  const row: CreditCheckLogEntity = {
    id: randomUUID(),
    checkedAt: new Date().toISOString(),
    step: input.step,
    subjectType: 'ENTERPRISE',
    subjectId: uscc,
    // as recorded, else as the directory registers it (a clean enterprise has no record to name it)
    subjectName:
      records[0]?.subjectName ?? (await directoryName(ctx, 'enterprise', uscc, 'input.uscc').catch(() => null)),
    result: serious.length === 0 ? 'CLEAR' : rule.onSerious === 'REFUSE' ? 'REFUSED' : 'WARNED',
    activeSeriousCount: serious.length,
    recordIdsJson: JSON.stringify(active.map((r) => r.id)),
    reasonsJson: JSON.stringify(
      serious.map((r) => `${r.authority} ${r.documentNumber}（${r.decisionDate}，公示至 ${r.publicityEnd}）`),
    ),
    service,
    actor: input.actor.trim(),
    departmentId: input.departmentId ?? null,
    reference: input.reference.trim(),
  };
  await ctx.dataSource.manager.insert(CreditCheckLogEntity, row);
  return logView(row);
}

/** The services whose steps a caller who does not read CREDIT sees, and whether every department's or their own. */
const CHECKING_DOMAINS = [
  { domain: 'PROCUREMENT', service: 'procurement' },
  { domain: 'INVESTMENT', service: 'investment' },
] as const;

/**
 * The log, newest first, of one subject or all, of one step or all. Credit's readers (leaders, supervisors,
 * credit officers) read every check; a procurement or investment officer reads their own domain's steps, every
 * department's when county-wide in it, else their own department's.
 */
export function creditCheckLog(ctx: RequestContext, args: CreditCheckLogArgs) {
  const caller = requireCaller(ctx);
  const qb = ctx.dataSource.getRepository(CreditCheckLogEntity).createQueryBuilder('c');
  if (!canRead(caller, 'CREDIT')) {
    const seen = CHECKING_DOMAINS.filter((d) => canWrite(caller, d.domain)).map((d, i) =>
      actsCountyWide(caller, d.domain)
        ? { sql: `c.service = :s${i}`, params: { [`s${i}`]: d.service } }
        : {
            sql: `(c.service = :s${i} AND c.department_id = :dep)`,
            params: { [`s${i}`]: d.service, dep: caller.departmentId ?? '-' },
          },
    );
    // declared for these callers only, but never an unfiltered list should the declaration change
    if (seen.length === 0) return { items: [], total: 0, page: args.page, pageSize: args.pageSize };
    qb.andWhere(
      `(${seen.map((s) => s.sql).join(' OR ')})`,
      Object.assign({}, ...seen.map((s) => s.params)) as Record<string, string>,
    );
  }
  if (args.subjectId) qb.andWhere('c.subject_id = :s', { s: args.subjectId.trim().toUpperCase() });
  if (args.step) qb.andWhere('c.step = :step', { step: args.step });
  return paginate(qb.orderBy('c.checked_at', 'DESC').addOrderBy('c.id', 'DESC'), args, logView);
}
