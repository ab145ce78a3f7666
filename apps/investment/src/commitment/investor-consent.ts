import { badInput } from '@integrity/subgraph-kit';
import type { CommitmentEntity } from './commitment.entity.js';
import type { InvestorConsentInput } from './commitment.input.js';

type ConsentColumns = Pick<CommitmentEntity, 'investorConsentNumber' | 'investorConsentDate'>;

/**
 * A commitment is released only as the investor agreed in writing: changing what the parties agreed takes both
 * (《中华人民共和国民法典》第五百四十三条), and a government may not walk away from its commitments on its own
 * (《优化营商环境条例》第三十一条). The letter is dated between the signing and today. Returns the columns that keep it.
 */
export function consentColumns(
  consent: InvestorConsentInput | null | undefined,
  signedOn: string,
  onDate: string,
): ConsentColumns {
  if (!consent)
    throw badInput(
      'investorConsent',
      'INVESTOR_CONSENT_REQUIRED',
      'a waiver needs the investor’s written consent: the number and date of the investor’s letter',
    );
  if (consent.date > onDate)
    throw badInput('investorConsent.date', 'DATE_IN_FUTURE', 'the consent’s date cannot be in the future');
  if (consent.date < signedOn)
    throw badInput(
      'investorConsent.date',
      'DATE_TOO_EARLY',
      `the consent cannot predate the agreement, signed on ${signedOn}`,
      { date: signedOn },
    );
  return { investorConsentNumber: consent.documentNumber.trim(), investorConsentDate: consent.date };
}
