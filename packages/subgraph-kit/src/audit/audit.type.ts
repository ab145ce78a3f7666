import { ArgsType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../scalars.js';
import { Page, PageArgs } from '../paging.js';
import type { AuditEntryEntity } from './audit.entity.js';

@Directive('@shareable')
@ObjectType({ description: 'One recorded change: who did what to which record, with its state before and after.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id.' })
  id: string;

  @Field({ description: 'When the change was committed (ISO-8601, UTC).' })
  at: string;

  @Field({ description: 'Id of the user or service that made the change.' })
  actorId: string;

  @Field({ description: 'Username of who made the change.' })
  actorName: string;

  @Field({ description: 'What was done, e.g. "department.update".' })
  action: string;

  @Field({ description: 'Kind of record changed, e.g. "Department".' })
  entityType: string;

  @Field({ description: 'Id of the record changed.' })
  entityId: string;

  @Field(() => JSONScalar, { nullable: true, description: 'The record before the change (null when created).' })
  before: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'The record after the change.' })
  after: unknown;

  @Field({ description: 'Request id, to find the request in the logs.' })
  requestId: string;

  static from(e: AuditEntryEntity): AuditEntry {
    return Object.assign(new AuditEntry(), {
      ...e,
      before: e.beforeJson ? JSON.parse(e.beforeJson) : null,
      after: e.afterJson ? JSON.parse(e.afterJson) : null,
    });
  }
}

@Directive('@shareable')
@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditEntryPage extends Page(AuditEntry) {}

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only changes to this kind of record, e.g. "Department".' })
  entityType?: string;

  @Field({ nullable: true, description: 'Only changes to this record.' })
  entityId?: string;
}
