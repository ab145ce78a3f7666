import {
  DUE_BASES,
  ENTERPRISE_SIZE_SCHEMA,
  ENTERPRISE_SIZES,
  type DueBasis,
  type EnterpriseSize,
} from '@integrity/rules';
import { registerEnumType } from 'type-graphql';

// The enums of SME payment (《保障中小企业款项支付条例》): the values and their labels live in @integrity/rules.

export const EnterpriseSizeEnum = Object.fromEntries(ENTERPRISE_SIZES.map((s) => [s, s])) as {
  [K in EnterpriseSize]: K;
};
registerEnumType(EnterpriseSizeEnum, { name: 'EnterpriseSize', ...ENTERPRISE_SIZE_SCHEMA });

export const DueBasisEnum = Object.fromEntries(DUE_BASES.map((s) => [s, s])) as { [K in DueBasis]: K };
registerEnumType(DueBasisEnum, {
  name: 'DueBasis',
  description: 'What a payment milestone’s due date is counted from.',
  valuesConfig: {
    FIXED_DATE: {
      description:
        'A date agreed in the contract (dueDate), such as a progress settlement. Owed to an SME, it is brought forward to 60 days after delivery (or after passed acceptance, when the contract has ACCEPTANCE milestones) if it falls later.',
    },
    DELIVERY: {
      description: 'termDays after delivery (交付): no due date until recordDelivery, then deliveredOn + termDays.',
    },
    ACCEPTANCE: {
      description:
        'termDays after passed acceptance (检验或者验收合格): no due date until recordAcceptance passes, then acceptedOn + termDays.',
    },
  },
});
