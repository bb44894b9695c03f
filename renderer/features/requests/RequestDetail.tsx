import { Descriptions, Empty, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { answerOf, type DisclosureRequest, fenToYuan, type RequestEvent } from '../../../shared/model';
import { useEnumLabel } from '../../components/enum-label';
import { RequestDeadlinePanel } from '../deadlines/RequestDeadlinePanel';
import { LettersPanel } from '../letters/LettersPanel';
import { FeeProposal } from './FeeProposal';

function EventText({ e }: { e: RequestEvent }) {
  const { t } = useTranslation('requests');
  const { label } = useEnumLabel();
  switch (e.type) {
    case 'answered':
      return <>{label('outcome', e.outcome)}</>;
    case 'extension':
      return (
        <>{t('event.extensionText', { n: e.workingDays, approver: e.approver, notice: e.noticeDate })}</>
      );
    case 'feeNotice':
      return (
        <>
          {t('event.feeNoticeText', {
            method: label('feeMethod', e.method),
            amount: fenToYuan(e.amountFen),
            payBy: e.payBy,
          })}
        </>
      );
    case 'feePaid':
      return <>{t('event.feePaidText', { amount: fenToYuan(e.amountFen) })}</>;
    case 'consultationSent':
      return <>{`${label('consultParty', e.party)} ${e.partyName}`}</>;
    case 'correctionAsked':
      return <>{e.dueBy ? t('event.dueByText', { date: e.dueBy }) : null}</>;
    default:
      return null;
  }
}

export function RequestDetail({ record: r }: { record: DisclosureRequest }) {
  const { t } = useTranslation('requests');
  const { label } = useEnumLabel();
  const answer = answerOf(r);
  const events = [...r.events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <Descriptions column={2} bordered size="small" data-testid="request-detail">
        <Descriptions.Item label={t('field.serial')}>{r.serial}</Descriptions.Item>
        <Descriptions.Item label={t('field.status')}>
          {answer ? (
            <Tag color="green">{t('status.answered')}</Tag>
          ) : (
            <Tag color="blue">{t('status.open')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.applicantType')}>
          {label('applicantType', r.applicantType)}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.applicantName')}>{r.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('field.applicantContact')}>{r.applicantContact || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.channel')}>{label('requestChannel', r.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('field.submittedDate')}>{r.submittedDate}</Descriptions.Item>
        <Descriptions.Item label={t('field.receivedDate')}>{r.receivedDate}</Descriptions.Item>
        <Descriptions.Item label={t('field.content')} span={2}>
          {r.content}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.outcome')} span={2}>
          {answer ? label('outcome', answer.outcome) : '—'}
        </Descriptions.Item>
      </Descriptions>
      <div style={{ marginTop: 16 }}>
        <RequestDeadlinePanel request={r} />
      </div>
      <h4 style={{ marginTop: 20 }}>{t('section.timeline')}</h4>
      {events.length === 0 ? (
        <Empty description={t('event.none')} />
      ) : (
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            color: e.type === 'answered' ? 'green' : 'blue',
            content: (
              <span>
                <b>{e.date}</b> {label('eventType', e.type)} <EventText e={e} />{' '}
                {e.note && t('event.noteText', { note: e.note })}
              </span>
            ),
          }))}
        />
      )}
      {!answer && <FeeProposal request={r} />}
      <LettersPanel request={r} />
    </>
  );
}
