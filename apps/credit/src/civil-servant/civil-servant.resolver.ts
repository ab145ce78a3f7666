import { today, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { recordsOfSubject, recordView } from '../record/record.service.js';
import { CreditRecord } from '../record/record.type.js';
import { eligibility } from '../rules/eligibility.js';
import { Eligibility } from '../rules/eligibility.type.js';
import type { CivilServantEntity } from './civil-servant.entity.js';
import { CivilServantsArgs, CreateCivilServantInput } from './civil-servant.input.js';
import {
  createServant,
  fileOf,
  getServant,
  listServants,
  logFileRead,
  openFile,
  revealIdNumber,
} from './civil-servant.service.js';
import { CivilServant, CivilServantPage, CreditFile } from './civil-servant.type.js';

@Resolver(() => CivilServant)
export class CivilServantResolver {
  @Query(() => CivilServant, { nullable: true, description: 'One civil servant. CREDIT readers.' })
  @Allow(allow.read('CREDIT'))
  civilServant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getServant(ctx, id);
  }

  @Query(() => CivilServantPage, {
    description: 'Civil servants by name, optionally of one department. CREDIT readers.',
  })
  @Allow(allow.read('CREDIT'))
  civilServants(@Args() args: CivilServantsArgs, @Ctx() ctx: RequestContext) {
    return listServants(ctx, args);
  }

  @Mutation(() => CivilServant, {
    description: 'Register a civil servant (CREDIT officers of the department, or county-wide).',
  })
  @Allow(allow.write('CREDIT'))
  createCivilServant(@Arg('input') input: CreateCivilServantInput, @Ctx() ctx: RequestContext) {
    return createServant(ctx, input);
  }

  @Mutation(() => CreditFile, {
    description: 'Open the credit file of a civil servant; a second file is BAD_USER_INPUT.',
  })
  @Allow(allow.write('CREDIT'))
  openCreditFile(@Arg('civilServantId', () => ID) civilServantId: string, @Ctx() ctx: RequestContext) {
    return openFile(ctx, civilServantId);
  }

  @FieldResolver(() => String, { nullable: true })
  idNumber(@Root() c: CivilServantEntity, @Ctx() ctx: RequestContext) {
    return revealIdNumber(ctx, c);
  }

  @FieldResolver(() => CreditFile, { nullable: true, description: 'The credit file, if opened.' })
  creditFile(@Root() c: CivilServant, @Ctx() ctx: RequestContext) {
    return fileOf(ctx, c.id);
  }

  @FieldResolver(() => [CreditRecord], {
    description: 'The credit records of the file, newest decision first. Every read is logged.',
  })
  async records(@Root() c: CivilServant, @Ctx() ctx: RequestContext) {
    const [records] = await Promise.all([
      recordsOfSubject(ctx, 'CIVIL_SERVANT', c.id),
      logFileRead(ctx, c.id, 'RECORDS'),
    ]);
    const onDate = today();
    return records.map((r) => recordView(r, onDate));
  }

  @FieldResolver(() => Eligibility, { description: 'Eligibility for honours, with reasons.' })
  async honorEligibility(@Root() c: CivilServant, @Ctx() ctx: RequestContext) {
    return eligibility(await recordsOfSubject(ctx, 'CIVIL_SERVANT', c.id), today());
  }
}
