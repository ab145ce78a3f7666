import {
  DateScalar,
  DecimalScalar,
  type DebtIncidentGrade,
  type DebtIncidentKind,
  TextLength,
} from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DebtIncidentGradeEnum, DebtIncidentKindEnum } from './incident.type.js';

@InputType({ description: 'A debt risk incident: a default and the emergency response it started.' })
export class RecordDebtIncidentInput {
  @Field({ description: 'Division code of the region in default.' }) regionCode: string;
  @Field(() => ID, { nullable: true, description: 'The instrument not paid, when the default is on one.' })
  @IsOptional()
  instrumentId?: string;
  @Field(() => DebtIncidentKindEnum) kind: DebtIncidentKind;
  @Field(() => DebtIncidentGradeEnum, {
    nullable: true,
    description: 'The grade determined (国办函〔2016〕88号 3.4); IV, a county’s own default, when omitted.',
  })
  @IsOptional()
  grade?: DebtIncidentGrade;
  @Field(() => DateScalar, { description: 'The due date missed, not in the future.' }) occurredOn: string;
  @Field(() => DecimalScalar, { description: 'Amount not paid when due, CNY.' }) amount: string;
  @Field({ description: 'The response started: who leads it and the measures taken (88号 4.2).' })
  @TextLength(2, 2000)
  response: string;
}

@InputType({ description: 'Close an incident once the arrears are paid and the response ends.' })
export class ResolveDebtIncidentInput {
  @Field(() => Int, { description: 'The version you read; stale is CONFLICT.' }) version: number;
  @Field(() => DateScalar, { description: 'Date resolved, not before the incident nor in the future.' })
  resolvedOn: string;
  @Field({ description: 'How it was resolved.' }) @TextLength(2, 2000) resolution: string;
}
