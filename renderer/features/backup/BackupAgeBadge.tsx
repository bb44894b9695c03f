import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayLocal, useSettings } from '../../app/session';
import { backupAgeDays, backupOverdue } from '../../../shared/backup/age';
import { useBackupStatus } from './use-backup-status';

/**
 * "Last backup: N days ago", with a reminder after AppSettings.backupReminderDays (issue 5: the
 * dashboard and status bar show it). `compact` is the one-line status-bar form.
 */
export function BackupAgeBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('backup');
  const settings = useSettings();
  const { status } = useBackupStatus();
  if (!status) return null;
  const last = status.lastExternal;
  const days = last ? backupAgeDays(last.at, todayLocal()) : null;
  const text = days === null ? t('age.never') : days === 0 ? t('age.today') : t('age.days', { count: days });
  const overdue = backupOverdue(days, settings.backupReminderDays);
  if (compact) {
    return (
      <Typography.Text type={overdue ? 'warning' : 'secondary'} data-testid="backup-age-compact">
        {text}
      </Typography.Text>
    );
  }
  return (
    <Alert
      data-testid="backup-age"
      type={overdue ? 'warning' : 'success'}
      showIcon
      title={text}
      description={overdue ? t('age.remind', { days: settings.backupReminderDays }) : undefined}
    />
  );
}
