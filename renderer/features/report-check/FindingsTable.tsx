import { Space, Table, Typography } from 'antd';
import { LightList, LightListItem, LightTag } from '../../components/Light';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/report-check/model';
import { findingPlace } from '../../../shared/report-check/place';

const COLORS = { error: 'red', warning: 'orange', info: 'default' } as const;

/** One report's findings: severity, the cell or section it points at, what to do, the quoted text. */
export function FindingsTable({
  findings,
  testId,
  compact = false,
}: {
  findings: Finding[];
  testId?: string;
  /** A list for narrow places (the report page's side column). */
  compact?: boolean;
}) {
  const { t } = useTranslation('reportCheck');
  if (compact) {
    return (
      <LightList data-testid={testId} emptyText={t('noFindings')}>
        {findings.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a report's findings, in their order, drawn once.
          <LightListItem key={i}>
            <Space orientation="vertical" size={2}>
              <span>
                <LightTag color={COLORS[f.severity]}>{t(`severity.${f.severity}`)}</LightTag>
                <strong>{findingPlace(f)}</strong>
              </span>
              <span data-testid="finding" data-code={f.code}>
                {f.message}
              </span>
              {f.evidence && <Typography.Text type="secondary">{f.evidence}</Typography.Text>}
            </Space>
          </LightListItem>
        ))}
      </LightList>
    );
  }
  return (
    <Table<Finding & { key: number }>
      size="small"
      pagination={false}
      data-testid={testId}
      dataSource={findings.map((f, key) => ({ ...f, key }))}
      locale={{ emptyText: t('noFindings') }}
      columns={[
        {
          title: t('col.severity'),
          dataIndex: 'severity',
          width: 70,
          render: (s: Finding['severity']) => <LightTag color={COLORS[s]}>{t(`severity.${s}`)}</LightTag>,
        },
        { title: t('col.place'), key: 'place', width: 220, render: (_, f) => findingPlace(f) },
        {
          title: t('col.message'),
          dataIndex: 'message',
          render: (m: string, f) => (
            <span data-testid="finding" data-code={f.code}>
              {m}
            </span>
          ),
        },
        { title: t('col.evidence'), dataIndex: 'evidence', width: 260 },
      ]}
    />
  );
}
