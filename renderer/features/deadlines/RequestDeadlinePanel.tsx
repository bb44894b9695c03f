import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DisclosureRequest } from '../../../shared/model';
import type { DeadlineHints } from '../../../shared/requests';
import { UnknownYearsAlert } from '../../components/UnknownYearsAlert';
import { DaysLeftText, DeadlineStatusTag } from './DeadlineStatusTag';
import { DerivationList } from './DerivationList';
import { useDeadline } from './use-deadlines';

export interface RequestDeadlinePanelProps {
  /** The request record (only its received date and events are read). */
  request: Pick<DisclosureRequest, 'receivedDate' | 'events'>;
  /** The civil date to judge the status on; defaults to the office's today. */
  today?: string;
}

const HINTS: (keyof DeadlineHints)[] = [
  'correctionNoticeLate',
  'correctionLapsed',
  'feePending',
  'feeLapsed',
  'extensionLate',
];

/**
 * A request's statutory dates, status, days left and how they were derived (条例第三十至三十四条),
 * computed from the live calendar: edit the calendar and this panel changes at once.
 */
export function RequestDeadlinePanel({ request, today }: RequestDeadlinePanelProps) {
  const { t } = useTranslation('clock');
  const r = useDeadline(request, today);
  const items = [
    {
      key: 'replyDue',
      label: t('panel.replyDue'),
      children: (
        <Typography.Text strong data-testid="deadline-reply-due">
          {r.replyDue ?? t('panel.awaiting')}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      label: t('panel.status'),
      children: (
        <Space size={4}>
          <DeadlineStatusTag status={r.status} />
          <DaysLeftText n={r.workingDaysLeft} />
        </Space>
      ),
    },
    ...(r.extensionWorkingDays > 0
      ? [{ key: 'unextended', label: t('panel.replyDueUnextended'), children: r.replyDueUnextended }]
      : []),
    {
      key: 'correction',
      label: t('panel.correctionNoticeDue'),
      children: <span data-testid="deadline-correction-due">{r.correctionNoticeDue}</span>,
    },
    ...(r.consultations.length > 0
      ? [
          {
            key: 'consultations',
            label: t('panel.consultations'),
            span: 2,
            children: r.consultations
              .map((c) => `${c.sent}（${t('panel.partyDue', { date: c.partyReplyDue })}）`)
              .join('；'),
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title={t('panel.title')} data-testid="deadline-panel">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <UnknownYearsAlert years={r.unknownYears} testId="deadline-unknown-years" />
        {r.provisional && <Alert type="info" showIcon title={t('panel.provisional')} />}
        {HINTS.filter((h) => r.hints[h]).map((h) => (
          <Alert
            key={h}
            type={h === 'feePending' ? 'info' : 'warning'}
            showIcon
            title={t(`hint.${h}`)}
            data-testid={`deadline-hint-${h}`}
          />
        ))}
        <Descriptions size="small" column={2} bordered items={items} />
        <div>
          <Typography.Text type="secondary">{t('panel.derivation')}</Typography.Text>
          <DerivationList steps={r.steps} />
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="deadline-calendar-version">
          {t('panel.calendarVersion', { version: r.calendarVersion })}
        </Typography.Text>
      </Space>
    </Card>
  );
}
