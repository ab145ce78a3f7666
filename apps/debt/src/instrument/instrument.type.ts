import { BOND_PURPOSES, DateScalar, DecimalScalar, Page, type BondPurpose } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Region } from '../region/region.type.js';
import { DEBT_KINDS, type DebtKind } from './instrument.entity.js';

export const DebtKindEnum = Object.fromEntries(DEBT_KINDS.map((k) => [k, k])) as { [K in DebtKind]: K };
registerEnumType(DebtKindEnum, {
  name: 'DebtKind',
  description: 'Kind of debt instrument.',
  valuesConfig: {
    GENERAL_BOND: {
      description:
        'General bond (一般债券) issued by the province and on-lent to the county: interest yearly, principal at maturity.',
    },
    SPECIAL_BOND: {
      description:
        'Special bond (专项债券) issued by the province and on-lent to the county: interest yearly, principal at maturity.',
    },
    LOAN: {
      description:
        'Loan, recorded only as stock from before 2015-01-01 (DIRECT_BORROWING_NOT_ALLOWED after): equal principal yearly with interest on the outstanding balance.',
    },
    OTHER: {
      description: 'Other debt, recorded only as stock from before 2015-01-01: scheduled like a bond unless adjusted.',
    },
  },
});

export const BondPurposeEnum = Object.fromEntries(BOND_PURPOSES.map((k) => [k, k])) as { [K in BondPurpose]: K };
registerEnumType(BondPurposeEnum, {
  name: 'BondPurpose',
  description: 'What an on-lent bond is for.',
  valuesConfig: {
    NEW: { description: 'New borrowing within the approved limit (新增债券).' },
    REFINANCING: { description: 'Refinancing bond (再融资债券) that repays maturing bond principal.' },
  },
});

@ObjectType({ description: 'One scheduled payment of principal and interest.' })
export class ScheduledPayment {
  @Field(() => DateScalar) dueDate: string;
  @Field(() => DecimalScalar, { description: 'Principal due, CNY.' }) principal: string;
  @Field(() => DecimalScalar, { description: 'Interest due, CNY.' }) interest: string;
}

@ObjectType({ description: 'A repayment made.' })
export class Repayment {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) paidOn: string;
  @Field(() => DecimalScalar, { description: 'Principal repaid, CNY.' }) principal: string;
  @Field(() => DecimalScalar, { description: 'Interest paid, CNY.' }) interest: string;
  @Field({ description: 'Username of the officer who recorded it.' }) recordedBy: string;
}

@ObjectType({ description: 'A debt instrument of a region: bond, loan or other, with its schedule and repayments.' })
export class DebtInstrument {
  @Field(() => ID, { description: 'Stable id.' }) id: string;
  @Field(() => DebtKindEnum) kind: DebtKind;
  @Field({ description: 'Division code of the borrowing region.' }) regionCode: string;
  @Field(() => Region, { description: 'The borrowing region.' }) region: Region;
  @Field(() => DecimalScalar, { description: 'Principal, CNY.' }) principal: string;
  @Field(() => DecimalScalar, { description: 'Annual rate in percent, e.g. "3.25" = 3.25%.' }) rate: string;
  @Field(() => DateScalar) issuedOn: string;
  @Field(() => DateScalar) maturesOn: string;
  @Field({ description: 'The project it funds.' }) project: string;
  @Field(() => BondPurposeEnum, { nullable: true, description: 'A bond’s purpose; null for loans and other stock.' })
  bondPurpose: BondPurpose | null;
  @Field(() => String, {
    nullable: true,
    description: 'The province’s on-lending agreement (转贷协议) the bond came under, where recorded.',
  })
  onLendingDocument: string | null;
  @Field(() => DecimalScalar, { description: 'Principal not yet repaid, CNY.' }) outstandingPrincipal: string;
  @Field(() => DecimalScalar, { description: 'Principal and interest past due and unpaid today, CNY.' })
  overdueAmount: string;
  @Field(() => [ScheduledPayment], { description: 'The repayment schedule, by due date.' })
  schedule: ScheduledPayment[];
  @Field(() => [Repayment], { description: 'Repayments made, by date.' }) repayments: Repayment[];
  @Field(() => Int, { description: 'Row version for optimistic locking.' }) version: number;
}

@ObjectType({ description: 'A page of debt instruments.' })
export class DebtInstrumentPage extends Page(DebtInstrument) {}
