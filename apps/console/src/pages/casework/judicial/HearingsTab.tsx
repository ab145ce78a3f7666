// 出庭应诉: hearings of administrative cases against county bodies, newest first, whether the head appeared,
// and the year's appearance rate per body above them. The year is in the URL like the filters.
import { useSearchParams } from 'react-router';
import { Button, Select, Space, Tag } from 'antd';
import { chinaYear } from '@integrity/rules';
import { graphql } from '../../../gql';
import type { HearingsQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ListPage } from '../../../components/ListPage';
import { HEAD_RANK } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import { AppearanceRates } from './AppearanceRates';
import type { JudicialModal } from './modal';

export const HEARINGS = graphql(`
  query Hearings($page: Int, $pageSize: Int, $departmentId: ID, $year: Int) {
    courtAppearances(page: $page, pageSize: $pageSize, departmentId: $departmentId, year: $year) {
      total
      items {
        id
        caseNumber
        hearingDate
        department {
          id
          name
        }
        headAppeared
        appearedName
        position
        rank
      }
    }
  }
`);

type Row = HearingsQuery['courtAppearances']['items'][number];

interface Props {
  write: boolean;
  refresh: number;
  departmentOptions: { value: string; label: string }[];
  open: (modal: JudicialModal) => void;
}

export function HearingsTab({ write, refresh, departmentOptions, open }: Props) {
  const t = useT();
  const { label } = useLabel();
  const [params, setParams] = useSearchParams();
  const thisYear = chinaYear();
  const year = Number(params.get('year')) || thisYear;
  const setYear = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    next.set('page', '1');
    setParams(next, { replace: true });
  };
  return (
    <>
      <AppearanceRates year={year} refresh={refresh} />
      <ListPage
        title="judicial.hearings"
        query={HEARINGS}
        pick={(d) => d?.courtAppearances}
        rowKey={(r: Row) => r.id}
        exportName={`hearings-${year}`}
        variables={{ year }}
        toolbar={
          <Space>
            <Select
              value={year}
              onChange={setYear}
              options={[0, 1, 2].map((n) => ({
                value: thisYear - n,
                label: t('judicial.year', { year: thisYear - n }),
              }))}
              data-testid="hearing-year"
            />
            {write ? (
              <Button type="primary" onClick={() => open({ kind: 'hearing' })} data-testid="new-hearing">
                {t('judicial.newHearing')}
              </Button>
            ) : null}
          </Space>
        }
        filters={[{ name: 'departmentId', label: 'judicial.defendant', type: 'select', options: departmentOptions }]}
        columns={[
          { key: 'caseNumber', title: 'judicial.caseNumber' },
          { key: 'hearingDate', title: 'judicial.hearingDate' },
          { key: 'department.name', title: 'judicial.defendant' },
          {
            key: 'headAppeared',
            title: 'judicial.headAppeared',
            text: (r) => (r.headAppeared ? t('common.yes') : t('common.no')),
            render: (r) =>
              r.headAppeared ? <Tag color="green">{t('common.yes')}</Tag> : <Tag color="red">{t('common.no')}</Tag>,
          },
          {
            key: 'appeared',
            title: 'judicial.appearedName',
            text: (r) => (r.headAppeared ? `${r.appearedName ?? ''} · ${r.position ?? ''}` : '—'),
          },
          { key: 'rank', title: 'judicial.rank', text: (r) => (r.rank ? label(HEAD_RANK, r.rank) : '—') },
        ]}
      />
    </>
  );
}
