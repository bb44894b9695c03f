import { Alert, App, Button, Card, DatePicker, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_CALENDAR } from '../../../shared/calendar';
import { recordsStartMonth } from '../../../shared/monitoring/monthly';
import { leaveThen, navigate } from '../../app/router';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';
import { FolderBackupCard } from '../backup/FolderBackupCard';
import { useBackupStatus } from '../backup/use-backup-status';
import { useWorkCalendar } from '../calendar/use-work-calendar';
import { ProfileForm } from '../settings/ProfileForm';
import { BaselineForm } from './BaselineForm';
import { useInstallState } from './use-install-state';

const STEPS = ['profile', 'calendar', 'baseline', 'backup'] as const;

/**
 * 首次使用 (issue 13 item 15): what a new install needs before its first record — the agency
 * profile, a look at the working calendar, last year's figures when the app was not used last
 * year, the month the records start, and the backup folder. Every step can be skipped and redone
 * later in 设置 / 工作日历 / 备份与恢复.
 */
export default function FirstRunPage() {
  const { t } = useTranslation('firstRun');
  const [step, setStep] = useState(0);
  const settings = useSettings();
  const { message } = App.useApp();
  const today = todayLocal();
  const lastYear = Number(today.slice(0, 4)) - 1;
  // A step's form with unsaved changes (the profile, last year's figures) asks before the step is
  // left, as the menu does: they were dropped without a word.
  const goTo = (to: number) => leaveThen(() => setStep(Math.max(0, Math.min(to, STEPS.length - 1))));

  const finish = async () => {
    await saveSettings(db, { firstRunDoneAt: writeContext(settings).now }, writeContext(settings));
    message.success(t('done'));
    navigate('/dashboard');
  };

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%', maxWidth: 980 }}
      data-testid="first-run"
    >
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      <Steps
        current={step}
        onChange={goTo}
        items={STEPS.map((s) => ({ title: t(`step.${s}`) }))}
        data-testid="first-run-steps"
      />
      <Card>
        {STEPS[step] === 'profile' && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph type="secondary">{t('profile.explain')}</Typography.Paragraph>
            <ProfileForm />
          </Space>
        )}
        {STEPS[step] === 'calendar' && <CalendarStep today={today} />}
        {STEPS[step] === 'baseline' && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <RecordsStart />
            <BaselineForm year={lastYear} />
          </Space>
        )}
        {STEPS[step] === 'backup' && <BackupStep />}
      </Card>
      <Space>
        {step > 0 && <Button onClick={() => goTo(step - 1)}>{t('back')}</Button>}
        {step < STEPS.length - 1 ? (
          <Button type="primary" onClick={() => goTo(step + 1)} data-testid="first-run-next">
            {t('next')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void finish()} data-testid="first-run-finish">
            {t('finish')}
          </Button>
        )}
      </Space>
    </Space>
  );
}

function CalendarStep({ today }: { today: string }) {
  const { t } = useTranslation('firstRun');
  const calendar = useWorkCalendar();
  const year = Number(today.slice(0, 4));
  const years = [year, year + 1];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="first-run-calendar">
      <Typography.Paragraph>
        {t('calendar.bundled', { from: OFFICIAL_CALENDAR.firstYear, to: OFFICIAL_CALENDAR.lastYear })}
      </Typography.Paragraph>
      {years.map((y) =>
        calendar.isKnownYear(y) ? (
          <Alert key={y} type="success" showIcon title={t('calendar.known', { year: y })} />
        ) : (
          <Alert
            key={y}
            type="warning"
            showIcon
            title={t('calendar.unknown', { year: y })}
            action={
              <Button size="small" onClick={() => navigate('/calendar', { year: y })}>
                {t('calendar.open')}
              </Button>
            }
          />
        ),
      )}
    </Space>
  );
}

/** The "records start" month (settings.recordsStart); also on the settings page. */
export function RecordsStart() {
  const { t } = useTranslation('firstRun');
  const settings = useSettings();
  const install = useInstallState();
  const today = todayLocal();
  const effective = recordsStartMonth(settings.recordsStart, install?.firstDates ?? [], today);
  const save = async (month: string | null) => {
    await saveSettings(db, { recordsStart: month }, writeContext(settings));
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <Typography.Text strong>{t('recordsStart.label')}</Typography.Text>
      <Space>
        <DatePicker
          picker="month"
          format="YYYY-MM"
          allowClear
          data-testid="records-start"
          value={settings.recordsStart ? dayjs(`${settings.recordsStart}-01`) : null}
          onChange={(d) => void save(d ? d.format('YYYY-MM') : null)}
        />
        <Typography.Text type="secondary">
          {t('recordsStart.effective', { month: effective })}
        </Typography.Text>
      </Space>
      <Typography.Text type="secondary">{t('recordsStart.hint')}</Typography.Text>
    </Space>
  );
}

function BackupStep() {
  const { t } = useTranslation('firstRun');
  const { status, refresh } = useBackupStatus();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('backup.explain')}</Typography.Paragraph>
      <FolderBackupCard status={status} onChange={refresh} />
    </Space>
  );
}
