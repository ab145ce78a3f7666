// The banner over a page whose answer came back in part: it names, in the officer's language, the parts of
// the system that did not answer; the rest of the page shows what did.
import { Alert } from 'antd';
import { useT } from '../i18n';
import { DOMAIN } from '../labels';
import { useLabel } from '../labels/useLabel';
import { failedDomains } from './signals';

export function PartialFailure({ errors }: { errors: Parameters<typeof failedDomains>[0] }) {
  const t = useT();
  const { label } = useLabel();
  if (!errors.length) return null;
  const names = failedDomains(errors).map((d) => (d ? label(DOMAIN, d) : t('dashboard.otherData')));
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="partial-failure"
      title={t('dashboard.partial', { names: names.join('、') })}
    />
  );
}
