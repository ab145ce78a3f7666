import { indexMigration } from '@integrity/subgraph-kit';

/**
 * investmentAgreements is listed newest signed first (then id, in the same direction, so the index walks
 * backwards without a sort); without it every agreement was read and sorted for a page of 50.
 */
export const AgreementSignedIndex1732406400430 = indexMigration('AgreementSignedIndex1732406400430', [
  ['investment_agreement', 'ix_agreement_signed', ['signed_on'], 'investmentAgreements as it opens'],
]);
