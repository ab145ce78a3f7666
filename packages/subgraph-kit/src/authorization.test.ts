import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Mutation, Query, Resolver } from 'type-graphql';
import { allow } from '@integrity/rules';
import { Allow, undeclaredOperations } from './authorization.js';

@Resolver()
class Declared {
  @Query(() => String)
  @Allow(allow.public())
  open() {
    return 'x';
  }
}

@Resolver()
class Forgotten {
  @Query(() => String)
  @Allow(allow.signedIn())
  fine() {
    return 'x';
  }

  @Mutation(() => String)
  forgot() {
    return 'x';
  }
}

describe('undeclaredOperations', () => {
  it('names the operations without an @Allow, and only those of the resolvers asked about', () => {
    expect(undeclaredOperations([Declared])).toEqual([]);
    expect(undeclaredOperations([Declared, Forgotten])).toEqual(['forgot']);
  });
});
