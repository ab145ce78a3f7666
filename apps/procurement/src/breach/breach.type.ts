import { Page } from '@integrity/subgraph-kit';
import { ObjectType } from 'type-graphql';
import { BreachRecord } from '../contract/contract.type.js';

@ObjectType({ description: 'A page of breach records.' })
export class BreachRecordPage extends Page(BreachRecord) {}
