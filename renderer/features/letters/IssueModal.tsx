import { Alert, App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterCheck } from '../../../shared/letters';
import { DELIVERY_METHODS, type Letter, type LetterDelivery } from '../../../shared/model';
import { todayLocal } from '../../app/session';
import { DateField } from '../../components/DateField';
import { errorReason } from '../../components/error-reason';
import { patternFaultText } from './pattern-text';

/** Translates a check (code + params) into the officer's language, with what to do next. */
export function useCheckText() {
  const { t } = useTranslation('letters');
  return (c: LetterCheck) => {
    if (c.code === 'workflow') {
      const key = String(c.params?.key ?? '');
      return t('check.workflow', { message: t(key.startsWith('validation.') ? `common:${key}` : key) });
    }
    if (c.code === 'numbering') {
      const { reason, name } = c.params ?? {};
      const fault = { code: String(reason), name: name === undefined ? undefined : String(name) };
      return t('check.numbering', { reason: patternFaultText(t, fault) });
    }
    return t(`check.${c.code}`, c.params ?? {});
  };
}

export interface IssueModalProps {
  letter: Letter;
  onCancel(): void;
  onIssue(how: { issuedDate: string; delivery: LetterDelivery }): Promise<LetterCheck[] | null>;
}

export function IssueModal({ letter, onCancel, onIssue }: IssueModalProps) {
  const { t } = useTranslation('letters');
  const checkText = useCheckText();
  const [form] = Form.useForm<{
    issuedDate: string;
    method: LetterDelivery['method'];
    deliveredOn: string | null;
  }>();
  const { message } = App.useApp();
  const [errors, setErrors] = useState<LetterCheck[]>([]);
  const [busy, setBusy] = useState(false);
  const today = todayLocal();
  const submit = async () => {
    // A required field empty: said under it (no unhandled rejection from validateFields).
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      const result = await onIssue({
        issuedDate: v.issuedDate,
        delivery: { method: v.method, date: v.deliveredOn ?? null },
      });
      setErrors(result ?? []);
    } catch (err) {
      // The database refused (a full disk…): said, the dialog kept open with what was entered.
      message.error(t('common:message.saveFailed', { reason: errorReason(t, err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('issue.title', { type: t(`type.${letter.type}`) })}
      okText={t('issue.confirm')}
      onOk={() => void submit()}
      onCancel={onCancel}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'letter-issue-ok' } as Record<string, string>}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        title={t('issue.hint', { event: t(`event.${letter.type}`) })}
        style={{ marginBottom: 12 }}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ issuedDate: today, method: 'inPerson', deliveredOn: today }}
        data-testid="letter-issue-form"
      >
        <Form.Item name="issuedDate" label={t('issue.issuedDate')} rules={[{ required: true }]}>
          <DateField data-testid="letter-issued-date" />
        </Form.Item>
        <Form.Item name="method" label={t('issue.deliveryMethod')} rules={[{ required: true }]}>
          <Select
            data-testid="letter-delivery-method"
            options={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`delivery.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="deliveredOn" label={t('issue.deliveryDate')}>
          <DateField data-testid="letter-delivered-date" />
        </Form.Item>
      </Form>
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="letter-issue-errors"
          title={t('issue.failed')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {errors.map((e) => (
                <li key={`${e.code}${JSON.stringify(e.params ?? {})}`}>{checkText(e)}</li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
