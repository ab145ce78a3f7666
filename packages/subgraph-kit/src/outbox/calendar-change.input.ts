import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../scalars.js';
import type { CalendarChange } from './calendar-change.js';

@InputType({
  description:
    'A change of the county working calendar, as credit (its owner) tells the subgraphs that count deadlines on it.',
})
export class CalendarChangeInput implements CalendarChange {
  @Field(() => DateScalar, { description: 'The first day whose kind may have changed.' }) from: string;
  @Field(() => DateScalar, { description: 'The last day whose kind may have changed (the same day for one day).' })
  to: string;
  @Field({
    description: 'What changed, as the audit entries of the moved deadlines name it, e.g. "calendar.load 2027".',
  })
  @Length(1, 100)
  cause: string;
}
