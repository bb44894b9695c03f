import { Button, Card, Col, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LatePublication, UnpublishedItem } from '../../../shared/monitoring';
import { navigate } from '../../app/router';

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
    <Card size="small" title={t('timeliness.rule')} data-testid="dash-timeliness">
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>
            {t('timeliness.unpublishedTitle')}（{unpublished.length}）
          </Typography.Text>
          <List
            size="small"
            data-testid="dash-unpublished"
            locale={{ emptyText: t('timeliness.none') }}
            dataSource={unpublished.slice(0, SHOWN)}
            renderItem={(u) => (
              <List.Item style={{ cursor: 'pointer' }} onClick={() => open(u.id)}>
                <Typography.Text ellipsis style={{ maxWidth: '60%' }}>
                  {u.title}
                </Typography.Text>
                <span>
                  {u.overdue && <Tag color="red">{t('timeliness.overdue')}</Tag>}
                  <Typography.Text type="secondary">
                    {t('timeliness.dueBy', { date: u.dueDate })}
                  </Typography.Text>
                </span>
              </List.Item>
            )}
          />
          {unpublished.length > SHOWN && (
            <Button type="link" onClick={() => navigate('/publications', { status: 'unpublished' })}>
              {t('timeliness.more', { n: unpublished.length })}
            </Button>
          )}
        </Col>
        <Col span={12}>
          <Typography.Text strong>
            {t('timeliness.lateTitle')}（{late.length}）
          </Typography.Text>
          <List
            size="small"
            data-testid="dash-late"
            locale={{ emptyText: t('timeliness.none') }}
            dataSource={late.slice(0, SHOWN)}
            renderItem={(l) => (
              <List.Item style={{ cursor: 'pointer' }} onClick={() => open(l.id)}>
                <Typography.Text ellipsis style={{ maxWidth: '55%' }}>
                  {l.title}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('timeliness.late', { published: l.publishedDate, due: l.dueDate })}
                </Typography.Text>
              </List.Item>
            )}
          />
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
    </Card>
  );
}
