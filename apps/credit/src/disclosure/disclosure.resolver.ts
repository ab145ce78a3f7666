import { containsPattern, PageArgs, pageOf, skipTake, today, type RequestContext } from '@integrity/subgraph-kit';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { CreditRecordEntity } from '../record/record.entity.js';
import { maskName } from '../rules/publicity.js';
import { PublicRecordPage } from './public-record.type.js';

@ArgsType()
class PublicRecordsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches document number, authority, or an enterprise’s or department’s name (never a civil servant’s).' })
  search?: string;
}

const toPublic = (r: CreditRecordEntity) => ({
  id: r.id,
  subjectType: r.subjectType,
  subjectId: r.subjectType === 'CIVIL_SERVANT' ? null : r.subjectId,
  subjectName: r.subjectType === 'CIVIL_SERVANT' ? maskName(r.subjectName) : r.subjectName,
  category: r.category,
  severity: r.severity,
  documentNumber: r.documentNumber,
  authority: r.authority,
  decisionDate: r.decisionDate,
  publicityEnd: r.publicityEnd,
  department: r.departmentId ? { id: r.departmentId } : null,
});

@Resolver()
export class DisclosureResolver {
  @Query(() => PublicRecordPage, { description: 'Published dishonesty records inside their publicity period, newest decision first. No login needed.' })
  async publicDishonestyRecords(@Args() args: PublicRecordsArgs, @Ctx() ctx: RequestContext) {
    const onDate = today();
    const qb = ctx.dataSource.manager
      .createQueryBuilder(CreditRecordEntity, 'r')
      .where("r.publish = :yes AND r.status = 'ACTIVE' AND r.decision_date <= :today AND r.publicity_end >= :today", { yes: true, today: onDate })
      .andWhere("r.category NOT IN ('COMMENDATION', 'TRAINING')");
    if (args.search?.trim()) {
      // a civil servant's name is never searchable in public: that would unmask it
      qb.andWhere("(r.document_number LIKE :s ESCAPE '!' OR r.authority LIKE :s ESCAPE '!' OR (r.subject_type <> 'CIVIL_SERVANT' AND r.subject_name LIKE :s ESCAPE '!'))", {
        s: containsPattern(args.search),
      });
    }
    const { skip, take } = skipTake(args);
    const [items, total] = await qb.orderBy('r.decision_date', 'DESC').addOrderBy('r.id').skip(skip).take(take).getManyAndCount();
    return pageOf(items.map(toPublic), total, args);
  }
}
