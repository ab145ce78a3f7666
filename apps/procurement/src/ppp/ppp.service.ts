import { randomUUID } from 'node:crypto';
import {
  AppError,
  badInput,
  byKey,
  directoryName,
  findPage,
  formatMoney,
  isValidDate,
  mustFind,
  notFound,
  parseMoney,
  recordAudit,
  requireOwner,
  rowLock,
  today,
  transaction,
  updateVersioned,
  validateRegionCode,
  validateYear,
  type PageArgs,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import {
  abovePppWarningLine,
  pppBeganBeforeNewMechanism,
  PPP_MECHANISM_LINE,
  pppCompletionDateMissing,
  pppTakesObligations,
  PPP_NEW_MECHANISM_SOURCE,
  type PppMechanism,
} from '@integrity/rules';
import { capOf, warningLineOf, withinCap } from './fiscal-cap.js';
import { PppPaymentEntity } from './ppp-payment.entity.js';
import { reportPaidInFull } from '../breach/paid-cure.js';
import { pppObligationSourceId } from '../breach/breach-records.js';
import {
  FiscalCapacityEntity,
  PPP_PHASES,
  PppObligationEntity,
  PppProjectEntity,
  type PppPhase,
} from './ppp.entity.js';

export const pppView = (p: PppProjectEntity) => ({
  ...p,
  partnerUscc: p.partnerUscc ?? null,
  partnerName: p.partnerName ?? null,
  partnerSelectedOn: p.partnerSelectedOn ?? null,
  procurementCompletedOn: p.procurementCompletedOn ?? null,
  totalInvestment: formatMoney(p.totalInvestment),
  department: { id: p.departmentId },
});

export function obligationView(o: PppObligationEntity, onDate = today()) {
  const year = Number(onDate.slice(0, 4));
  const status = o.paidAmount >= o.amount ? 'PAID' : o.year < year ? 'OVERDUE' : o.year === year ? 'DUE' : 'SCHEDULED';
  return { ...o, amount: formatMoney(o.amount), paidAmount: formatMoney(o.paidAmount), status } as const;
}

async function committed(m: EntityManager, region: string, year: number): Promise<bigint> {
  const rows = await m.find(PppObligationEntity, { where: { regionCode: region, year }, select: { amount: true } });
  return rows.reduce((s, r) => s + r.amount, 0n);
}

async function capacityView(m: EntityManager, c: FiscalCapacityEntity) {
  const used = await committed(m, c.regionCode, c.year);
  const cap = capOf(c.generalBudgetExpenditure);
  return {
    ...c,
    generalBudgetExpenditure: formatMoney(c.generalBudgetExpenditure),
    cap: formatMoney(cap),
    warningLine: formatMoney(warningLineOf(c.generalBudgetExpenditure)),
    atWarningLine: abovePppWarningLine(used, c.generalBudgetExpenditure),
    committed: formatMoney(used),
    remaining: formatMoney(cap > used ? cap - used : 0n),
  };
}

/** Budget figures are the finance bureau's: PROCUREMENT officers acting county-wide. */
export async function setFiscalCapacity(ctx: RequestContext, code: string, year: number, amountText: string) {
  validateRegionCode(code);
  validateYear(year);
  const amount = parseMoney(amountText, 'generalBudgetExpenditure');
  return ctx.dataSource.transaction(async (m) => {
    const before = await m.findOneBy(FiscalCapacityEntity, { regionCode: code, year });
    let after: FiscalCapacityEntity;
    if (before)
      after = await updateVersioned(
        m,
        FiscalCapacityEntity,
        'PPP fiscal capacity',
        { regionCode: code, year },
        before.version,
        { generalBudgetExpenditure: amount },
      );
    else {
      after = { regionCode: code, year, generalBudgetExpenditure: amount, version: 1 };
      await m.insert(FiscalCapacityEntity, after);
    }
    await recordAudit(m, ctx, {
      action: 'ppp.capacity',
      entityType: 'PppFiscalCapacity',
      entityId: `${code}/${year}`,
      before,
      after,
    });
    return capacityView(m, after);
  });
}

export async function getCapacity(ctx: RequestContext, code: string, year: number) {
  const c = await ctx.dataSource.manager.findOneBy(FiscalCapacityEntity, { regionCode: code, year });
  return c && capacityView(ctx.dataSource.manager, c);
}

export async function createPpp(
  ctx: RequestContext,
  input: {
    name: string;
    departmentId: string;
    regionCode: string;
    phase?: PppPhase | null;
    totalInvestment?: string | null;
    mechanism?: PppMechanism | null;
    procurementCompletedOn?: string | null;
  },
) {
  requireOwner(ctx, 'PROCUREMENT', { departmentId: input.departmentId });
  // a body of the directory: an unpaid year's record names it in credit, which refuses any other
  await directoryName(ctx, 'department', input.departmentId, 'departmentId');
  validateRegionCode(input.regionCode);
  const completedOn = input.procurementCompletedOn ?? null;
  if (completedOn !== null && (!isValidDate(completedOn) || completedOn > today()))
    throw badInput('procurementCompletedOn', 'DATE_IN_FUTURE', 'procurementCompletedOn cannot be in the future');
  // only a project whose partner procurement was completed before the February 2023 check keeps the earlier rules
  if (input.mechanism === 'PRE_2023' && !pppBeganBeforeNewMechanism(completedOn))
    throw badInput(
      'procurementCompletedOn',
      'PPP_PRE_2023_NOT_ESTABLISHED',
      `a PRE_2023 project completed its partner procurement before ${PPP_MECHANISM_LINE.completedBefore}; ${
        completedOn ?? 'no date'
      } given (${PPP_MECHANISM_LINE.source})`,
      { before: PPP_MECHANISM_LINE.completedBefore },
    );
  const project: PppProjectEntity = {
    id: randomUUID(),
    name: input.name.trim(),
    departmentId: input.departmentId,
    regionCode: input.regionCode,
    phase: input.phase ?? 'PREPARATION',
    // a project registered now begins under the 2023 mechanism unless the officer records it as an earlier one
    mechanism: input.mechanism ?? 'NEW_2023',
    procurementCompletedOn: completedOn,
    totalInvestment: input.totalInvestment ? parseMoney(input.totalInvestment, 'totalInvestment') : 0n,
    createdAt: new Date().toISOString(),
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(PppProjectEntity, project);
    await recordAudit(m, ctx, { action: 'ppp.create', entityType: 'PppProject', entityId: project.id, after: project });
    return pppView(project);
  });
}

