import {
  DateScalar,
  DecimalScalar,
  PageArgs,
  type RequestContext,
  Allow,
  allow,
  TextLength,
} from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { PppPhase } from './ppp.entity.js';
import {
  addObligation,
  advancePhase,
  createPpp,
  getCapacity,
  listDueObligations,
  listPpp,
  obligationsOf,
  obligationView,
  payObligation,
  setFiscalCapacity,
} from './ppp.service.js';
import {
  PppFiscalCapacity,
  PppMechanismEnum,
  PppObligation,
  PppPhaseEnum,
  PppProject,
  PppProjectPage,
} from './ppp.type.js';
import type { PppMechanism } from '@integrity/rules';

@InputType({ description: 'A new PPP project.' })
export class CreatePppProjectInput {
  @Field() @TextLength(2, 200) name: string;
  @Field(() => ID, { description: 'The implementing department.' }) departmentId: string;
  @Field({ description: 'Division code of the paying region.' }) regionCode: string;
  @Field(() => PppPhaseEnum, { nullable: true, description: 'Default PREPARATION.' }) @IsOptional() phase?: PppPhase;
  @Field(() => PppMechanismEnum, {
    nullable: true,
    description:
      'Default NEW_2023; PRE_2023 records a project begun under the earlier rules (it may carry obligations): it needs procurementCompletedOn before 2023-02-01 (PPP_PRE_2023_NOT_ESTABLISHED).',
  })
  @IsOptional()
  mechanism?: PppMechanism;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the procurement of the social capital partner was completed, not in the future. Required for PRE_2023, and before 2023-02-01: projects not through it before the February 2023 clean-up check follow the 2023 mechanism (国办函〔2023〕115号).',
  })
  @IsOptional()
  procurementCompletedOn?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Total investment, CNY.' })
  @IsOptional()
  totalInvestment?: string;
}

@ArgsType()
class PppArgs extends PageArgs {
  @Field({ nullable: true }) regionCode?: string;
}

@Resolver(() => PppProject)
export class PppResolver {
  @Query(() => PppProjectPage, { description: 'PPP projects. PROCUREMENT readers.' })
  @Allow(allow.read('PROCUREMENT'))
  pppProjects(@Args() args: PppArgs, @Ctx() ctx: RequestContext) {
    return listPpp(ctx, args);
  }

  @Query(() => [PppObligation], {
    description:
      'PPP obligations not paid in full: this year’s (DUE) and past years’ (OVERDUE); overdueOnly for the latter.',
  })
  @Allow(allow.read('PROCUREMENT'))
  pppObligationsDue(
    @Arg('overdueOnly', { defaultValue: false }) overdueOnly: boolean,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only those this region’s budget pays.' })
    regionCode: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listDueObligations(ctx, overdueOnly, regionCode ?? null);
  }

  @Query(() => PppFiscalCapacity, {
    nullable: true,
    description: 'A region’s PPP fiscal capacity for a year, with what is committed.',
  })
  @Allow(allow.read('PROCUREMENT'))
  pppFiscalCapacity(
    @Arg('regionCode') regionCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return getCapacity(ctx, regionCode, year);
  }

  @Mutation(() => PppFiscalCapacity, {
    description: 'Record general public budget expenditure of a region’s year (county-wide PROCUREMENT officers).',
  })
  @Allow(allow.countyWide('PROCUREMENT'))
  setPppFiscalCapacity(
    @Arg('regionCode') regionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('generalBudgetExpenditure', () => DecimalScalar) amount: string,
    @Ctx() ctx: RequestContext,
  ) {
    return setFiscalCapacity(ctx, regionCode, year, amount);
  }

  @Mutation(() => PppProject, { description: 'Register a PPP project.' })
  @Allow(allow.write('PROCUREMENT'))
  createPppProject(@Arg('input') input: CreatePppProjectInput, @Ctx() ctx: RequestContext) {
    return createPpp(ctx, input);
  }

  @Mutation(() => PppProject, { description: 'Move a PPP project to its next phase.' })
  @Allow(allow.write('PROCUREMENT'))
  advancePppPhase(
    @Arg('id', () => ID) id: string,
    @Arg('phase', () => PppPhaseEnum) phase: PppPhase,
    @Ctx() ctx: RequestContext,
  ) {
    return advancePhase(ctx, id, phase);
  }

  @Mutation(() => PppObligation, {
    description:
      'Add a yearly payment obligation to a project begun under the earlier rules; beyond 10% of that year’s general budget expenditure: FISCAL_CAP_EXCEEDED with the figures. A NEW_2023 project takes none (PPP_NEW_MECHANISM_NO_OBLIGATION); a PRE_2023 project without its recorded procurement completion date takes none until recordPppProcurementCompletion (PPP_PRE_2023_NOT_ESTABLISHED on projectId).',
  })
  @Allow(allow.write('PROCUREMENT'))
  addPppObligation(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('year', () => Int) year: number,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Ctx() ctx: RequestContext,
  ) {
    return addObligation(ctx, projectId, year, amount);
  }

  @Mutation(() => PppObligation, {
    description:
      'Record a payment against an obligation, kept with its date; paid in full after it was recorded as dishonesty, the record’s cause is reported cured.',
  })
  @Allow(allow.write('PROCUREMENT'))
  payPppObligation(
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Arg('paidOn', () => DateScalar, { nullable: true, description: 'The day it was paid; default today, not later.' })
    paidOn: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return payObligation(ctx, id, amount, paidOn ?? undefined);
  }

  @FieldResolver(() => [PppObligation], { description: 'Its yearly obligations.' })
  async obligations(@Root() p: PppProject, @Ctx() ctx: RequestContext) {
    return (await obligationsOf(ctx, p.id)).map((o) => obligationView(o));
  }
}
