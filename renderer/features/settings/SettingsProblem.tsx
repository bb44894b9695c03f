import { Alert, App, Button, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { invalidFields } from '../../../shared/model';
import { useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { readSettings, repairSettings } from '../../db/repositories/settings';

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
              .map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ')}
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
