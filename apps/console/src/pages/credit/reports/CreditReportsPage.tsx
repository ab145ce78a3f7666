// 信用报告 (三.4): an officer has a numbered report made on a department or an enterprise and downloads its PDF;
// below, anyone's report can be verified by its number. Whom a user may report on is the shared rule the server
// enforces (mayRequestCreditReport): the form offers only those.
import { useContext, useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Radio, Select, Space, Typography } from 'antd';
import { DownloadOutlined, FileProtectOutlined } from '@ant-design/icons';
import { canRead, mayRequestCreditReport, type CreditReportSubject } from '@integrity/rules';
import { graphql } from '../../../gql';
import type { SubjectType } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { asCaller } from '../../../access';
import { errorText } from '../../../errors';
import { download } from '../../../export/download';
import { SessionContext } from '../../../session-context';
import { useDepartmentOptions } from '../../directory/common';
import { EnterpriseSelect } from '../../../components/EnterpriseSelect';
import { ReportVerifyCard } from './ReportVerifyCard';
import { SUBJECT_TYPE } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';

const ISSUE = graphql(`
  mutation IssueCreditReport($subjectType: SubjectType!, $subjectId: ID!) {
    creditReport(subjectType: $subjectType, subjectId: $subjectId) {
      number
      url
      issuedOn
    }
  }
`);

export default function CreditReportsPage() {
  const t = useT();
  const { label } = useLabel();
  const session = useContext(SessionContext)!;
  const own = session.user.department ?? null;
  const caller = useMemo(() => asCaller({ ...session.user, departmentId: own?.id ?? null }), [session.user, own]);
  const anyDepartment = canRead(caller, 'CREDIT');
  const enterprises = mayRequestCreditReport(caller, 'ENTERPRISE', '');
  const [type, setType] = useState<CreditReportSubject>(anyDepartment || !enterprises ? 'DEPARTMENT' : 'ENTERPRISE');
  const [subjectId, setSubjectId] = useState<string | undefined>(anyDepartment ? undefined : own?.id);
  const everyDepartment = useDepartmentOptions({ skip: !anyDepartment });
  const [issue, issued] = useMutation(ISSUE);
  const [downloadError, setDownloadError] = useState(false);
  const ticket = issued.data?.creditReport;

  const departmentOptions = anyDepartment ? everyDepartment : own ? [{ value: own.id, label: own.name }] : [];

  const fetchPdf = async () => {
    if (!ticket) return;
    setDownloadError(false);
    const response = await fetch(ticket.url, { headers: { authorization: `Bearer ${session.token}` } });
    if (!response.ok) {
      setDownloadError(true);
      return;
    }
    download(await response.blob(), `信用报告-${ticket.number}.pdf`);
  };

  return (
    <>
      <Card title={t('crp.title')} style={{ marginBottom: 16 }} data-testid="credit-reports-page">
        <Typography.Paragraph type="secondary">{t('crp.intro')}</Typography.Paragraph>
        <Form layout="inline" style={{ marginBottom: 16, rowGap: 12 }}>
          <Form.Item label={t('crp.subjectType')}>
            <Radio.Group
              value={type}
              onChange={(e) => {
                setType(e.target.value as CreditReportSubject);
                setSubjectId(e.target.value === 'DEPARTMENT' && !anyDepartment ? own?.id : undefined);
              }}
              options={[
                { value: 'DEPARTMENT', label: label(SUBJECT_TYPE, 'DEPARTMENT') },
                { value: 'ENTERPRISE', label: label(SUBJECT_TYPE, 'ENTERPRISE'), disabled: !enterprises },
              ]}
              data-testid="credit-report-type"
            />
          </Form.Item>
          <Form.Item label={t('crp.subject')}>
            {type === 'DEPARTMENT' ? (
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 320 }}
                value={subjectId}
                onChange={setSubjectId}
                options={departmentOptions}
                placeholder={t('crp.departmentPlaceholder')}
                data-testid="credit-report-department"
              />
            ) : (
              <EnterpriseSelect
                value={subjectId}
                onChange={setSubjectId}
                placeholder={t('crp.enterprisePlaceholder')}
                testId="credit-report-enterprise"
              />
            )}
          </Form.Item>
          <Button
            type="primary"
            icon={<FileProtectOutlined />}
            disabled={!subjectId}
            loading={issued.loading}
            onClick={() =>
              subjectId && void issue({ variables: { subjectType: type as SubjectType, subjectId } }).catch(() => {})
            }
            data-testid="credit-report-issue"
          >
            {t('crp.issue')}
          </Button>
        </Form>
        {issued.error ? <Alert type="error" showIcon title={errorText(issued.error, t, 'error.network')} /> : null}
        {ticket ? (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="credit-report-issued">
            <Alert type="success" showIcon title={t('crp.issued')} />
            <Descriptions bordered size="small" column={2}>
              <Descriptions.Item label={t('crp.number')}>
                <Typography.Text copyable>{ticket.number}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('crp.issuedOn')}>{ticket.issuedOn}</Descriptions.Item>
            </Descriptions>
            <Button icon={<DownloadOutlined />} onClick={() => void fetchPdf()} data-testid="credit-report-download">
              {t('crp.download')}
            </Button>
            {downloadError ? <Alert type="error" showIcon title={t('crp.downloadFailed')} /> : null}
          </Space>
        ) : null}
      </Card>
      <ReportVerifyCard key={ticket?.number} initial={ticket?.number ?? ''} />
    </>
  );
}
