import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RISK_LEVELS, type RiskLevel } from '@integrity/rules';
import { DecimalScalar } from '@integrity/subgraph-kit';

/** directory's DepartmentKind, declared alike: a town government's score counts its town's debt risk. */
export const DEPARTMENT_KINDS = ['COUNTY_DEPARTMENT', 'TOWN_GOVERNMENT', 'OTHER'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
const DepartmentKindEnum = Object.fromEntries(DEPARTMENT_KINDS.map((k) => [k, k])) as { [K in DepartmentKind]: K };
registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind' });

/** debt's RiskLevel, declared alike (the shared rules' list). */
const RiskLevelEnum = Object.fromEntries(RISK_LEVELS.map((k) => [k, k])) as { [K in RiskLevel]: K };
registerEnumType(RiskLevelEnum, { name: 'RiskLevel' });

// Department as supervision sees it: the key, and the figures other subgraphs own, declared @external so
// the query planner fetches them (each batched in its own subgraph) and hands them over in the
// representation. Supervision reads no other subgraph's tables and calls nobody for a score.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => DepartmentKindEnum)
  kind?: DepartmentKind;

  @Directive('@external')
  @Field(() => RiskLevelEnum, { nullable: true })
  regionDebtRiskLevel?: RiskLevel | null;

  @Directive('@external')
  @Field(() => Boolean, { nullable: true })
  regionArrearsPlanMissed?: boolean | null;

  @Directive('@external')
  @Field(() => Float)
  creditFileCoverage?: number;

  @Directive('@external')
  @Field(() => Int)
  civilServantCount?: number;

  @Directive('@external')
  @Field(() => Int)
  activeDishonestyRecordCount?: number;

  @Directive('@external')
  @Field(() => Int)
  activeSeriousRecordCount?: number;

  @Directive('@external')
  @Field(() => Int)
  overdueObjectionCount?: number;

  @Directive('@external')
  @Field(() => Int)
  overduePaymentCount?: number;

  @Directive('@external')
  @Field(() => DecimalScalar)
  overduePaymentAmount?: string;

  @Directive('@external')
  @Field(() => Int)
  breachCount?: number;

  @Directive('@external')
  @Field(() => Int)
  breachAwaitingCreditCount?: number;

  @Directive('@external')
  @Field(() => Int)
  activeProcurementBreachRecordCount?: number;

  @Directive('@external')
  @Field(() => Int)
  overdueCommitmentCount?: number;

  @Directive('@external')
  @Field(() => Int)
  breachedCommitmentCount?: number;

  @Directive('@external')
  @Field(() => Float, { nullable: true })
  commitmentFulfilmentRate?: number | null;

  @Directive('@external')
  @Field(() => Int)
  overdueCaseCount?: number;

  @Directive('@external')
  @Field(() => Int)
  unfulfilledJudgmentCount?: number;

  @Directive('@external')
  @Field(() => Float, { nullable: true })
  courtAppearanceRate?: number | null;
}
