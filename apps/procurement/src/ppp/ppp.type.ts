import { DateScalar, DecimalScalar, Page } from '@integrity/subgraph-kit';
import { PPP_MECHANISMS, type PppMechanism } from '@integrity/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { PPP_PHASES, type PppPhase } from './ppp.entity.js';

export const PppPhaseEnum = Object.fromEntries(PPP_PHASES.map((p) => [p, p])) as { [K in PppPhase]: K };
registerEnumType(PppPhaseEnum, { name: 'PppPhase', description: 'Phase of a PPP project, in order.' });

export const PppMechanismEnum = Object.fromEntries(PPP_MECHANISMS.map((p) => [p, p])) as { [K in PppMechanism]: K };
registerEnumType(PppMechanismEnum, {
  name: 'PppMechanism',
  description: 'Under which rules a PPP project began.',
  valuesConfig: {
    PRE_2023: { description: 'Before the 2023 mechanism: it may carry government payment obligations.' },
    NEW_2023: {
      description:
        'The 2023 mechanism (国办函〔2023〕115号): no government payment obligation is taken on (addPppObligation refuses).',
    },
  },
});

export const ObligationStatusEnum = { SCHEDULED: 'SCHEDULED', DUE: 'DUE', OVERDUE: 'OVERDUE', PAID: 'PAID' } as const;
registerEnumType(ObligationStatusEnum, {
  name: 'PppObligationStatus',
  description: 'A yearly PPP payment obligation as of today.',
  valuesConfig: {
    SCHEDULED: { description: 'A future year.' },
    DUE: { description: 'This year, not yet paid in full.' },
    OVERDUE: { description: 'A past year, not paid in full.' },
    PAID: { description: 'Paid in full.' },
  },
});

@ObjectType({ description: 'A PPP project (政府和社会资本合作).' })
export class PppProject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Department, { description: 'The implementing department.' }) department: Department;
  @Field({ description: 'Division code of the region whose budget pays.' }) regionCode: string;
  @Field(() => PppPhaseEnum) phase: PppPhase;
  @Field(() => PppMechanismEnum, { description: 'Under which rules it began.' }) mechanism: PppMechanism;
  @Field(() => DecimalScalar, { description: 'Total investment, CNY.' }) totalInvestment: string;
  @Field(() => String, {
    nullable: true,
    description: 'The social capital partner’s unified social credit code, once selected (selectPppPartner).',
  })
  partnerUscc: string | null;
  @Field(() => String, { nullable: true, description: 'The partner’s name as registered when selected.' })
  partnerName: string | null;
  @Field(() => String, { nullable: true, description: 'The day the partner was selected (YYYY-MM-DD).' })
  partnerSelectedOn: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the procurement of the social capital partner was completed (招标采购程序完成): a PRE_2023 project completed it before 2023-02-01 (国办函〔2023〕115号). null: not recorded.',
  })
  procurementCompletedOn: string | null;
  @Field(() => Int) version: number;
  departmentId: string;
}

@ObjectType({ description: 'A page of PPP projects.' })
export class PppProjectPage extends Page(PppProject) {}

@ObjectType({ description: 'The government’s payment obligation to a PPP project in one year.' })
export class PppObligation {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar, { description: 'Amount, CNY.' }) amount: string;
  @Field(() => DecimalScalar, { description: 'Paid so far, CNY.' }) paidAmount: string;
  @Field(() => ObligationStatusEnum) status: keyof typeof ObligationStatusEnum;
}

@ObjectType({ description: 'One payment of a PPP obligation, with its own date.' })
export class PppPayment {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day it was paid.' }) paidOn: string;
  @Field(() => DecimalScalar, { description: 'Amount paid, CNY.' }) amount: string;
  @Field({ description: 'Who recorded it.' }) recordedBy: string;
}

@ObjectType({
  description:
    'A region’s PPP fiscal affordability for a year: obligations may not exceed 10% of general public budget expenditure.',
})
export class PppFiscalCapacity {
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => DecimalScalar, { description: 'General public budget expenditure, CNY.' })
  generalBudgetExpenditure: string;
  @Field(() => DecimalScalar, { description: 'The cap: 10% of it (财金〔2019〕10号).' }) cap: string;
  @Field(() => DecimalScalar, { description: 'The warning line: 7% of it.' }) warningLine: string;
  @Field({
    description: 'Whether the year’s obligations are above the warning line (超过7%; exactly 7% is not), to the fen.',
  })
  atWarningLine: boolean;
  @Field(() => DecimalScalar, { description: 'PPP obligations of the year so far.' }) committed: string;
  @Field(() => DecimalScalar, { description: 'What is left under the cap.' }) remaining: string;
  @Field(() => Int) version: number;
}
