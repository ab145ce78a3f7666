// What an audited change is called (the rules' catalogue), wherever a trail is shown: the 操作日志 and a
// record's own history. A code no longer in the catalogue (an older release's) reads 其他操作, never raw.
import { AUDIT_ACTION, auditActionName } from '@integrity/rules';
import { useT } from '../i18n';
import { useLabel } from '../labels/useLabel';

export function useActionName() {
  const t = useT();
  const { label } = useLabel();
  return (action: string) => (auditActionName(action) ? label(AUDIT_ACTION, action) : t('au.otherAction'));
}
