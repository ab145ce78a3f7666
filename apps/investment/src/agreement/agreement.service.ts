import { randomUUID } from 'node:crypto';
import {
  badInput,
  directoryName,
  byKey,
  formatMoney,
  parseMoney,
  recordAudit,
  requireCreditAt,
  requireOwner,
  today,
  updateVersioned,
  validateUscc,
  whereContains,
  type RequestContext,
  paginate,
  mustFind,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { AgreementEntity } from './agreement.entity.js';
import type {
  CreateInvestmentAgreementInput,
  InvestmentAgreementsArgs,
  UpdateInvestmentAgreementInput,
} from './agreement.input.js';

/** A town's division code has more than the county's six digits (GB/T 2260 + township codes). */

export const loadAgreement = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, AgreementEntity | null>('agreement.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.getRepository(AgreementEntity).findBy({ id: In([...ids]) }), (a) => a.id),
    )
    .load(id);

export async function mustLoadAgreement(ctx: RequestContext, id: string): Promise<AgreementEntity> {
  return mustFind(loadAgreement(ctx, id), 'investment agreement', id);
}

export const agreementView = (a: AgreementEntity) => ({
  ...a,
  amount: formatMoney(a.amount),
  investedToDate: formatMoney(a.investedToDate),
  department: { id: a.departmentId },
  investor: { uscc: a.investorUscc },
  town: { code: a.townCode },
});

export async function getAgreement(ctx: RequestContext, id: string) {
  const a = await loadAgreement(ctx, id);
  return a && agreementView(a);
}

export async function listAgreements(ctx: RequestContext, args: InvestmentAgreementsArgs) {
  const qb = ctx.dataSource.getRepository(AgreementEntity).createQueryBuilder('a');
  if (args.departmentId) qb.andWhere('a.department_id = :d', { d: args.departmentId });
  if (args.townCode) qb.andWhere('a.town_code = :t', { t: args.townCode });
  whereContains(qb, ['a.title', 'a.investor_name', 'a.investor_uscc'], args.search);
  return paginate(qb.orderBy('a.signed_on', 'DESC').addOrderBy('a.id', 'DESC'), args, agreementView);
}

export async function createAgreement(ctx: RequestContext, input: CreateInvestmentAgreementInput) {
  // who may act first: a caller who may not learns nothing of the input's rules
  requireOwner(ctx, 'INVESTMENT', { departmentId: input.departmentId, townCode: input.townCode });
  if (!/^\d{9}(\d{3})?$/.test(input.townCode))
    throw badInput('townCode', 'INVALID_TOWN_CODE', 'townCode must be a town’s 9- or 12-digit division code');
  const investorUscc = validateUscc(input.investorUscc, 'investorUscc');
  const amount = parseMoney(input.amount, 'amount');
  if (input.signedOn > today()) throw badInput('signedOn', 'DATE_IN_FUTURE', 'signedOn cannot be in the future');
  // both are named on the credit record a breach makes: an unknown one would keep that message failing
  await Promise.all([
    directoryName(ctx, 'department', input.departmentId, 'departmentId'),
    directoryName(ctx, 'region', input.townCode, 'townCode'),
  ]);
  const id = randomUUID();
  // 三.6, 二.4: an investor with an active serious dishonesty record is not signed with (credit logs the check)
  await requireCreditAt(ctx, {
    step: 'INVESTMENT_AGREEMENT',
    uscc: investorUscc,
    reference: id,
    departmentId: input.departmentId,
    field: 'investorUscc',
  });
  const agreement: AgreementEntity = {
    id,
    title: input.title?.trim() || input.investorName?.trim() || investorUscc,
    investorUscc,
    investorName: input.investorName?.trim() || investorUscc,
    departmentId: input.departmentId,
    townCode: input.townCode,
    amount,
    signedOn: input.signedOn,
    jobsPromised: input.jobsPromised ?? null,
    investedToDate: 0n,
    jobsCreated: 0,
    contactPerson: input.contactPerson?.trim() ?? null,
    createdAt: new Date().toISOString(),
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(AgreementEntity, agreement);
    await recordAudit(m, ctx, {
      action: 'agreement.create',
      entityType: 'InvestmentAgreement',
      entityId: agreement.id,
      after: agreement,
    });
    return agreementView(agreement);
  });
}

export async function updateAgreement(ctx: RequestContext, id: string, input: UpdateInvestmentAgreementInput) {
  const before = await mustLoadAgreement(ctx, id);
  requireOwner(ctx, 'INVESTMENT', { departmentId: before.departmentId, townCode: before.townCode });
  // null is "not given", as an omitted field is: the columns hold no NULL
  const investedToDate =
    input.investedToDate === undefined || input.investedToDate === null
      ? undefined
      : parseMoney(input.investedToDate, 'investedToDate', { allowZero: true });
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, AgreementEntity, 'investment agreement', { id }, input.version, {
      contactPerson: input.contactPerson?.trim(),
      investedToDate,
      jobsCreated: input.jobsCreated ?? undefined,
    });
    await recordAudit(m, ctx, {
      action: 'agreement.update',
      entityType: 'InvestmentAgreement',
      entityId: id,
      before,
      after,
    });
    return agreementView(after);
  });
}
