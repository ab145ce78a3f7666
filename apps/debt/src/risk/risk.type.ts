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
    RED: {
      description: '300% or more: the emergency plan is put into effect and an accountability trail is required.',
    },
  },
});

@ObjectType({
  description:
    'A region’s debt risk for one year. Ratios are Float for display (1.25 = 125%); the level is decided on exact amounts.',
})
export class DebtRisk {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field({
    description:
      'Whether the region is rated: county-level governments are (the Ministry of Finance rates them); towns do not borrow (预算法 art. 35) and show arrears instead, with no ratio or level.',
  })
  rated: boolean;

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
  debtLimit?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Debt balance ÷ comprehensive financial resources; null without resources.',
  })
  debtRatio: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Principal and interest scheduled in the year ÷ comprehensive financial resources.',
  })
  debtServiceRatio?: number | null;

  @Field(() => Float, { description: 'Overdue principal and interest ÷ debt balance (0 when there is no balance).' })
  overdueRatio?: number;

  @Field(() => DecimalScalar, {
    description: 'Principal and interest past due and unpaid (as of the year end, or today for the current year), CNY.',
  })
  overdueAmount?: string;

  @Field(() => RiskLevelEnum, { nullable: true, description: 'The band; null without resources, and for towns.' })
  level: RiskLevel | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Arrears (拖欠款项) left of the year’s ARREARS plan, CNY; null without one. What a town shows.',
  })
  arrears?: string | null;

  @Field(() => Int, {
    description:
      'Instruments past due and unpaid with no open debt risk incident recorded on them, both as of the year’s 31 December (today while it runs): defaults still to grade and respond to.',
  })
  defaultsWithoutIncident?: number;

  @Field({
    description:
      'A county-level government with no debt-risk emergency plan adopted by the year’s end (国办函〔2016〕88号: every county keeps one, whatever its band): a gap to close. Always false for towns.',
  })
  missingEmergencyPlan?: boolean;

  /** The region (not exposed): what the fields resolved on demand load by. */
  regionCode: string;
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
