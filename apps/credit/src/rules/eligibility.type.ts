import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Eligibility for honours (评优评先), with the reasons when not eligible.' })
export class Eligibility {
  @Field({ description: 'True when nothing stands in the way.' })
  eligible: boolean;

  @Field(() => [String], { description: 'Why not: one line per active dishonesty record.' })
  reasons: string[];
}
