import { PageArgs, type EnterpriseSize, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { EnterpriseSizeEnum } from './enterprise-size.type.js';

@InputType({ description: 'A new enterprise. The code is checked (GB 32100-2015).' })
export class CreateEnterpriseInput {
  @Field({ description: 'Unified social credit code; a failing check character is BAD_USER_INPUT on "uscc".' })
  uscc: string;

  @Field({ description: 'Registered name.' })
  @TextLength(2, 200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(1, 50)
  legalRepresentative?: string;

  @Field({ nullable: true, description: 'Division code of the region where it is registered.' })
  @IsOptional()
  regionCode?: string;

  @Field(() => EnterpriseSizeEnum, { nullable: true, description: 'Size class; default UNKNOWN.' })
  size?: EnterpriseSize;
}

@InputType({ description: 'Changes to an enterprise; the code itself never changes.' })
export class UpdateEnterpriseInput {
  @Field(() => Int, { description: 'The version you read; a stale version is CONFLICT.' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(2, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(1, 50)
  legalRepresentative?: string;

  @Field({ nullable: true })
  @IsOptional()
  regionCode?: string;

  @Field(() => EnterpriseSizeEnum, { nullable: true, description: 'Size class, as the enterprise now declares it.' })
  size?: EnterpriseSize;
}

@ArgsType()
export class EnterprisesArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches code or name.' })
  @IsOptional()
  @TextLength(1, 50)
  search?: string;
}
