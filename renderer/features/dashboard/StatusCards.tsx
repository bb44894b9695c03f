import { Button, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDeadline } from '../../../shared/monitoring';
import type { ReportCheck } from '../../../shared/report';
import { ROUTES } from '../../app/routes';
import { navigate } from '../../app/router';
import type { BackupAge } from './use-dashboard';
import { backupOverdue } from '../../../shared/backup/age';
import { LightCard, LightTag, LightText } from '../../components/Light';

const routeExists = (path: string) => ROUTES.some((r) => r.path === path);

/** Days to the annual report deadline (条例第四十九条; configurable) and its open checks. */
export function ReportCard({ deadline, checks }: { deadline: ReportDeadline; checks: ReportCheck[] | null }) {
  const { t } = useTranslation('dashboard');
  const { t: tr } = useTranslation('report');
  const errors = checks?.filter((c) => c.severity === 'error') ?? [];
  const warnings = checks?.filter((c) => c.severity === 'warning') ?? [];
  const open = () => routeExists('report') && navigate('/report', { year: deadline.reportYear });
  return (
    <LightCard
      size="small"
      title={t('report.title')}
      data-testid="dash-report"
      extra={
        routeExists('report') ? (
          <Button type="link" size="small" onClick={open}>
            {t('report.open')}
          </Button>
        ) : null
      }
    >
      <Statistic
        title={t('report.daysLeft', { year: deadline.reportYear })}
        value={deadline.daysLeft}
        suffix={t('report.days')}
        styles={{ content: deadline.daysLeft <= 15 ? { color: '#cf1322' } : undefined }}
      />
      <LightText type="secondary">
        {deadline.daysLeft === 0 ? t('report.dueToday') : t('report.due', { date: deadline.dueDate })}
      </LightText>
      <div style={{ marginTop: 8 }} data-testid="dash-report-checks">
        {checks === null ? (
          <LightText type="secondary">{t('report.noFormat')}</LightText>
        ) : errors.length + warnings.length === 0 ? (
          <LightTag color="green">{t('report.noChecks')}</LightTag>
        ) : (
          <Space orientation="vertical" size={2}>
            <span>
              {t('report.checksLabel')}
              {errors.length > 0 && (
                <LightTag color="red">{t('report.errors', { n: errors.length })}</LightTag>
              )}
              {warnings.length > 0 && (
                <LightTag color="orange">{t('report.warnings', { n: warnings.length })}</LightTag>
              )}
            </span>
            {[...errors, ...warnings].slice(0, 3).map((c) => (
              <LightText
                key={c.id}
                type={c.severity === 'error' ? 'danger' : 'warning'}
                ellipsis
                style={{ maxWidth: 360 }}
              >
                {tr(c.key, c.params)}
              </LightText>
            ))}
            {errors.length + warnings.length > 3 && (
              // The tags count every check; the list shows three, so say where the rest are.
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={open}
                data-testid="dash-report-more"
              >
                {t('report.more', { n: errors.length + warnings.length - 3 })}
              </Button>
            )}
          </Space>
        )}
      </div>
    </LightCard>
  );
}

/** Age of the last external (USB) backup, from the backup feature (issue 5). */
export function BackupCard({ age, reminderDays }: { age: BackupAge; reminderDays: number }) {
  const { t } = useTranslation('dashboard');
  const goBackup = routeExists('backup') ? (
    <Button type="link" size="small" onClick={() => navigate('/backup')}>
      {t('backup.open')}
    </Button>
  ) : null;
  let body: React.ReactNode;
  if (age.kind === 'loading') body = <LightText type="secondary">{t('backup.loading')}</LightText>;
  else if (age.kind === 'unavailable')
    body = <LightText type="secondary">{t('backup.unavailable', { reason: age.reason })}</LightText>;
  else if (age.kind === 'never') body = <LightText type="danger">{t('backup.never')}</LightText>;
  else
    body = (
      <Space orientation="vertical" size={2}>
        <LightText strong type={backupOverdue(age.days, reminderDays) ? 'danger' : undefined}>
          {age.days === 0 ? t('backup.today') : t('backup.age', { n: age.days })}
        </LightText>
        <LightText type="secondary">{age.name}</LightText>
        {backupOverdue(age.days, reminderDays) && (
          <LightText type="danger">{t('backup.remind', { n: reminderDays })}</LightText>
        )}
      </Space>
    );
  return (
    <LightCard size="small" title={t('backup.title')} extra={goBackup} data-testid="dash-backup">
      {body}
    </LightCard>
  );
}