/** PPP projects by id, many in one statement (the project of an obligation or of a breach). */
export const loadPpp = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, PppProjectEntity | null>('ppp.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.manager.findBy(PppProjectEntity, { id: In([...ids]) }), (p) => p.id),
    )
    .load(id);

export async function mustLoadPpp(ctx: RequestContext, id: string) {
  return mustFind(ctx.dataSource.manager.findOneBy(PppProjectEntity, { id }), 'PPP project', id);
}

/** Phases only move forward, one at a time. */
export async function advancePhase(ctx: RequestContext, id: string, phase: PppPhase) {
  const before = await mustLoadPpp(ctx, id);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: before.departmentId });
  const next = PPP_PHASES[PPP_PHASES.indexOf(before.phase) + 1];
  if (phase !== next)
    throw new AppError(
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      `a PPP project in ${before.phase} moves next to ${next ?? 'nothing (final)'}, not ${phase}`,
      { from: before.phase, to: phase, allowed: next ? [next] : [] },
    );
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, PppProjectEntity, 'PPP project', { id }, before.version, { phase });
    await recordAudit(m, ctx, { action: 'ppp.phase', entityType: 'PppProject', entityId: id, before, after });
    return pppView(after);
  });
}

export async function addObligation(ctx: RequestContext, projectId: string, year: number, amountText: string) {
  const project = await mustLoadPpp(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.departmentId });
  // a project recorded as PRE_2023 before the date was asked for shows it began under the earlier rules first
  if (pppCompletionDateMissing(project))
    throw badInput(
      'projectId',
      'PPP_PRE_2023_NOT_ESTABLISHED',
      `${project.name} has no recorded day its partner procurement was completed: record it (before ${PPP_MECHANISM_LINE.completedBefore}) before taking on an obligation`,
      { before: PPP_MECHANISM_LINE.completedBefore },
    );
  if (!pppTakesObligations(project))
    throw badInput(
      'projectId',
      'PPP_NEW_MECHANISM_NO_OBLIGATION',
      `${project.name} is a project of the 2023 mechanism: no government payment obligation is taken on (${PPP_NEW_MECHANISM_SOURCE})`,
    );
  validateYear(year);
  const amount = parseMoney(amountText, 'amount');
  return ctx.dataSource.transaction(async (m) => {
    // lock the capacity row (MySQL) so two concurrent obligations cannot both fit under the same cap
    const capacity = await m.findOne(FiscalCapacityEntity, {
      where: { regionCode: project.regionCode, year },
      ...rowLock(m),
    });
    const used = await committed(m, project.regionCode, year);
    if (!capacity || !withinCap(used + amount, capacity.generalBudgetExpenditure)) {
      const cap = capacity ? capOf(capacity.generalBudgetExpenditure) : 0n;
      throw new AppError(
        'FISCAL_CAP_EXCEEDED',
        'FISCAL_CAP_EXCEEDED',
        capacity
          ? `PPP obligations of ${project.regionCode} in ${year} would reach ${formatMoney(used + amount)}, above 10% of general public budget expenditure ${formatMoney(capacity.generalBudgetExpenditure)} (cap ${formatMoney(cap)}, already committed ${formatMoney(used)})`
          : `no general public budget expenditure is recorded for ${project.regionCode} in ${year}: the cap cannot be checked, so nothing may be committed`,
        { cap: formatMoney(cap), committed: formatMoney(used), amount: formatMoney(amount), year },
      );
    }
    const obligation: PppObligationEntity = {
      id: randomUUID(),
      projectId,
      regionCode: project.regionCode,
      year,
      amount,
      paidAmount: 0n,
      version: 1,
    };
    await m.insert(PppObligationEntity, obligation);
    await recordAudit(m, ctx, {
      action: 'ppp.obligation',
      entityType: 'PppObligation',
      entityId: obligation.id,
      after: obligation,
    });
    return obligationView(obligation);
  });
}

