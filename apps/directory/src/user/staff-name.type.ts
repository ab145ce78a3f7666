import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Who an account is, as audit trails name them (记录人, 提出人, 发布人): its display name and department, never its roles.',
})
export class StaffName {
  @Field({ description: 'Login name, as the other subgraphs record it (`recordedBy`, `filedBy`, `publishedBy`).' })
  username: string;

  @Field({ description: 'Name shown in the console (e.g. 县财政局经办人).' })
  displayName: string;

  /** Resolved by `department`. */
  departmentId: string | null;
}
