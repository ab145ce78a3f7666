import type { Domain } from '@integrity/auth';
import { Page } from '@integrity/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DomainEnum } from '../user/user.type.js';
import { DEPARTMENT_KINDS, type DepartmentKind } from './department.entity.js';

export const DepartmentKindEnum = Object.fromEntries(DEPARTMENT_KINDS.map((k) => [k, k])) as {
  [K in DepartmentKind]: K;
};
registerEnumType(DepartmentKindEnum, {
  name: 'DepartmentKind',
  description: 'What kind of government body a department is.',
  valuesConfig: {
    COUNTY_DEPARTMENT: { description: 'A county government department or organ (县直部门).' },
    TOWN_GOVERNMENT: { description: 'A town government (镇人民政府).' },
    OTHER: { description: 'Any other body, e.g. 人民银行饶平支行.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A government department or town government. Every domain adds its integrity figures to it, so one query gives its whole picture.',
})
export class Department {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. RSJ.' })
  code: string;

  @Field({ description: 'Full official name, e.g. 饶平县人力资源和社会保障局.' })
  name: string;

  @Field({ description: 'Common short name, e.g. 县人社局.' })
  shortName: string;

  @Field(() => DepartmentKindEnum, { description: 'County department, town government or other.' })
  kind: DepartmentKind;

  @Field(() => String, {
    description:
      'Unified social credit code (GB 32100-2015; a government body’s begins with 11), by which the city, provincial and national credit platforms identify it. Empty only for a department created before codes were kept, until an administrator records it.',
  })
  uscc: string;

  @Field(() => [DomainEnum], {
    description: 'Domains in which this department acts for the whole county (e.g. 县人社局 for CREDIT).',
  })
  countyWideDomains: Domain[];

  @Field(() => Int, { description: 'Row version for optimistic locking: send it back when updating.' })
  version: number;

  /** Resolved by `region`. */
  regionCode: string;
}

@ObjectType({ description: 'A page of departments.' })
export class DepartmentPage extends Page(Department) {}
