import { Alert, App, Button, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { invalidFields } from '../../../shared/model';
import { useSettings, writeContext } from '../../app/session';
import { translateIssue } from '../../components/form-errors';
import { db } from '../../db/database';
import { readSettings, repairSettings } from '../../db/repositories/settings';

/**
 * A stored row's problem in the officer's language: our schemas' message keys are translated; a
 * library's own wording (English, e.g. a number where text belongs) reads as 格式不正确.
 */
export function issueMessage(t: TFunction, message: string): string {
  const isKey = /^[a-z]\w*(\.\w+)+(:\S*)?$|^[A-Za-z]+:[A-Za-z][\w.]*$/.test(message);
  return isKey ? translateIssue(t, message) : t('common:validation.invalid');
}

/**
 * Shown on every page while the stored settings fail validation (issue 14 item 7): names the fields,
 * says that index numbers are paused, and offers the repair (repositories/settings.ts repairSettings).
 */
export function SettingsProblemBanner() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const settings = useSettings();
  const check = useLiveQuery(() => readSettings(db), []);
  if (!check || check.ok) return null;
  const label = (field: string) => t(`settingsProblem.fields.${field}`, { defaultValue: field });
  const fields = invalidFields(check.issues).map(label).join('、');
  const repair = async () => {
    const repaired = await repairSettings(db, writeContext(settings));
    message.success(t('settingsProblem.repaired', { fields: repaired.map(label).join('、') }));
  };
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="settings-problem"
      title={t('settingsProblem.title', { fields })}
      description={
        <>
          {t('settingsProblem.body')}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {check.issues
              .slice(0, 5)
              .map((i) => `${label(i.field)}${t('common:punct.colon')}${issueMessage(t, i.message)}`)
              .join(t('common:punct.semicolon'))}
          </Typography.Text>
        </>
      }
      action={
        <Button danger onClick={() => void repair()} data-testid="settings-repair">
          {t('settingsProblem.repair')}
        </Button>
      }
    />
  );
}
