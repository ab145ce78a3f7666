import { actsCountyWide, maskContact, worksCaseOf } from '@integrity/rules';
import { byKey, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { CaseView } from '../case/case-view.js';
import { Case } from '../case/case.type.js';
import { ComplaintEntity } from './complaint.entity.js';
import { contacts } from './complaint.service.js';

/** The complaint rows of a page of cases, in one statement. */
const complaintsOf = (ctx: RequestContext) =>
  ctx.loaders.get<string, ComplaintEntity | null>('complaint.byCase', async (ids) =>
    byKey(ids, await ctx.dataSource.getRepository(ComplaintEntity).findBy({ caseId: In([...ids]) }), (p) => p.caseId),
  );

@Resolver(() => Case)
export class CaseComplaintResolver {
  @FieldResolver(() => String, { nullable: true, description: 'A public complaint’s tracking number.' })
  async trackingNumber(@Root() c: CaseView, @Ctx() ctx: RequestContext) {
    return (await complaintsOf(ctx).load(c.id))?.trackingNumber ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A public complaint’s contact: in full for the officers handling it (county-wide CASEWORK officers, and those of the lead department unless it is the department complained about), masked for anyone else; null when anonymous.',
  })
  async contact(@Root() c: CaseView, @Ctx() ctx: RequestContext) {
    const cipher = (await complaintsOf(ctx).load(c.id))?.contactCipher;
    if (!cipher) return null;
    const contact = contacts.decrypt(cipher);
    // a complainant's details are never passed to the department complained about (《信访工作条例》), even when
    // it is asked to reply
    const accused = !!c.concernedDepartmentId && ctx.caller?.departmentId === c.concernedDepartmentId;
    const handles = actsCountyWide(ctx.caller, 'CASEWORK') || (worksCaseOf(ctx.caller, c.departmentId) && !accused);
    return handles ? contact : maskContact(contact);
  }
}
