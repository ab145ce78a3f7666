import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SubjectTypeEnum } from '../rules/enums.js';
import type { SubjectType } from '../rules/publicity.js';
import { CreditCheck } from './credit-check.type.js';
import { creditCheck } from './credit-check.service.js';

@Resolver()
export class CreditCheckResolver {
  @Query(() => CreditCheck, {
    description:
      'Credit check of one subject (for ENTERPRISE, subjectId is the USCC). Services, CREDIT readers, PROCUREMENT and INVESTMENT officers.',
  })
  // services and credit readers (read), and the officers whose work embeds the check
  @Allow(allow.read('CREDIT'), allow.write('PROCUREMENT'), allow.write('INVESTMENT'))
  creditCheck(
    @Arg('subjectType', () => SubjectTypeEnum) subjectType: SubjectType,
    @Arg('subjectId', () => ID) subjectId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return creditCheck(ctx, subjectType, subjectId);
  }
}
