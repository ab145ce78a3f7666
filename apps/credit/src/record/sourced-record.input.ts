import { DateScalar, DecimalScalar, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SOURCED_RECORD_KINDS, type SourcedRecordKind } from '../rules/sourced-records.js';

export const SourcedRecordKindEnum = Object.fromEntries(SOURCED_RECORD_KINDS.map((k) => [k, k])) as {
  [K in SourcedRecordKind]: K;
};
registerEnumType(SourcedRecordKindEnum, {
  name: 'SourcedRecordKind',
  description: 'What another domain reports about a department; credit’s rule table makes the record.',
  valuesConfig: {
    RECTIFICATION_OVERDUE: { description: 'A rectification order not accepted by its deadline (supervision, 三.8).' },
    PROCUREMENT_BREACH: { description: 'A purchaser’s breach recorded in procurement (三.3).' },
    OVERDUE_SUPPLIER_PAYMENT: {
      description: 'A supplier payment still unpaid the configured days after its due date (procurement, 三.2).',
    },
    COMMITMENT_BREACHED: { description: 'An investment-promotion commitment marked BREACHED (investment, 三.6).' },
    PPP_OBLIGATION_UNPAID: {
      description:
        'A government payment obligation of a PPP contract not paid in full within its year (procurement, 三.4).',
    },
    JUDGMENT_DEBTOR_LISTED: {
      description: 'A county body listed by a court as a dishonest judgment debtor (失信被执行人; casework, 一.3).',
    },
  },
});

@InputType({
  description:
    'A fact another subgraph reports through its outbox. The sender is the calling service; (sender, sourceId) is unique, so a retry returns the record already made.',
})
export class RecordFromSourceInput {
  @Field(() => SourcedRecordKindEnum) kind: SourcedRecordKind;
  @Field({ description: 'The fact’s id in the sending subgraph (e.g. the rectification order id).' })
  @TextLength(1, 64)
  sourceId: string;
  @Field(() => ID, { description: 'The department the record counts against.' }) departmentId: string;
  @Field({ description: 'Decision document number (文号) or the sender’s reference.' })
  @TextLength(2, 100)
  documentNumber: string;
  @Field({ description: 'The authority that decided (e.g. the supervising office).' })
  @TextLength(2, 200)
  authority: string;
  @Field(() => DateScalar, { description: 'When the fact became a breach (e.g. the day after the deadline).' })
  decisionDate: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The sum involved in yuan, where the kind’s severity depends on it (SERIOUS from the rule’s amount).',
  })
  @IsOptional()
  amount?: string;
  @Field({ nullable: true, description: 'What happened, for the record’s reason.' })
  @IsOptional()
  @TextLength(0, 1000)
  summary?: string;
}

@InputType({
  description:
    'The fact a record was made from is cured (the arrears paid, the judgment fulfilled), as the sending subgraph’s outbox reports it. Idempotent.',
})
export class SourceCuredInput {
  @Field({ description: 'The source id the record was made with.' }) @TextLength(1, 64) sourceId: string;
  @Field(() => DateScalar, { description: 'The day it was cured; not in the future.' }) curedOn: string;
  @Field({ nullable: true, description: 'How it was cured, for the audit trail.' })
  @IsOptional()
  @TextLength(0, 1000)
  summary?: string;
}

@InputType({
  description:
    'The fact a record was made from no longer stands as reported (the sender corrected it: an overdue payment whose due date a failed acceptance recorded late moved), as the sending subgraph’s outbox reports it. The record is revoked with the reason. Idempotent.',
})
export class SourceWithdrawnInput {
  @Field({ description: 'The source id the record was made with.' }) @TextLength(1, 64) sourceId: string;
  @Field({ description: 'Why the fact no longer stands, in words for the record’s closing reason (2–500 characters).' })
  @TextLength(2, 500)
  reason: string;
}
