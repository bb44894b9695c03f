import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordsStart } from '../first-run/FirstRunPage';
import { LettersSettings } from '../letters/LettersSettings';
import { DataSection } from './DataSection';
import { PreferencesForm } from './PreferencesForm';
import { ProfileForm } from './ProfileForm';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <Card title={t('section.profile')}>
        <ProfileForm />
      </Card>
      <Card title={t('section.preferences')}>
        <PreferencesForm />
      </Card>
      <Card title={t('section.recordsStart')}>
        <RecordsStart />
      </Card>
      <Card title={t('letters:settings.title')}>
        <LettersSettings />
      </Card>
      <Card title={t('section.data')}>
        <DataSection />
      </Card>
    </Space>
  );
}
