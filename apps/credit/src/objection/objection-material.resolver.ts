import { allow, Allow, type RequestContext } from '@integrity/subgraph-kit';
import { Length } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Mutation, Resolver } from 'type-graphql';
import { requestObjectionMaterial, supplyObjectionMaterial } from './objection-material.service.js';
import { Objection } from './objection.type.js';

@ArgsType()
class RequestMaterialArgs {
  @Field(() => ID) id: string;
  @Field({ description: 'What is needed, 2 to 2000 characters.' }) @Length(2, 2000) request: string;
}

@ArgsType()
class SupplyMaterialArgs {
  @Field(() => ID) id: string;
  @Field({ description: 'The material or where it was sent, 2 to 2000 characters.' }) @Length(2, 2000) material: string;
}

/** 补正: asking the objector for more material stops the objection's clock until it arrives. */
@Resolver(() => Objection)
export class ObjectionMaterialResolver {
  @Mutation(() => Objection, {
    description:
      'Ask the objector for more material (补正): the objection waits (MATERIAL_REQUESTED) and its clock stands still. County-wide CREDIT officers.',
  })
  @Allow(allow.countyWide('CREDIT'))
  requestObjectionMaterial(@Args() { id, request }: RequestMaterialArgs, @Ctx() ctx: RequestContext) {
    return requestObjectionMaterial(ctx, id, request);
  }

  @Mutation(() => Objection, {
    description:
      'Supply the material asked for: the clock runs again and each open deadline moves by the working days it stood still. Whoever may object to the record.',
  })
  @Allow(allow.roles('OFFICER'))
  supplyObjectionMaterial(@Args() { id, material }: SupplyMaterialArgs, @Ctx() ctx: RequestContext) {
    return supplyObjectionMaterial(ctx, id, material);
  }
}
