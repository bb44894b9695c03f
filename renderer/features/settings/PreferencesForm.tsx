import { App, Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/model';
import { useSettings, writeContext } from '../../app/session';
import { errorReason } from '../../components/error-reason';
import { useGuardedForm } from '../../components/use-unsaved-guard';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';

type Prefs = Pick<
  AppSettings,
  'categories' | 'dueSoonWorkingDays' | 'monthlyQuota' | 'backupReminderDays'
> & { columnNames: string[] };

/** Lists and thresholds: 主题分类, 栏目, due-soon days, monthly quota, backup reminder. */
export function PreferencesForm() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const { message } = App.useApp();
  const settings = useSettings();
  const [form] = Form.useForm<Prefs>();
  // Changed and not saved: leaving Settings (the menu, Back, a reload) asks first.
  const initial: Prefs = {
    categories: settings.categories,
    columnNames: settings.columns.map((c) => c.name),
    dueSoonWorkingDays: settings.dueSoonWorkingDays,
    monthlyQuota: settings.monthlyQuota,
    backupReminderDays: settings.backupReminderDays,
  };
  const { dirty, formProps } = useGuardedForm(form, initial);
  const save = async (v: Prefs) => {
    // Keep each existing column's kind and threshold; new names start as 'other'.
    const columns = v.columnNames.map(
      (name) =>
        settings.columns.find((c) => c.name === name) ?? { name, kind: 'other' as const, staleDays: null },
    );
    const { columnNames: _names, ...rest } = v;
    // What is being saved no longer counts as unsaved: leaving right after 保存 does not ask (back on a failure).
    dirty.current = false;
    try {
      await saveSettings(db, { ...rest, columns }, writeContext(settings));
      message.success(tc('message.saved'));
    } catch (err) {
      dirty.current = true;
      message.error(tc('message.saveFailed', { reason: errorReason(tc, err) }));
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      // As in the registers' forms: Enter moves to the next field, Ctrl+Enter saves.
      {...formProps}
      style={{ maxWidth: 720 }}
      data-testid="preferences-form"
    >
      <Form.Item
        name="categories"
        label={t('prefs.categories')}
        extra={t('prefs.categoriesHint')}
        rules={[{ required: true, message: tc('validation.required') }]}
      >
        <Select mode="tags" tokenSeparators={[',', '，']} />
      </Form.Item>
      <Form.Item name="columnNames" label={t('prefs.columns')} extra={t('prefs.columnsHint')}>
        <Select mode="tags" tokenSeparators={[',', '，']} />
      </Form.Item>
      <Form.Item name="dueSoonWorkingDays" label={t('prefs.dueSoonWorkingDays')}>
        <InputNumber min={1} max={20} />
      </Form.Item>
      <Form.Item name="monthlyQuota" label={t('prefs.monthlyQuota')}>
        <InputNumber min={0} max={1000} />
      </Form.Item>
      <Form.Item name="backupReminderDays" label={t('prefs.backupReminderDays')}>
        <InputNumber min={1} max={365} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {tc('action.save')}
      </Button>
    </Form>
  );
}
