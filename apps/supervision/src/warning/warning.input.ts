import { PageArgs } from '@integrity/subgraph-kit';
import { ArgsType, Field, ID } from 'type-graphql';
import { WarningKindEnum, WarningStatusEnum } from './warning.type.js';
import type { WarningKind, WarningStatus } from './warning-kinds.js';

@ArgsType()
export class IntegrityWarningsArgs extends PageArgs {
  @Field(() => WarningKindEnum, { nullable: true }) kind?: WarningKind;
  @Field(() => ID, { nullable: true, description: 'Only this department’s (forced to your own unless you see all).' })
  departmentId?: string;
  @Field(() => WarningStatusEnum, { nullable: true, description: 'Default: every status.' }) status?: WarningStatus;
}
