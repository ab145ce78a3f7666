import { Page, type EnterpriseSize } from '@integrity/subgraph-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { EnterpriseSizeEnum } from './enterprise-size.type.js';

@Directive('@key(fields: "uscc")')
@ObjectType({
  description:
    'An enterprise, keyed by its unified social credit code. Credit adds `restricted`; procurement and investment refer to it.',
})
export class Enterprise {
  @Field({ description: 'Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters.' })
  uscc: string;

  @Field({ description: 'Registered name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Legal representative (法定代表人).' })
  legalRepresentative: string | null;

  @Field(() => String, { nullable: true, description: 'Division code of the region where it is registered.' })
  regionCode: string | null;

  @Field(() => EnterpriseSizeEnum, {
    description:
      'Size class as recorded (UNKNOWN until then). Procurement takes it at signing when the supplier declares none.',
  })
  size: EnterpriseSize;

  @Field(() => Int, { description: 'Row version for optimistic locking.' })
  version: number;
}

@ObjectType({ description: 'A page of enterprises.' })
export class EnterprisePage extends Page(Enterprise) {}
