import { DateScalar, type SanctionKind } from '@integrity/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  CategoryEnum,
  EligibilityBarKindEnum,
  SanctionKindEnum,
  SeverityEnum,
  type EligibilityBarKind,
} from './enums.js';
import type { Category, Severity } from './publicity.js';

@ObjectType({ description: 'One thing standing in the way of honours, with the record it comes from.' })
export class EligibilityBar {
  @Field(() => EligibilityBarKindEnum) kind: EligibilityBarKind;
  @Field(() => ID, { description: 'The credit record it comes from.' }) recordId: string;
  @Field(() => CategoryEnum) category: Category;
  @Field(() => SeverityEnum) severity: Severity;
  @Field(() => SanctionKindEnum, { nullable: true, description: 'The sanction’s kind, for SANCTION_PERIOD.' })
  sanctionKind: SanctionKind | null;
  @Field({ description: 'Decision document number (文号).' }) documentNumber: string;
  @Field({ description: 'Issuing authority.' }) authority: string;
  @Field(() => DateScalar) decisionDate: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day it holds (the publicity end, or the sanction period’s end); null: no end (开除).',
  })
  until: string | null;
}

@ObjectType({ description: 'Eligibility for honours (评优评先), with what stands in the way when not eligible.' })
export class Eligibility {
  @Field({ description: 'True when nothing stands in the way.' })
  eligible: boolean;

  @Field(() => [EligibilityBar], {
    description: 'What stands in the way: each active dishonesty record and each sanction still in its period.',
  })
  bars: EligibilityBar[];

  @Field(() => [String], { description: 'The bars as English sentences, one each (for integrators’ logs).' })
  reasons: string[];
}
