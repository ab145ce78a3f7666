// 信用公示 — published government dishonesty records, searchable, without login.
import { Button, Layout, Space, Tag, Typography } from 'antd';
import { graphql } from '../gql';
import type { PublicRecordsQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ListPage } from '../components/ListPage';
import { CREDIT_CATEGORY, SEVERITY, SUBJECT_TYPE } from '../labels';
import { useLabel } from '../labels/useLabel';
import { PublicRatings } from './PublicRatings';
import { ReportVerifyCard } from './credit/reports/ReportVerifyCard';
import { subjectUnit } from './credit/subject-unit';

const PUBLIC_RECORDS = graphql(`
  query PublicRecords($page: Int, $pageSize: Int, $search: String) {
    publicDishonestyRecords(page: $page, pageSize: $pageSize, search: $search) {
      total
      items {
        id
        subjectType
        subjectName
        underObjection
        category
        severity
        documentNumber
        authority
        decisionDate
        publicityEnd
        department {
          id
          name
        }
      }
    }
  }
`);

type Row = PublicRecordsQuery['publicDishonestyRecords']['items'][number];
const SEVERITY_COLOR: Record<string, string> = { MINOR: 'default', GENERAL: 'orange', SERIOUS: 'red' };

export default function PublicRecordsPage() {
  const { t, locale, setLocale } = useI18n();
  const { label } = useLabel();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#b71c1c', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('public.title')}
        </Typography.Title>
        <Space>
          <Button onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>{t('lang.switch')}</Button>
          <Button href="/public/complaint" data-testid="to-complaint">
            {t('complaint.file')}
          </Button>
          <Button href="/login">{t('public.login')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <PublicRatings />
        <ReportVerifyCard />
        <Typography.Paragraph type="secondary">{t('public.subtitle')}</Typography.Paragraph>
        <ListPage
          title="nav.public"
          query={PUBLIC_RECORDS}
          pick={(d) => d?.publicDishonestyRecords}
          rowKey={(r: Row) => r.id}
          exportName="public-dishonesty-records"
          filters={[{ name: 'search', label: 'common.search', type: 'text', placeholder: 'public.search' }]}
          columns={[
            {
              key: 'subjectName',
              title: 'public.subjectAndType',
              exportTitle: 'public.subjectName',
              under: ['subjectType', 'department'],
              text: (r) => (r.underObjection ? `${r.subjectName}（${t('public.underObjection')}）` : r.subjectName),
              render: (r) => (
                <Space size={4}>
                  {r.subjectName}
                  {r.underObjection ? <Tag color="gold">{t('public.underObjection')}</Tag> : null}
                </Space>
              ),
            },
            { key: 'subjectType', title: 'public.subjectType', text: (r) => label(SUBJECT_TYPE, r.subjectType) },
            {
              key: 'department',
              title: 'public.department',
              text: (r) => r.department?.name ?? '',
              render: (r) => subjectUnit(r),
            },
            { key: 'category', title: 'public.category', text: (r) => label(CREDIT_CATEGORY, r.category) },
            {
              key: 'severity',
              title: 'public.severity',
              text: (r) => label(SEVERITY, r.severity),
              render: (r) => <Tag color={SEVERITY_COLOR[r.severity]}>{label(SEVERITY, r.severity)}</Tag>,
            },
            {
              key: 'documentNumber',
              title: 'public.documentAndAuthority',
              exportTitle: 'public.documentNumber',
              text: (r) => r.documentNumber,
              under: ['authority'],
            },
            { key: 'authority', title: 'public.authority', text: (r) => r.authority },
            { key: 'decisionDate', title: 'public.decisionDate', text: (r) => r.decisionDate },
            { key: 'publicityEnd', title: 'public.publicityEnd', text: (r) => r.publicityEnd },
          ]}
        />
      </Layout.Content>
    </Layout>
  );
}
