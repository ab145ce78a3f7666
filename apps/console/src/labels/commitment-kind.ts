// CommitmentKind: what each value is called in each locale (pure data).
import type { Label } from './label';

export type CommitmentKind = 'LAND' | 'SUBSIDY' | 'TAX_INCENTIVE' | 'INFRASTRUCTURE' | 'APPROVAL_SERVICE' | 'OTHER';

export const COMMITMENT_KIND: Record<CommitmentKind, Label> = {
  LAND: { 'zh-CN': '土地', 'en-US': 'Land' },
  SUBSIDY: { 'zh-CN': '补贴', 'en-US': 'Subsidy' },
  TAX_INCENTIVE: { 'zh-CN': '税收优惠', 'en-US': 'Tax incentive' },
  INFRASTRUCTURE: { 'zh-CN': '基础设施', 'en-US': 'Infrastructure' },
  APPROVAL_SERVICE: { 'zh-CN': '审批服务', 'en-US': 'Approval service' },
  OTHER: { 'zh-CN': '其他', 'en-US': 'Other' },
};
