import { randomUUID } from 'node:crypto';
import { canWrite, hasRole } from '@integrity/auth';
import {
  orderList,
  badInput,
  byKey,
  maskResidentId,
  recordAudit,
  requireRead,
  requireOwner,
  today,
  validateResidentId,
  whereContains,
  type RequestContext,
  paginate,
} from '@integrity/subgraph-kit';
import { CIVIL_SERVANT_SORT } from './civil-servant-sort.js';
import { In } from 'typeorm';
import { decryptIdNumber, encryptIdNumber, idNumberLookup } from '../protection/id-protection.js';
import { logFileRead } from '../read-log/read-log.service.js';
import { CivilServantEntity, CreditFileEntity } from './civil-servant.entity.js';
import type { CivilServantsArgs, CreateCivilServantInput } from './civil-servant.input.js';

export const servantView = (c: CivilServantEntity) => ({ ...c, department: { id: c.departmentId } });

export const loadServant = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, CivilServantEntity | null>('servant.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.manager.findBy(CivilServantEntity, { id: In([...ids]) }), (c) => c.id),
    )
    .load(id);

export const fileOf = (ctx: RequestContext, civilServantId: string) =>
  ctx.loaders
    .get<string, CreditFileEntity | null>('file.byServant', async (ids) =>
      byKey(
        ids,
        await ctx.dataSource.manager.findBy(CreditFileEntity, { civilServantId: In([...ids]) }),
        (f) => f.civilServantId,
      ),
    )
    .load(civilServantId);

export async function getServant(ctx: RequestContext, id: string) {
  requireRead(ctx, 'CREDIT');
  const c = await loadServant(ctx, id);
  return c && servantView(c);
}

export async function listServants(ctx: RequestContext, args: CivilServantsArgs) {
  const qb = ctx.dataSource.manager.createQueryBuilder(CivilServantEntity, 'c');
  if (args.departmentId) qb.andWhere('c.department_id = :d', { d: args.departmentId });
  const search = args.search?.trim();
  if (search && /^\d{17}[\dXx]$/.test(search))
    qb.andWhere('c.id_number_hash = :h', { h: idNumberLookup(search.toUpperCase()) });
  else whereContains(qb, ['c.name'], search);
  return paginate(orderList(qb, args, CIVIL_SERVANT_SORT, [['c.name', 'ASC']]), args, servantView);
}

/** The full number, for those the spec allows, with the read logged; null for everyone else. */
export async function revealIdNumber(ctx: RequestContext, c: CivilServantEntity): Promise<string | null> {
  const caller = ctx.caller;
  if (!caller || !(canWrite(caller, 'CREDIT', c.departmentId) || hasRole(caller, 'SUPERVISOR', 'ADMIN'))) return null;
  await logFileRead(ctx, c.id, 'ID_NUMBER');
  return decryptIdNumber(c.idNumberEnc);
}

export async function createServant(ctx: RequestContext, input: CreateCivilServantInput) {
  requireOwner(ctx, 'CREDIT', { departmentId: input.departmentId });
  const idNumber = validateResidentId(input.idNumber);
  const hash = idNumberLookup(idNumber);
  if (await ctx.dataSource.manager.existsBy(CivilServantEntity, { idNumberHash: hash })) {
    throw badInput(
      'idNumber',
      'ALREADY_REGISTERED',
      `a civil servant with identity number ${maskResidentId(idNumber)} is already registered`,
    );
  }
  const servant: CivilServantEntity = {
    id: randomUUID(),
    name: input.name.trim(),
    idNumberEnc: encryptIdNumber(idNumber),
    idNumberHash: hash,
    idNumberMasked: maskResidentId(idNumber),
    departmentId: input.departmentId,
    post: input.post?.trim() ?? null,
    createdAt: new Date().toISOString(),
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(CivilServantEntity, servant);
    // the audit keeps the masked number only: the trail is read by more people than the file
    const { idNumberEnc: _e, idNumberHash: _h, ...auditable } = servant;
    await recordAudit(m, ctx, {
      action: 'servant.create',
      entityType: 'CivilServant',
      entityId: servant.id,
      after: auditable,
    });
    return servantView(servant);
  });
}

export async function openFile(ctx: RequestContext, civilServantId: string) {
  const servant = await loadServant(ctx, civilServantId);
  if (!servant) throw badInput('civilServantId', 'NOT_REGISTERED', `civil servant ${civilServantId} does not exist`);
  requireOwner(ctx, 'CREDIT', { departmentId: servant.departmentId });
  if (await fileOf(ctx, civilServantId))
    throw badInput('civilServantId', 'ALREADY_HAS_FILE', `${servant.name} already has a credit file`);
  const file: CreditFileEntity = {
    id: randomUUID(),
    civilServantId,
    departmentId: servant.departmentId,
    openedOn: today(),
    openedBy: ctx.caller!.username,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(CreditFileEntity, file);
    await recordAudit(m, ctx, { action: 'file.open', entityType: 'CreditFile', entityId: file.id, after: file });
    return file;
  });
}

export { logFileRead };
