import { Button, Result } from 'antd';
import { useI18n } from '../i18n';

/** 403 for a section the user may not open (not 404: the section exists), 404 for anything else. */
export default function StatusPage({ status }: { status: '403' | '404' }) {
  const { t } = useI18n();
  return (
    <Result
      status={status}
      title={status}
      subTitle={t(status === '403' ? 'common.forbidden' : 'common.notFound')}
      extra={<Button href="/">{t('common.home')}</Button>}
    />
  );
}
