import { allow, Allow, DateScalar, type RequestContext, TextLength } from '@integrity/subgraph-kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { materialRoundsOf, requestObjectionMaterial, supplyObjectionMaterial } from './objection-material.service.js';
import { Objection, ObjectionMaterialRound } from './objection.type.js';

@ArgsType()
class RequestMaterialArgs {
  @Field(() => ID) id: string;
  @Field({ description: 'What is needed, 2 to 2000 characters.' }) @TextLength(2, 2000) request: string;
}

@ArgsType()
class SupplyMaterialArgs {
  @Field(() => ID) id: string;
  @Field({ description: 'The material or where it was sent, 2 to 2000 characters.' })
  @TextLength(2, 2000)
  material: string;
}

/** 补正: asking the objector for more material stops the objection's clock until it arrives. */
@Resolver(() => Objection)
export class ObjectionMaterialResolver {
  @Mutation(() => Objection, {
    description:
      'Ask the objector for more material (补正): the objection waits (MATERIAL_REQUESTED) and its clock stands still. County-wide CREDIT officers, never the objector nor the department the record is about; once accepted, the accepting department only (FORBIDDEN ACCEPTED_BY_ANOTHER).',
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

  @FieldResolver(() => [ObjectionMaterialRound], {
    description: 'Every request for more material (补正) and what was supplied in answer, oldest first.',
  })
  materialRounds(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return materialRoundsOf(ctx, o.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the credit office asked for in its latest 补正 request, if it made one (all: materialRounds).',
  })
  async materialRequest(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return (await materialRoundsOf(ctx, o.id)).at(-1)?.request ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day of the latest 补正 request.' })
  async materialRequestedOn(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return (await materialRoundsOf(ctx, o.id)).at(-1)?.requestedOn ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The material supplied in answer to the latest request.',
  })
  async material(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return (await materialRoundsOf(ctx, o.id)).at(-1)?.material ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day the latest request was answered.' })
  async materialSuppliedOn(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return (await materialRoundsOf(ctx, o.id)).at(-1)?.suppliedOn ?? null;
  }
}
