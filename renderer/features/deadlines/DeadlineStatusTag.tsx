import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DeadlineStatus } from '../../../shared/requests';

const COLORS: Record<DeadlineStatus, string> = {
  onTime: 'blue',
  dueSoon: 'orange',
  overdue: 'red',
  answeredOnTime: 'green',
  answeredLate: 'volcano',
  awaitingCorrection: 'gold',
  consulting: 'purple',
  endedWithoutAnswer: 'default',
};

/** The request's clock status as a coloured badge (for the request page and the requests list). */
export function DeadlineStatusTag({ status }: { status: DeadlineStatus }) {
  const { t } = useTranslation('clock');
  return deadlineStatusTag(t, status);
}

/**
 * DeadlineStatusTag drawn with `t` of the 'clock' namespace: a list's cells use the page's `t`
 * rather than a translation hook in every cell (issue 17: 40 hooks in a page of requests).
 */
export function deadlineStatusTag(t: TFunction<'clock'>, status: DeadlineStatus) {
  return (
    <Tag color={COLORS[status]} data-testid="deadline-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** "剩余 3 个工作日" / "今天到期" / "已超过 2 个工作日"; nothing when the clock is not running. */
export function DaysLeftText({ n }: { n: number | null }) {
  const { t } = useTranslation('clock');
  return daysLeftText(t, n);
}

/** DaysLeftText drawn with `t` of the 'clock' namespace (as deadlineStatusTag). */
export function daysLeftText(t: TFunction<'clock'>, n: number | null) {
  if (n === null) return null;
  const text =
    n > 0 ? t('panel.daysLeft', { n }) : n === 0 ? t('panel.dueToday') : t('panel.daysOver', { n: -n });
  return (
    <Typography.Text
      type={n < 0 ? 'danger' : n <= 5 ? 'warning' : undefined}
      data-testid="deadline-days-left"
    >
      {text}
    </Typography.Text>
  );
}
