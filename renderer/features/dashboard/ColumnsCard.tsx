import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnFreshness, ColumnReport } from '../../../shared/monitoring';
import { navigate } from '../../app/router';

const COLOR = { blank: 'red', stale: 'orange', fresh: 'green', tooEarly: 'default' } as const;

/** Columns (栏目) by freshness, thresholds per column kind (DOMAIN.md §8) or the column's own. */
export function ColumnsCard({ report }: { report: ColumnReport }) {
  const { t } = useTranslation('dashboard');
  const idle = report.columns.filter((c) => c.status !== 'fresh');
  return (
    <Card
      title={t('columns.title')}
      size="small"
      data-testid="dash-columns"
      extra={
        <Typography.Text type="secondary">
          {t('columns.summary', { stale: report.staleCount, blank: report.blankCount })}
        </Typography.Text>
      }
    >
      {report.failsSiteCheck && (
        <Alert type="error" showIcon message={t('columns.siteCheck')} style={{ marginBottom: 8 }} />
      )}
      {idle.length === 0 ? (
        <Typography.Text type="secondary">{t('columns.allFresh')}</Typography.Text>
      ) : (
        <Table<ColumnFreshness>
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={idle}
          onRow={(c) => ({
            onClick: () => navigate('/publications', { column: c.name }),
            style: { cursor: 'pointer' },
          })}
          columns={[
            { title: t('columns.name'), dataIndex: 'name' },
            {
              title: t('columns.last'),
              dataIndex: 'lastPublished',
              width: 110,
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('columns.idle'),
              dataIndex: 'idleDays',
              width: 90,
              render: (d: number | null) => d ?? '—',
            },
            { title: t('columns.threshold'), dataIndex: 'thresholdDays', width: 90 },
            {
              title: t('columns.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: ColumnFreshness['status']) => <Tag color={COLOR[s]}>{t(`columns.${s}`)}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
