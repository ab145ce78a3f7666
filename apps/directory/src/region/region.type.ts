import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { REGION_LEVELS, type RegionLevel } from './region.entity.js';

export const RegionLevelEnum = Object.fromEntries(REGION_LEVELS.map((l) => [l, l])) as { [K in RegionLevel]: K };
registerEnumType(RegionLevelEnum, {
  name: 'RegionLevel',
  description: 'Administrative level of a region.',
  valuesConfig: {
    PROVINCE: { description: 'Province (省).' },
    CITY: { description: 'Prefecture-level city (地级市).' },
    COUNTY: { description: 'County (县).' },
    TOWN: { description: 'Town or township (镇/乡).' },
  },
});

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'An administrative region (行政区划), keyed by its division code. Other subgraphs add figures to it, e.g. debt risk.',
})
export class Region {
  @Field({ description: 'Division code: GB/T 2260 for county and above, the 9-digit statistical code for towns.' })
  code: string;

  @Field({ description: 'Official name, e.g. 饶平县.' })
  name: string;

  @Field(() => RegionLevelEnum, { description: 'Administrative level.' })
  level: RegionLevel;

  /** Not in the schema: the key the `parent` field resolves. */
  parentCode: string | null;
}
