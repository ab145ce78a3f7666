import { DateScalar, FAIR_COMPETITION_CONCLUSIONS, type FairCompetitionConclusion } from '@integrity/subgraph-kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const FairCompetitionConclusionEnum = Object.fromEntries(FAIR_COMPETITION_CONCLUSIONS.map((c) => [c, c])) as {
  [K in FairCompetitionConclusion]: K;
};
registerEnumType(FairCompetitionConclusionEnum, {
  name: 'FairCompetitionConclusion',
  description: 'The written conclusion of a fair-competition review (《公平竞争审查条例》, 国务院令第783号).',
  valuesConfig: {
    PASSED: { description: 'No effect of excluding or restricting competition: the measure may be issued.' },
    PASSED_BY_EXCEPTION: {
      description: 'It may restrict competition, but an exception of 第十二条 applies (explained in the conclusion).',
    },
    FAILED: { description: 'It breaches the review standards: the measure may not be issued; refused.' },
  },
});

@ObjectType({
  description:
    'The fair-competition review (公平竞争审查) a commitment passed before it was made, as its written conclusion records it.',
})
export class FairCompetitionReview {
  @Field({ description: 'Document number of the review record (审查文号 / 记录编号).' })
  documentNumber: string;

  @Field({ description: 'The body that reviewed it (the drafting department, or the market regulator with it).' })
  reviewBody: string;

  @Field(() => DateScalar, { description: 'Date of the written conclusion.' })
  reviewedOn: string;

  @Field(() => FairCompetitionConclusionEnum, { description: 'The conclusion: PASSED or PASSED_BY_EXCEPTION.' })
  conclusion: FairCompetitionConclusion;
}

@ObjectType({ description: 'The investor’s written consent to a waiver (投资方书面同意).' })
export class InvestorConsent {
  @Field({ description: 'Number of the investor’s letter of consent.' })
  documentNumber: string;

  @Field(() => DateScalar, { description: 'Date of the investor’s letter.' })
  date: string;
}
