import { Button, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/session';
import { LightCard } from '../../components/Light';

/**
 * The dashboard of an install with no records yet: what to do next, not alarms about an empty
 * database (issue 13 item 15). Shown until the first record is saved.
 */
export function FirstRunCard() {
  const { t } = useTranslation('firstRun');
  const settings = useSettings();
  const setupDone = settings.firstRunDoneAt !== null;
  return (
    <LightCard title={t('card.title')} data-testid="first-run-card">
      <Typography.Paragraph>{setupDone ? t('card.setupDone') : t('card.welcome')}</Typography.Paragraph>
      <Steps
        orientation="vertical"
        size="small"
        current={setupDone ? 1 : 0}
        items={[
          { title: t('card.stepSetup'), content: t('card.stepSetupHint') },
          { title: t('card.stepFirstRecord'), content: t('card.stepFirstRecordHint') },
          { title: t('card.stepImport'), content: t('card.stepImportHint') },
        ]}
      />
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <Button
          type={setupDone ? 'default' : 'primary'}
          onClick={() => navigate('/first-run')}
          data-testid="open-first-run"
        >
          {setupDone ? t('card.redoSetup') : t('card.startSetup')}
        </Button>
        <Button type={setupDone ? 'primary' : 'default'} onClick={() => navigate('/publications/new')}>
          {t('card.newPublication')}
        </Button>
        <Button onClick={() => navigate('/requests/new')}>{t('card.newRequest')}</Button>
        <Button onClick={() => navigate('/import')}>{t('card.import')}</Button>
      </div>
    </LightCard>
  );
}
