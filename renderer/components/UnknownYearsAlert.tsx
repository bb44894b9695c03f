import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';

/**
 * The one warning for dates that run into a year whose holiday calendar is not loaded (DOMAIN.md §2:
 * fall back to weekends only and warn). The calculator, a request's deadline panel and the dashboard
 * all show this, from the `unknownYears` the deadline computation reports (issue 13 item 9).
 */
export function UnknownYearsAlert({
  years,
  testId = 'unknown-years',
}: {
  years: readonly number[];
  testId?: string;
}) {
  const { t } = useTranslation('clock');
  if (years.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      title={t('panel.unknownYears', { years: years.join(t('note.list')) })}
      action={
        <Button size="small" onClick={() => navigate('/calendar', { year: years[0] })}>
          {t('panel.openCalendar')}
        </Button>
      }
    />
  );
}
