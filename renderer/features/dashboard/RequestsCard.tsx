import { Col, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttentionKind, RequestAttention } from '../../../shared/monitoring';
import { unknownYearsOf } from '../../../shared/monitoring/activity';
import { navigate } from '../../app/router';
import { LightCard, LightList, LightListItem, LightParagraph, LightText } from '../../components/Light';
import { UnknownYearsAlert } from '../../components/UnknownYearsAlert';

const KINDS: { kind: AttentionKind; color: string }[] = [
  { kind: 'overdue', color: '#cf1322' },
  { kind: 'dueSoon', color: '#d46b08' },
  { kind: 'awaitingCorrection', color: '#1677ff' },
  { kind: 'consulting', color: '#531dab' },
];

/** Deadline filters the requests list reads (`?deadline=`); the other tiles open the unanswered list. */
const LIST_FILTERS: readonly AttentionKind[] = ['overdue', 'dueSoon'];

/**
 * Requests by the statutory clock (shared/requests): each tile opens the requests list filtered by
 * `deadline=<status>` where the list supports it (and unanswered); each listed request opens its record.
 */
export function RequestsCard({
  items,
  dueSoonDays,
  lateLetters,
}: {
  items: RequestAttention[];
  dueSoonDays: number;
  /** Letters issued after their statutory date this year (shared/letters/register.ts lateLetters). */
  lateLetters?: { year: number; count: number };
}) {
  const { t } = useTranslation('dashboard');
  const count = (k: AttentionKind) => items.filter((i) => i.kind === k).length;
  const note = (a: RequestAttention) => {
    if (a.replyDue === null) return t('requests.noDue');
    if (a.workingDaysLeft !== null && a.workingDaysLeft < 0)
      return t('requests.overdueBy', { n: -a.workingDaysLeft });
    const text = t('requests.dueAndLeft', { date: a.replyDue, n: a.workingDaysLeft ?? 0 });
    return a.unknownYears.length > 0 ? `${text}${t('requests.unsure')}` : text;
  };
  return (
    <LightCard title={t('requests.title')} size="small" data-testid="dash-requests">
      <div style={{ marginBottom: 8 }}>
        <UnknownYearsAlert years={unknownYearsOf(items)} testId="dash-unknown-years" />
      </div>
      <Row gutter={12}>
        {KINDS.map(({ kind, color }) => (
          <Col span={6} key={kind}>
            <LightCard
              hoverable
              size="small"
              data-testid={`dash-requests-${kind}`}
              onClick={() =>
                navigate('/requests', {
                  status: 'unanswered',
                  deadline: LIST_FILTERS.includes(kind) ? kind : null,
                })
              }
            >
              <Statistic
                title={kind === 'dueSoon' ? t('requests.dueSoon', { n: dueSoonDays }) : t(`requests.${kind}`)}
                value={count(kind)}
                styles={{ content: count(kind) > 0 ? { color } : undefined }}
              />
            </LightCard>
          </Col>
        ))}
      </Row>
      {lateLetters && (
        <LightParagraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="dash-letters-late">
          {lateLetters.count > 0 ? (
            <Typography.Link
              type="danger"
              onClick={() => navigate('/letters', { year: lateLetters.year, late: 1 })}
            >
              {t('requests.lateLetters', { n: lateLetters.count, year: lateLetters.year })}
            </Typography.Link>
          ) : (
            <LightText type="secondary">{t('requests.noLateLetters', { year: lateLetters.year })}</LightText>
          )}
        </LightParagraph>
      )}
      {items.length === 0 ? (
        <LightParagraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('requests.none')}
        </LightParagraph>
      ) : (
        <LightList style={{ marginTop: 8 }}>
          {items.slice(0, 6).map((a) => (
            <LightListItem
              key={a.id}
              onClick={() => navigate(`/requests/${a.id}`)}
              data-testid={`dash-request-${a.serial}`}
            >
              <span>
                <Tag color={KINDS.find((k) => k.kind === a.kind)?.color}>
                  {t(`requests.${a.kind}`, { n: dueSoonDays })}
                </Tag>
                {a.serial}
              </span>
              <LightText type="secondary">{note(a)}</LightText>
            </LightListItem>
          ))}
        </LightList>
      )}
    </LightCard>
  );
}
