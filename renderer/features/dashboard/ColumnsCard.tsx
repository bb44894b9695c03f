import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnFreshness, ColumnReport } from '../../../shared/monitoring';
import { navigate } from '../../app/router';
import { LightCard, LightTable, LightTag, LightText } from '../../components/Light';

const COLOR = { blank: 'red', stale: 'orange', fresh: 'green', tooEarly: 'default' } as const;

/** Columns (栏目) by freshness, thresholds per column kind (DOMAIN.md §8) or the column's own. */
export function ColumnsCard({ report }: { report: ColumnReport }) {
  const { t } = useTranslation('dashboard');
  const idle = report.columns.filter((c) => c.status !== 'fresh');
  return (
    <LightCard
      title={t('columns.title')}
      size="small"
      data-testid="dash-columns"
      extra={
        <LightText type="secondary">
          {t('columns.summary', { stale: report.staleCount, blank: report.blankCount })}
        </LightText>
      }
    >
      {report.failsSiteCheck && (
        <Alert type="error" showIcon title={t('columns.siteCheck')} style={{ marginBottom: 8 }} />
      )}
      {idle.length === 0 ? (
        <LightText type="secondary">{t('columns.allFresh')}</LightText>
      ) : (
        <LightTable<ColumnFreshness>
          rows={idle}
          rowKey={(c) => c.name}
          onRowClick={(c) => navigate('/publications', { column: c.name })}
          columns={[
            { title: t('columns.name'), cell: (c) => c.name },
            { title: t('columns.last'), width: 110, cell: (c) => c.lastPublished ?? '—' },
            { title: t('columns.idle'), width: 90, cell: (c) => c.idleDays ?? '—' },
            { title: t('columns.threshold'), width: 90, cell: (c) => c.thresholdDays },
            {
              title: t('columns.status'),
              width: 100,
              cell: (c) => <LightTag color={COLOR[c.status]}>{t(`columns.${c.status}`)}</LightTag>,
            },
          ]}
        />
      )}
    </LightCard>
  );
}
