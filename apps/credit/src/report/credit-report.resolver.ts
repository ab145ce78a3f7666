import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { issueCreditReport, verifyCreditReport } from './credit-report.service.js';
import { SubjectTypeEnum } from '../rules/enums.js';
import type { SubjectType } from '../rules/publicity.js';
import { CreditReport, VerifiedReport } from './credit-report.type.js';

@Resolver()
export class CreditReportResolver {
  @Mutation(() => CreditReport, {
    description:
      'Issue a credit report (信用报告, 三.4) on a department or an enterprise: its published dishonesty records in publicity, repairs, credit checks and latest evaluation grade, numbered and kept. Credit readers on anyone; PROCUREMENT and INVESTMENT officers on an enterprise; any officer on their own department.',
  })
  @Allow(allow.signedIn())
  creditReport(
    @Arg('subjectType', () => SubjectTypeEnum, { description: 'DEPARTMENT or ENTERPRISE (a civil servant has none).' })
    subjectType: SubjectType,
    @Arg('subjectId', () => ID, { description: 'A department’s directory id, or an enterprise’s credit code.' })
    subjectId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return issueCreditReport(ctx, subjectType, subjectId);
  }

  @Query(() => VerifiedReport, {
    nullable: true,
    description:
      'Whether a credit report is genuine, and what it said: null for a number never issued. No login needed: whoever received a report checks it here.',
  })
  @Allow(allow.public())
  verifyCreditReport(
    @Arg('number', { description: 'The number printed on the report.' }) number: string,
    @Ctx() ctx: RequestContext,
  ) {
    return verifyCreditReport(ctx, number);
  }
}
