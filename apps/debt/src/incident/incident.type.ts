import {
  DEBT_INCIDENT_GRADES,
  DEBT_INCIDENT_KINDS,
  DateScalar,
  DecimalScalar,
  type DebtIncidentGrade,
  type DebtIncidentKind,
} from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const DebtIncidentGradeEnum = Object.fromEntries(DEBT_INCIDENT_GRADES.map((k) => [k, k])) as {
  [K in DebtIncidentGrade]: K;
};
registerEnumType(DebtIncidentGradeEnum, {
  name: 'DebtIncidentGrade',
  description: 'Grade of a debt risk incident (国办函〔2016〕88号 3.4) and whose emergency response it starts (4.2).',
  valuesConfig: {
    I: { description: 'Ⅰ级（特大）: the provincial government responds.' },
    II: { description: 'Ⅱ级（重大）: the provincial government responds.' },
    III: { description: 'Ⅲ级（较大）: the prefecture-level government responds.' },
    IV: { description: 'Ⅳ级（一般）: the county government responds; a county’s own default.' },
  },
});

export const DebtIncidentKindEnum = Object.fromEntries(DEBT_INCIDENT_KINDS.map((k) => [k, k])) as {
  [K in DebtIncidentKind]: K;
};
registerEnumType(DebtIncidentKindEnum, {
  name: 'DebtIncidentKind',
  description: 'What was not paid when due.',
  valuesConfig: {
    PRINCIPAL: { description: 'Principal missed.' },
    INTEREST: { description: 'Interest missed.' },
    PRINCIPAL_AND_INTEREST: { description: 'Principal and interest missed.' },
    CONTINGENT: { description: 'A contingent debt the government must now bear (或有债务代偿).' },
  },
});

@ObjectType({ description: 'A debt risk incident (债务风险事件): a default, its grade and the response.' })
export class DebtIncident {
  @Field(() => ID) id: string;
  @Field({ description: 'Division code.' }) regionCode: string;
  @Field(() => ID, { nullable: true, description: 'The instrument not paid, if any.' }) instrumentId: string | null;
  @Field(() => DebtIncidentKindEnum) kind: DebtIncidentKind;
  @Field(() => DebtIncidentGradeEnum) grade: DebtIncidentGrade;
  @Field(() => DateScalar, { description: 'The due date missed.' }) occurredOn: string;
  @Field(() => DecimalScalar, { description: 'Amount not paid when due, CNY.' }) amount: string;
  @Field({ description: 'The response started.' }) response: string;
  @Field(() => DateScalar, { nullable: true, description: 'When resolved; null while the response runs.' })
  resolvedOn: string | null;
  @Field(() => String, { nullable: true, description: 'How it was resolved.' }) resolution: string | null;
  @Field({ description: 'Username of the officer who recorded it.' }) recordedBy: string;
  @Field(() => Int, { description: 'Row version for optimistic locking.' }) version: number;
}
