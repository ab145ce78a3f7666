import { DateScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { WARNING_KINDS, WARNING_STATUSES, type WarningKind, type WarningStatus } from './warning-kinds.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const WarningKindEnum = enumOf<WarningKind>(WARNING_KINDS);
registerEnumType(WarningKindEnum, {
  name: 'WarningKind',
  description: 'What an early warning is about.',
  valuesConfig: {
    OBJECTION_OVERDUE: {
      description: 'An objection to a credit record open past its acceptance or decision deadline.',
    },
    REPAIR_OVERDUE: {
      description:
        'A credit-repair application pending past its decision deadline; on the department that must decide it (谁认定谁修复).',
    },
    PAYMENT_OVERDUE: { description: 'Supplier payments the department owes past their due date (figure: the amount).' },
    COMMITMENT_OVERDUE: { description: 'Commitments past their due date and not fulfilled (figure: how many).' },
    COMMITMENT_BREACHED: { description: 'Commitments recorded as breached (figure: how many).' },
    COVERAGE_BELOW_TARGET: { description: 'Civil-servant credit-file coverage below 100% (figure: the ratio).' },
    PPP_CAP_NEAR: {
      description: 'PPP obligations above 7% (超过7%) of the year’s general budget expenditure, to the fen.',
    },
    PPP_CAP_EXCEEDED: { description: 'PPP obligations above the 10% cap.' },
    DEBT_ORANGE: { description: 'A region’s debt risk is ORANGE this year.' },
    DEBT_RED: { description: 'A region’s debt risk is RED this year.' },
    RED_WITHOUT_PLAN: { description: 'RED and no emergency-response plan recorded.' },
    EMERGENCY_PLAN_MISSING: {
      description:
        'A county-level government below RED with no debt-risk emergency plan adopted (国办函〔2016〕88号: every county keeps one; figure: its band).',
    },
    DEFAULT_WITHOUT_INCIDENT: {
      description:
        'A region’s debts past due and unpaid (principal or interest) with no open debt risk incident graded and responded to (国办函〔2016〕88号; debt’s defaultsWithoutIncident; figure: how many).',
    },
    CASE_OVERDUE: { description: 'Cases of the department open past their deadline (casework; figure: how many).' },
    JUDGMENT_UNFULFILLED: {
      description: 'Judgments against the department unfulfilled after their due date (casework; figure: how many).',
    },
    COURT_APPEARANCE_LOW: {
      description: 'This year’s head court-appearance rate below 100% (casework; 法释〔2020〕3号).',
    },
    RECTIFICATION_OVERDUE: { description: 'A rectification order not accepted by its deadline.' },
    TASK_REPORT_OVERDUE: {
      description: 'Last quarter’s task reports not filed within the allowed working days (figure: how many tasks).',
    },
    CALENDAR_MISSING: {
      description:
        'This year’s working-day calendar is not loaded, or it is December and next year’s is not: deadlines are counted over weekends only.',
    },
    DELIVERY_STUCK: {
      description:
        'A domain’s facts for the others (breaches and overdue facts for the credit ledger, calendar changes) wait undelivered longer than DELIVERY_STUCK_MINUTES (10): the credit figures may be incomplete. County-wide (no department); source: the sending subgraph; figure: minutes the oldest has waited.',
    },
  },
});

export const WarningStatusEnum = enumOf<WarningStatus>(WARNING_STATUSES);
registerEnumType(WarningStatusEnum, {
  name: 'WarningStatus',
  description: 'OPEN → ACKNOWLEDGED (with a note) → RESOLVED (by itself, dated, when the cause is gone).',
});

// the contract's names (Warning, WarningPage); the classes keep the longer names that say what they are in code
@ObjectType('Warning', { description: 'An early warning (监测预警) across the domains.' })
export class IntegrityWarning {
  @Field(() => ID) id: string;
  @Field(() => WarningKindEnum) kind: WarningKind;
  @Field(() => WarningStatusEnum) status: WarningStatus;
  @Field(() => DateScalar, { description: 'When the cause began (a deadline passed), else when it was first seen.' })
  since: string;
  @Field(() => Department, {
    nullable: true,
    description: 'Whose it is; null for a county-wide condition (a calendar missing, a delivery stuck).',
  })
  department: Department | null;
  @Field({ description: 'The figure that triggered it (a count, a ratio 0–1, an amount in CNY, a date, a level).' })
  figure: string;
  @Field({ description: 'The threshold it crossed, in the same unit.' }) threshold: string;
  @Field({ description: 'The subgraph that owns the figure.' }) source: string;
  @Field({ description: 'The console route where the cause is listed.' }) link: string;
  @Field({ description: 'What within the kind it is about (an objection id, region/year, department).' })
  sourceKey: string;
  @Field(() => String, { nullable: true, description: 'The note given on acknowledging.' }) ackNote: string | null;
  @Field(() => String, { nullable: true }) ackBy: string | null;
  @Field(() => DateScalar, { nullable: true }) ackOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the cause was found gone.' }) resolvedOn: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('WarningPage', { description: 'A page of warnings.' })
export class IntegrityWarningPage extends Page(IntegrityWarning) {}

@ObjectType({ description: 'How many warnings of a kind (for the dashboard).' })
export class WarningCount {
  @Field(() => WarningKindEnum) kind: WarningKind;
  @Field(() => Int) count: number;
}
