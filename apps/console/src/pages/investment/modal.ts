// Which investment dialog is open, and on what.
import type { AgreementsQuery, CommitmentsQuery, PoliciesQuery } from '../../gql/graphql';

export type Agreement = AgreementsQuery['investmentAgreements']['items'][number];
export type Commitment = CommitmentsQuery['commitments']['items'][number];
export type Policy = PoliciesQuery['incentivePolicies']['items'][number];

export type InvestmentModal =
  | { kind: 'agreement' }
  | { kind: 'editAgreement'; agreement: Agreement }
  | { kind: 'commitment'; agreement: Agreement }
  | { kind: 'fulfil'; commitment: Commitment }
  | { kind: 'waive'; commitment: Commitment }
  | { kind: 'breach'; commitment: Commitment }
  | { kind: 'policy' }
  | { kind: 'editPolicy'; policy: Policy }
  | { kind: 'review'; policy: Policy; approved: boolean }
  | null;

export interface DialogProps {
  modal: InvestmentModal;
  close: () => void;
}
