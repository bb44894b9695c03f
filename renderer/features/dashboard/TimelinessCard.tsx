import { Button, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LatePublication, UnpublishedItem } from '../../../shared/monitoring';
import { navigate } from '../../app/router';
import { LightCard, LightList, LightListItem, LightTag, LightText } from '../../components/Light';

const SHOWN = 5;

/** 条例第二十六条: items formed but not yet published, and items published after 20 working days. */
export function TimelinessCard({
  unpublished,
  late,
}: {
  unpublished: UnpublishedItem[];
  late: LatePublication[];
}) {
  const { t } = useTranslation('dashboard');
  const open = (id: string) => navigate(`/publications/${id}`);
  return (
    <LightCard size="small" title={t('timeliness.rule')} data-testid="dash-timeliness">
      <Row gutter={16}>
        <Col span={12}>
          <LightText strong>
            {t('timeliness.unpublishedTitle')}（{unpublished.length}）
          </LightText>
          <LightList data-testid="dash-unpublished" emptyText={t('timeliness.none')}>
            {unpublished.slice(0, SHOWN).map((u) => (
              <LightListItem key={u.id} onClick={() => open(u.id)}>
                <LightText ellipsis style={{ maxWidth: '60%' }}>
                  {u.title}
                </LightText>
                <span>
                  {u.overdue && <LightTag color="red">{t('timeliness.overdue')}</LightTag>}
                  <LightText type="secondary">{t('timeliness.dueBy', { date: u.dueDate })}</LightText>
                </span>
              </LightListItem>
            ))}
          </LightList>
          {unpublished.length > SHOWN && (
            <Button type="link" onClick={() => navigate('/publications', { status: 'unpublished' })}>
              {t('timeliness.more', { n: unpublished.length })}
            </Button>
          )}
        </Col>
        <Col span={12}>
          <LightText strong>
            {t('timeliness.lateTitle')}（{late.length}）
          </LightText>
          <LightList data-testid="dash-late" emptyText={t('timeliness.none')}>
            {late.slice(0, SHOWN).map((l) => (
              <LightListItem key={l.id} onClick={() => open(l.id)}>
                <LightText ellipsis style={{ maxWidth: '55%' }}>
                  {l.title}
                </LightText>
                <LightText type="secondary">
                  {t('timeliness.late', { published: l.publishedDate, due: l.dueDate })}
                </LightText>
              </LightListItem>
            ))}
          </LightList>
          {late.length > SHOWN && (
            <Button
              type="link"
              onClick={() => navigate('/publications', { late: 1, year: late[0]?.publishedDate.slice(0, 4) })}
            >
              {t('timeliness.more', { n: late.length })}
            </Button>
          )}
        </Col>
      </Row>
    </LightCard>
  );
}
