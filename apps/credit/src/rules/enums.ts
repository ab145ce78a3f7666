import { SANCTION_KINDS, type SanctionKind } from '@integrity/subgraph-kit';
import { registerEnumType } from 'type-graphql';
import {
  CATEGORIES,
  SEVERITIES,
  SUBJECT_TYPES,
  type Category,
  type RecordStatus,
  type Severity,
  type SubjectType,
} from './publicity.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SubjectTypeEnum = enumOf<SubjectType>(SUBJECT_TYPES);
registerEnumType(SubjectTypeEnum, {
  name: 'SubjectType',
  description: 'Whom a credit record is about.',
  valuesConfig: {
    CIVIL_SERVANT: { description: 'A civil servant (subjectId: their id).' },
    DEPARTMENT: { description: 'A government department (subjectId: its id).' },
    ENTERPRISE: { description: 'An enterprise (subjectId: its unified social credit code).' },
  },
});

export const CategoryEnum = enumOf<Category>(CATEGORIES);
registerEnumType(CategoryEnum, {
  name: 'CreditCategory',
  description: 'Kind of credit record: the first six are dishonesty (失信), the last two are not.',
  valuesConfig: {
    JUDICIAL_JUDGMENT: { description: 'A court judgment not honoured (司法判决).' },
    ADMINISTRATIVE_PENALTY: { description: 'An administrative penalty (行政处罚).' },
    DISCIPLINARY_SANCTION: { description: 'A disciplinary sanction (党纪政务处分).' },
    ACCOUNTABILITY: { description: 'Accountability (问责).' },
    BROKEN_COMMITMENT: { description: 'A broken public commitment (违背承诺).' },
    ONLINE_SERVICE_SUBSTANDARD: { description: 'Online government service below standard (网上政务服务不达标).' },
    COMMENDATION: { description: 'A commendation (守信表彰).' },
    TRAINING: { description: 'Integrity training attended (诚信教育).' },
  },
});

export const SeverityEnum = enumOf<Severity>(SEVERITIES);
registerEnumType(SeverityEnum, {
  name: 'Severity',
  description: 'Severity, which fixes the publicity period.',
  valuesConfig: {
    MINOR: { description: 'May stay unpublished; at most 3 months if published.' },
    GENERAL: { description: 'Published at least 3 months and at most 1 year.' },
    SERIOUS: { description: 'Published at least 1 and at most 3 years; restricts bidding and honours.' },
  },
});

export const RecordStatusEnum = enumOf<RecordStatus>(['ACTIVE', 'REPAIRED', 'REVOKED', 'EXPIRED']);
registerEnumType(RecordStatusEnum, {
  name: 'RecordStatus',
  description: 'A record’s status as of today.',
  valuesConfig: {
    ACTIVE: { description: 'In force.' },
    REPAIRED: { description: 'Credit repair approved: publicity ended early.' },
    REVOKED: { description: 'Revoked after an upheld objection.' },
    EXPIRED: { description: 'Its publicity period has ended (derived at every read).' },
  },
});

export const SanctionKindEnum = enumOf<SanctionKind>(SANCTION_KINDS);
registerEnumType(SanctionKindEnum, {
  name: 'SanctionKind',
  description:
    'Kind of a civil servant’s sanction, which fixes its period: 政务处分 (《公职人员政务处分法》 art. 8; 《公务员法》 art. 64) and, for a Party member, 党纪处分 (《中国共产党纪律处分条例》 art. 8, PARTY_*); during it the person is barred from honours.',
  valuesConfig: {
    WARNING: { description: '警告: 6 months.' },
    DEMERIT: { description: '记过: 12 months.' },
    MAJOR_DEMERIT: { description: '记大过: 18 months.' },
    DEMOTION: { description: '降级: 24 months.' },
    REMOVAL: { description: '撤职: 24 months.' },
    EXPULSION: { description: '开除: no period (the person leaves the service).' },
    PARTY_WARNING: { description: '党内警告: 12 months (no promotion in the Party for a year).' },
    PARTY_SERIOUS_WARNING: {
      description: '党内严重警告: 18 months (no promotion in the Party for a year and a half).',
    },
    PARTY_POST_REMOVAL: { description: '撤销党内职务: 24 months (no comparable post for two years).' },
    PARTY_PROBATION_1Y: { description: '留党察看一年: 12 months.' },
    PARTY_PROBATION_2Y: { description: '留党察看二年: 24 months.' },
    PARTY_EXPULSION: { description: '开除党籍: 60 months (no readmission for five years).' },
  },
});

export const ELIGIBILITY_BAR_KINDS = ['ACTIVE_DISHONESTY_RECORD', 'SANCTION_PERIOD'] as const;
export type EligibilityBarKind = (typeof ELIGIBILITY_BAR_KINDS)[number];
export const EligibilityBarKindEnum = enumOf<EligibilityBarKind>(ELIGIBILITY_BAR_KINDS);
registerEnumType(EligibilityBarKindEnum, {
  name: 'EligibilityBarKind',
  description: 'What stands in the way of honours.',
  valuesConfig: {
    ACTIVE_DISHONESTY_RECORD: {
      description: 'An active dishonesty record (until its publicity ends or it is repaired).',
    },
    SANCTION_PERIOD: { description: 'A sanction still in its period, published or not.' },
  },
});
