// A procurement project's detail: lifecycle timeline, bids (and refused bids), contract and milestones; each
// section and each dialog in its own file beside its operations.
import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { localTime, yuan } from '../../components/fields';
import { StaffName } from '../../components/StaffName';
import { ContractForms, type ContractDialog } from './ContractForms';
import { BidsCard } from './BidsCard';
import { ContractCard } from './ContractCard';
import { SubmitBidDialog } from './SubmitBidDialog';
import { PROCUREMENT_CATEGORY, PROCUREMENT_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const PROJECT = graphql(`
  query ProcurementProjectDetail($id: ID!) {
    procurementProject(id: $id) {
      id
      ocid
      title
      status
      budget
      category
      methodName
      nonOpenApproval
      purchaser {
        id
        name
      }
      timeline {
        fromStatus
        toStatus
        at
        byUser
      }
      bids {
        id
        supplierUscc
        supplierName
        amount
        submittedAt
      }
      refusedBids {
        id
        supplierUscc
        amount
        reason
        at
      }
      contract {
        id
        supplierName
        amount
        signedOn
        supplierSize
        lateRatePercent
        acceptancePeriodDays
        deliveredOn
        acceptances {
          id
          acceptedOn
          passed
          note
        }
        redeliveries {
          id
          redeliveredOn
          note
        }
        milestones {
          id
          seq
          dueDate
          agreedDueDate
          dueBasis
          termDays
          lateInterest
          amount
          paidAmount
          paidOn
          status
          daysLate
          payments {
            id
            paidOn
            amount
          }
        }
      }
    }
  }
`);

export default function ProjectDrawer({
  id,
  write,
  onClose,
}: {
  id: string | null;
  write: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { label } = useLabel();
  const [bidding, setBidding] = useState(false);
  const [dialog, setDialog] = useState<ContractDialog>(null);
  const { data, loading } = useQuery(PROJECT, { variables: { id: id ?? '' }, skip: !id });
  const p = data?.procurementProject;
  const ps = (s: string) => label(PROCUREMENT_STATUS, s);

  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={p?.title ?? ''} data-testid="project-drawer">
      {loading && !p ? <Skeleton active /> : null}
      {p ? (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('pr.purchaser')}>{p.purchaser.name}</Descriptions.Item>
            <Descriptions.Item label={t('pr.category')}>{label(PROCUREMENT_CATEGORY, p.category)}</Descriptions.Item>
            <Descriptions.Item label={t('pr.method')}>{p.methodName}</Descriptions.Item>
            {p.nonOpenApproval ? (
              <Descriptions.Item label={t('pr.nonOpenApproval')}>{p.nonOpenApproval}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('pr.budget')}>{yuan(p.budget)}</Descriptions.Item>
            <Descriptions.Item label={t('pr.status')} span="filled">
              <Tag color="blue">{ps(p.status)}</Tag>
            </Descriptions.Item>
            {/* the identifier its OCDS release and the export carry: kept out of the title, copied when needed */}
            <Descriptions.Item label={t('pr.ocid')} span={2}>
              <Typography.Text copyable type="secondary">
                {p.ocid}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('pr.timeline')} style={{ marginTop: 16 }}>
            <Timeline
              items={p.timeline.map((c) => ({
                content: (
                  <>
                    {`${localTime(c.at)} ${c.fromStatus ? `${ps(c.fromStatus)} → ` : ''}${ps(c.toStatus)}`}
                    （<StaffName username={c.byUser} />）
                  </>
                ),
              }))}
            />
          </Card>
          <BidsCard project={p} write={write} onBid={() => setBidding(true)} />
          {write && p.status === 'AWARDED' ? (
            <Button
              type="primary"
              style={{ marginTop: 16 }}
              onClick={() => setDialog({ kind: 'sign' })}
              data-testid="open-sign"
            >
              {t('pr.signContract')}
            </Button>
          ) : null}
          {p.contract ? (
            <ContractCard contract={p.contract} status={p.status} write={write} onDialog={setDialog} />
          ) : null}
          <ContractForms projectId={p.id} dialog={dialog} onClose={() => setDialog(null)} />
          <SubmitBidDialog projectId={p.id} open={bidding} close={() => setBidding(false)} />
        </>
      ) : null}
    </Drawer>
  );
}
