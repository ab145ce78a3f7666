import {
  ENTERPRISE_SIZES,
  queryService,
  subgraphUrl,
  type EnterpriseSize,
  type RequestContext,
} from '@integrity/subgraph-kit';

/**
 * The supplier's size at signing (条例第三条: the size when the contract is made decides). What the supplier declares
 * in its 中小企业声明函 (财库〔2020〕46号) is taken as given; without a declaration, the size directory (which owns
 * enterprises) has on record, asked with procurement's service credential. Directory unreachable:
 * DEPENDENCY_UNAVAILABLE, so no contract is signed with its supplier's size unknown by accident. Not registered
 * there, or of an unrecognised size: UNKNOWN (not an SME).
 */
export async function supplierSizeAtSigning(
  ctx: RequestContext,
  uscc: string,
  declared: EnterpriseSize | undefined,
): Promise<EnterpriseSize> {
  if (declared) return declared;
  const data = await queryService<{ enterprise: { size: string } | null }>(ctx, {
    service: 'directory',
    url: subgraphUrl('directory', 4001),
    query: 'query ($uscc: String!) { enterprise(uscc: $uscc) { size } }',
    variables: { uscc },
  });
  const size = data.enterprise?.size;
  return (ENTERPRISE_SIZES as readonly string[]).includes(size ?? '') ? (size as EnterpriseSize) : 'UNKNOWN';
}
