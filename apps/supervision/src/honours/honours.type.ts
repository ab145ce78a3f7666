import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HONOURS_BARS, type HonoursBarKind } from './honours-rules.js';

export const HonoursBarKindEnum = Object.fromEntries(HONOURS_BARS.map((k) => [k, k])) as {
  [K in HonoursBarKind]: K;
};
registerEnumType(HonoursBarKindEnum, {
  name: 'HonoursBarKind',
  description: 'What bars a department from honours.',
  valuesConfig: {
    DISHONESTY_RECORDS: { description: 'Active dishonesty records (credit).' },
    OVERDUE_PAYMENTS: { description: 'Supplier payments overdue (procurement).' },
    PROCUREMENT_BREACHES: {
      description:
        'Procurement breach records credit has not yet recorded (procurement); recorded ones count as dishonesty records.',
    },
    BREACHED_COMMITMENTS: { description: 'Investment commitments breached (investment).' },
    GRADE_D: { description: 'Graded D in the latest published evaluation (supervision).' },
  },
});

@ObjectType({ description: 'One reason a department may not be put forward for honours.' })
export class HonoursBar {
  @Field(() => HonoursBarKindEnum) kind: HonoursBarKind;
  @Field(() => Int, {
    nullable: true,
    description: 'The figure counted (records, payments, breaches, commitments); null for GRADE_D.',
  })
  count: number | null;
  @Field(() => Int, { nullable: true, description: 'GRADE_D: the year of the published evaluation.' })
  year: number | null;
  @Field(() => String, { nullable: true, description: 'GRADE_D: the published final grade.' })
  grade: string | null;
  @Field({ description: 'The plan clause the bar rests on.' }) basis: string;
}

@ObjectType({
  description: 'Whether a department may be put forward for honours (评优评先资格, plan 二.（五）), with every bar.',
})
export class HonoursEligibility {
  @Field({ description: 'True when nothing bars it.' }) eligible: boolean;
  @Field(() => [HonoursBar]) bars: HonoursBar[];
}
