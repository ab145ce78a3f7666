import { AuditEntry, AuditEntryEntity, groupByKey, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { objectionsOfRecord, objectionView } from '../objection/objection.service.js';
import { Objection } from '../objection/objection.type.js';
import { repairsOfRecord } from '../repair/repair.service.js';
import { RepairApplication } from '../repair/repair.type.js';
import { AddCreditRecordInput, CreditRecordsArgs } from './record.input.js';
import { addRecord, listRecords, loadRecord, recordView } from './record.service.js';
import { CreditRecord, CreditRecordPage } from './record.type.js';

@Resolver(() => CreditRecord)
export class CreditRecordResolver {
  @Query(() => CreditRecord, { nullable: true, description: 'One credit record. CREDIT readers.' })
  @Allow(allow.read('CREDIT'))
  async creditRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const r = await loadRecord(ctx, id);
    return r && recordView(r);
  }

  @Query(() => CreditRecordPage, {
    description:
      'Credit records, newest decision first, by subject, department, status (as of today) or text. CREDIT readers.',
  })
  @Allow(allow.read('CREDIT'))
  creditRecords(@Args() args: CreditRecordsArgs, @Ctx() ctx: RequestContext) {
    return listRecords(ctx, args);
  }

  @Mutation(() => CreditRecord, {
    description:
      'Add a credit record. A publicity period outside the severity’s bounds is BAD_USER_INPUT on "publicityEnd".',
  })
  @Allow(allow.write('CREDIT'))
  addCreditRecord(@Arg('input') input: AddCreditRecordInput, @Ctx() ctx: RequestContext) {
    return addRecord(ctx, input);
  }

  @FieldResolver(() => [Objection], { description: 'Objections filed against it, oldest first.' })
  async objections(@Root() r: CreditRecord, @Ctx() ctx: RequestContext) {
    return (await objectionsOfRecord(ctx, r.id)).map((o) => objectionView(o));
  }

  @FieldResolver(() => [RepairApplication], { description: 'Credit-repair applications, oldest first.' })
  repairs(@Root() r: CreditRecord, @Ctx() ctx: RequestContext) {
    return repairsOfRecord(ctx, r.id);
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Every change to the record, oldest first (nothing is ever deleted).',
  })
  async history(@Root() r: CreditRecord, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders
      .get<string, AuditEntryEntity[]>('record.history', async (ids) =>
        groupByKey(
          ids,
          await ctx.dataSource.manager.find(AuditEntryEntity, {
            where: { entityType: 'CreditRecord', entityId: In([...ids]) },
            order: { at: 'ASC' },
          }),
          (a) => a.entityId,
        ),
      )
      .load(r.id);
    return rows.map(AuditEntry.from);
  }
}
