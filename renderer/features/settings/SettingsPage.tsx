import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { RecordsStart } from '../first-run/FirstRunPage';
import { LettersSettings } from '../letters/LettersSettings';
import { DataSection } from './DataSection';
import { PreferencesForm } from './PreferencesForm';
import { ProfileForm } from './ProfileForm';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 24, width: '100%', maxWidth: 960 }}>
      <Card title={t('section.profile')}>
        <ProfileForm />
      </Card>
      {/* The agency's profile fills the first screen: the sections below it are drawn once it has been
          painted (issue 17: the page's first visit drew five forms, 100–140 ms of one task). */}
      <AfterFirstPaint placeholder={<div style={{ minHeight: 1200 }} />}>
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
      </AfterFirstPaint>
    </div>
  );
}
