import { DecimalScalar, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DebtLimitEntity, FiscalResourcesEntity } from './limit.entity.js';
import { listYearly, setDebtLimit, setFiscalResources } from './limit.service.js';
import { DebtLimit, FiscalResources } from './limit.type.js';

@ArgsType()
class SetYearlyArgs {
  @Field({ description: 'Division code of the region.' }) regionCode: string;
  @Field(() => Int, { description: 'The year.' }) year: number;
  @Field(() => DecimalScalar, { description: 'Amount, CNY.' }) amount: string;
  @Field(() => Int, { nullable: true, description: 'The version you read, to refuse a stale overwrite with CONFLICT.' })
  version?: number;
}

@ArgsType()
class YearlyFilterArgs {
  @Field({ nullable: true, description: 'Only this region.' }) regionCode?: string;
  @Field(() => Int, { nullable: true, description: 'Only this year.' }) year?: number;
}

@Resolver()
export class LimitResolver {
  @Query(() => [DebtLimit], { description: 'Approved debt limits, newest year first. DEBT readers.' })
  @Allow(allow.read('DEBT'))
  debtLimits(@Args() { regionCode, year }: YearlyFilterArgs, @Ctx() ctx: RequestContext) {
    return listYearly(ctx, DebtLimitEntity, regionCode, year);
  }

  @Query(() => [FiscalResources], {
    description: 'Comprehensive financial resources, newest year first. DEBT readers.',
  })
  @Allow(allow.read('DEBT'))
  fiscalResourceRecords(@Args() { regionCode, year }: YearlyFilterArgs, @Ctx() ctx: RequestContext) {
    return listYearly(ctx, FiscalResourcesEntity, regionCode, year);
  }

  @Mutation(() => DebtLimit, {
    description: 'Record the approved debt limit of a region for a year. DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  setDebtLimit(@Args() { regionCode, year, amount, version }: SetYearlyArgs, @Ctx() ctx: RequestContext) {
    return setDebtLimit(ctx, regionCode, year, amount, version);
  }

  @Mutation(() => FiscalResources, {
    description: 'Record a region’s comprehensive financial resources for a year. DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  setFiscalResources(@Args() { regionCode, year, amount, version }: SetYearlyArgs, @Ctx() ctx: RequestContext) {
    return setFiscalResources(ctx, regionCode, year, amount, version);
  }
}
