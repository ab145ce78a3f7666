import { DateScalar, DecimalScalar } from '@integrity/subgraph-kit';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RISK_LEVELS, type RiskLevel } from './risk.js';

export const RiskLevelEnum = Object.fromEntries(RISK_LEVELS.map((l) => [l, l])) as { [K in RiskLevel]: K };
registerEnumType(RiskLevelEnum, {
  name: 'RiskLevel',
  description: 'Debt risk band on the debt ratio, lower bound inclusive.',
  valuesConfig: {
    GREEN: { description: 'Debt ratio below 120%.' },
    YELLOW: { description: '120% up to (not including) 200%.' },
    ORANGE: { description: '200% up to (not including) 300%.' },
    RED: { description: '300% or more: an emergency-response plan and an accountability trail are required.' },
  },
});

@ObjectType({
  description:
    'A region’s debt risk for one year. Ratios are Float for display (1.25 = 125%); the level is decided on exact amounts.',
})
export class DebtRisk {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => DecimalScalar, {
    description: 'Debt balance at 31 December (principal issued less principal repaid), CNY.',
  })
  debtBalance: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Comprehensive financial resources (综合财力) of the year; null when not recorded.',
  })
  fiscalResources: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Approved debt limit of the year; null when none is recorded.',
  })
  debtLimit: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Debt balance ÷ comprehensive financial resources; null without resources.',
  })
  debtRatio: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Principal and interest scheduled in the year ÷ comprehensive financial resources.',
  })
  debtServiceRatio: number | null;

  @Field(() => Float, { description: 'Overdue principal and interest ÷ debt balance (0 when there is no balance).' })
  overdueRatio: number;

  @Field(() => DecimalScalar, {
    description: 'Principal and interest past due and unpaid (as of the year end, or today for the current year), CNY.',
  })
  overdueAmount: string;

  @Field(() => RiskLevelEnum, { nullable: true, description: 'The band; null without resources.' })
  level: RiskLevel | null;

  @Field({ description: 'RED and no emergency-response plan recorded for the region and year: a gap to close.' })
  missingEmergencyPlan: boolean;
}

@ObjectType({ description: 'Stock-debt clearance (存量债务化解) of a region in a year.' })
export class DebtClearance {
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar, { description: 'Principal and interest scheduled in the year, CNY.' }) dueInYear: string;
  @Field(() => DecimalScalar, { description: 'Principal and interest repaid in the year, CNY.' }) repaidInYear: string;
  @Field(() => Float, { description: 'repaid ÷ due (1 when nothing was due).' }) progress: number;
}

@ObjectType({ description: 'An emergency-response plan (应急处置预案).' })
export class EmergencyPlan {
  @Field() id: string;
  @Field(() => Int) year: number;
  @Field() title: string;
  @Field() documentNumber: string;
  @Field(() => DateScalar) adoptedOn: string;
}

@ObjectType({ description: 'An accountability finding (问责) on a region’s debt management.' })
export class AccountabilityFinding {
  @Field() id: string;
  @Field(() => Int) year: number;
  @Field() finding: string;
  @Field({ description: 'Who is held responsible.' }) responsible: string;
  @Field({ description: 'Username of the supervisor who recorded it.' }) recordedBy: string;
  @Field(() => DateScalar) recordedOn: string;
}
