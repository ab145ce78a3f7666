import { Allow, allow, DateScalar, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { recordProcurementCompletion, selectPppPartner } from './ppp-partner.service.js';
import { PppProject } from './ppp.type.js';

/** The procurement of a PPP project's social capital partner: who was chosen, and when that was completed. */
@Resolver()
export class PppPartnerResolver {
  @Mutation(() => PppProject, {
    description:
      'Select the social capital partner (社会资本方) of a PPP project in its PROCUREMENT phase. The enterprise is credit-checked (PPP_PARTNER): an active serious dishonesty record refuses it (SUPPLIER_RESTRICTED on partnerUscc), and so does credit being unreachable. A PRE_2023 project completed its partner procurement before 2023-02-01 and selects none now (PPP_PRE_2023_NOT_ESTABLISHED on projectId). PROCUREMENT officers of the implementing department, or county-wide.',
  })
  @Allow(allow.write('PROCUREMENT'))
  selectPppPartner(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('partnerUscc', { description: 'The enterprise’s unified social credit code.' }) partnerUscc: string,
    @Ctx() ctx: RequestContext,
  ) {
    return selectPppPartner(ctx, projectId, partnerUscc);
  }

  @Mutation(() => PppProject, {
    description:
      'Record (or correct) the day a PRE_2023 project’s partner procurement was completed, for a project recorded before the date was asked for: until it is recorded the project takes on no obligation (PPP_PRE_2023_NOT_ESTABLISHED on projectId). Before 2023-02-01 (国办函〔2023〕115号), else PPP_PRE_2023_NOT_ESTABLISHED on completedOn; not in the future (DATE_IN_FUTURE); a NEW_2023 project: INVALID_STATE. PROCUREMENT officers of the implementing department, or county-wide.',
  })
  @Allow(allow.write('PROCUREMENT'))
  recordPppProcurementCompletion(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('completedOn', () => DateScalar, {
      description: 'The day the procurement of the social capital partner was completed (招标采购程序完成).',
    })
    completedOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    return recordProcurementCompletion(ctx, projectId, completedOn);
  }
}