export async function payObligation(ctx: RequestContext, id: string, amountText: string, paidOn = today()) {
  const before = await ctx.dataSource.manager.findOneBy(PppObligationEntity, { id });
  if (!before) throw notFound('PPP obligation', id);
  const project = await mustLoadPpp(ctx, before.projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.departmentId });
  const amount = parseMoney(amountText, 'amount');
  if (paidOn > today()) throw badInput('paidOn', 'DATE_IN_FUTURE', 'paidOn cannot be in the future');
  if (before.paidAmount + amount > before.amount)
    throw badInput(
      'amount',
      'EXCEEDS_OUTSTANDING',
      `amount exceeds what is outstanding (${formatMoney(before.amount - before.paidAmount)})`,
      { outstanding: formatMoney(before.amount - before.paidAmount) },
    );
  const payment: PppPaymentEntity = {
    id: randomUUID(),
    obligationId: id,
    paidOn,
    amount,
    recordedBy: ctx.caller!.username,
    recordedAt: new Date().toISOString(),
  };
  // the obligation before its payment row: the parent's lock orders concurrent payments (a loser meets CONFLICT)
  return transaction(ctx, async (m) => {
    const after = await updateVersioned(m, PppObligationEntity, 'PPP obligation', { id }, before.version, {
      paidAmount: before.paidAmount + amount,
    });
    await m.insert(PppPaymentEntity, payment);
    // paid in full after its year ended and was recorded as dishonesty: the record's cause is cured — or, paid
    // within the year and entered after the sweep, the record is withdrawn
    if (after.paidAmount >= after.amount) {
      const paidInFullOn = (await m.find(PppPaymentEntity, { select: { paidOn: true }, where: { obligationId: id } }))
        .map((p) => p.paidOn)
        .reduce((a, b) => (a > b ? a : b));
      await reportPaidInFull(m, {
        sourceId: pppObligationSourceId({ id }),
        paidInFullOn,
        cured: `${after.year} 年度政府付费义务已全部支付`,
        withdrawn: () => `${after.year} 年度政府付费义务已于 ${paidInFullOn} 在年度内全部支付，未付记录不成立`,
      });
    }
    await recordAudit(m, ctx, {
      action: 'ppp.pay',
      entityType: 'PppObligation',
      entityId: id,
      before,
      after: { ...after, payment },
    });
    return obligationView(after);
  });
}

export async function listPpp(ctx: RequestContext, args: PageArgs & { regionCode?: string | null }) {
  return findPage(
    ctx.dataSource.manager,
    PppProjectEntity,
    { where: args.regionCode ? { regionCode: args.regionCode } : {}, order: { createdAt: 'DESC', id: 'ASC' } },
    args,
    pppView,
  );
}

/** Obligations of past years and this year not paid in full: what a leader must watch. */
export async function listDueObligations(ctx: RequestContext, onlyOverdue: boolean, regionCode: string | null = null) {
  const year = Number(today().slice(0, 4));
  const qb = ctx.dataSource.manager
    .createQueryBuilder(PppObligationEntity, 'o')
    .where('o.paid_amount < o.amount AND o.year <= :year', { year: onlyOverdue ? year - 1 : year });
  if (regionCode) qb.andWhere('o.region_code = :regionCode', { regionCode });
  const rows = await qb.orderBy('o.year', 'ASC').addOrderBy('o.id').take(500).getMany();
  return rows.map((o) => obligationView(o));
}

export const obligationsOf = (ctx: RequestContext, projectId: string) =>
  ctx.loaders
    .get<string, PppObligationEntity[]>('ppp.obligations', async (ids) => {
      const rows = await ctx.dataSource.manager
        .createQueryBuilder(PppObligationEntity, 'o')
        .where('o.project_id IN (:...ids)', { ids })
        .orderBy('o.year', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.projectId === id));
    })
    .load(projectId);
