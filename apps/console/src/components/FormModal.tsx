// A create/edit dialog: client validation by antd rules, server errors mapped onto their fields
// (BAD_USER_INPUT extensions.field), anything else shown above the form.
import { useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useT, type Translate } from '../i18n';
import { mapServerErrors } from '../errors';

export interface FormModalProps<V> {
  open: boolean;
  title: string;
  initialValues?: Partial<V>;
  /** resolves when saved; rejects (or returns errors) with the server's error */
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<V>) => ReactNode;
  testId?: string;
}

/** Run a mutation and surface GraphQL errors as a rejection (errorPolicy 'all' returns them instead). */
export async function mutate<T extends { error?: unknown }>(run: Promise<T>): Promise<T> {
  const result = await run;
  if (result.error) throw result.error;
  return result;
}

/**
 * `mutate` for a change made on the version read: refused (changed meanwhile, most likely), the page's queries
 * reload too, so the dialog opened again starts from what is there now.
 */
export function useMutateReloadingOnRefusal() {
  const client = useApolloClient();
  return <T extends { error?: unknown }>(run: Promise<T>): Promise<T> =>
    mutate(run).catch((error: unknown) => {
      void client.refetchQueries({ include: 'active' });
      throw error;
    });
}

/** Server errors onto a form's fields (BAD_USER_INPUT's field); returns the messages that belong to no field. */
export function applyServerErrors<V>(form: FormInstance<V>, error: unknown, t: Translate): string[] {
  const registered = Object.keys((form.getFieldsValue() ?? {}) as object);
  const mapped = mapServerErrors(error, registered, t);
  form.setFields(mapped.fields.map((f) => ({ name: f.name as never, errors: f.errors })));
  return mapped.general;
}

/**
 * A form of its own for each opening, kept while the dialog closes (its close animation): antd's form store outlives
 * the dialog's contents, so a reopened dialog would start from what the last opening held (the amount owed on another
 * milestone) instead of the initial values it is given now.
 */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  const [openings, setOpenings] = useState(props.open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setOpenings(openings + 1);
  }
  return <FormModalOpening key={openings} {...props} />;
}

function FormModalOpening<V extends object>({
  open,
  title,
  initialValues,
  onSubmit,
  onClose,
  children,
  testId,
}: FormModalProps<V>) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setGeneral([]);
    try {
      await onSubmit(values);
      message.success(t('common.saved'));
      onClose();
    } catch (error) {
      setGeneral(applyServerErrors(form, error, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      data-testid={testId}
    >
      {general.length ? (
        <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
      ) : null}
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {children(form)}
      </Form>
    </Modal>
  );
}
