import { Alert, App, Button, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyProfile } from '../../../shared/model';
import { useSettings, writeContext } from '../../app/session';
import { errorReason } from '../../components/error-reason';
import { applyIssues } from '../../components/form-errors';
import { useGuardedForm } from '../../components/use-unsaved-guard';
import { db } from '../../db/database';
import { ValidationError } from '../../db/repositories/errors';
import { saveSettings } from '../../db/repositories/settings';

const FIELDS: { name: keyof AgencyProfile; span: number; max: number }[] = [
  { name: 'agencyName', span: 12, max: 100 },
  { name: 'agencyCode', span: 12, max: 18 },
  { name: 'parentAgency', span: 12, max: 100 },
  { name: 'officerName', span: 12, max: 50 },
  { name: 'address', span: 24, max: 200 },
  { name: 'officeHours', span: 12, max: 200 },
  { name: 'phone', span: 12, max: 50 },
  { name: 'fax', span: 12, max: 50 },
  { name: 'email', span: 12, max: 100 },
  { name: 'website', span: 12, max: 200 },
  { name: 'reportDueMonthDay', span: 12, max: 5 },
  // Letters (shared/letters): 机关代字 in 文号, 复议机关 and court in the remedy sentence.
  { name: 'docPrefix', span: 12, max: 20 },
  { name: 'reviewBody', span: 12, max: 100 },
  { name: 'court', span: 12, max: 100 },
];

/** 机关信息: set up once; used by the report, catalogue, guide and index numbers. */
export function ProfileForm() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const { message } = App.useApp();
  const settings = useSettings();
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<string[]>([]);
  // Typed and not saved: leaving Settings (the menu, Back, a reload) asks first.
  const { dirty, formProps } = useGuardedForm(form, settings.profile);
  const save = async () => {
    setProblems([]);
    // The last refused save's messages go: a field corrected and saved keeps no stale error under it.
    form.setFields(
      form.getFieldsError().flatMap((f) => (f.errors.length ? [{ name: f.name, errors: [] }] : [])),
    );
    // What is being saved no longer counts as unsaved: leaving right after 保存 does not ask (back on a failure).
    dirty.current = false;
    try {
      const profile = form.getFieldsValue(true) as AgencyProfile;
      await saveSettings(db, { profile: { ...settings.profile, ...profile } }, writeContext(settings));
      message.success(tc('message.saved'));
    } catch (err) {
      dirty.current = true;
      if (err instanceof ValidationError) {
        // Paths come back as ['profile', field]: strip the prefix to reach the form field.
        const issues = err.issues.map((i) => ({
          ...i,
          path: i.path[0] === 'profile' ? i.path.slice(1) : i.path,
        }));
        setProblems(applyIssues(form, issues, tc));
      } else setProblems([tc('message.saveFailed', { reason: errorReason(tc, err) })]);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={settings.profile}
      onFinish={save}
      // As in the registers' forms: Enter moves to the next field, Ctrl+Enter saves.
      {...formProps}
      data-testid="profile-form"
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={12}>
        {FIELDS.map((f) => (
          <Col span={f.span} key={f.name}>
            <Form.Item
              name={f.name}
              label={t(`profile.${f.name}`)}
              extra={t(`profileHint.${f.name}`, { defaultValue: '' }) || undefined}
            >
              <Input maxLength={f.max} data-testid={`profile-${f.name}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Button type="primary" htmlType="submit" data-testid="save-profile">
        {tc('action.save')}
      </Button>
    </Form>
  );
}
