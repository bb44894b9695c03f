import { Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationChannel } from '../../../shared/model';
import type { OutcomeBucket } from '../../../shared/monitoring';
import { navigate } from '../../app/router';
import { useEnumLabel } from '../../components/enum-label';
import { EChart } from './EChart';
import { LightCard } from '../../components/Light';

/** Consultations this month by channel; requests this year by outcome group (表三's （一）…（六）). */
export function ActivityCharts({
  consultations,
  outcomes,
  year,
  month,
}: {
  consultations: { channel: ConsultationChannel; count: number }[];
  outcomes: { bucket: OutcomeBucket; count: number }[];
  year: number;
  month: number;
}) {
  const { t } = useTranslation('dashboard');
  const { label } = useEnumLabel();
  const pie = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}: {c}' },
          data: consultations.map((c) => ({ name: label('consultationChannel', c.channel), value: c.count })),
        },
      ],
    }),
    [consultations, label],
  );
  const bars = useMemo(
    () => ({
      grid: { left: 150, right: 24, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: outcomes.map((o) =>
          o.bucket === 'pending' ? t('charts.pending') : label('outcomeGroup', o.bucket),
        ),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: [{ type: 'bar', data: outcomes.map((o) => o.count), label: { show: true, position: 'right' } }],
    }),
    [outcomes, label, t],
  );
  // Each item in words, for the keyboard and a screen reader (EChart `items`): 电话：3.
  const colon = t('common:punct.colon');
  const channelItems = consultations.map(
    (c) => `${label('consultationChannel', c.channel)}${colon}${c.count}`,
  );
  const outcomeItems = outcomes.map(
    (o) =>
      `${o.bucket === 'pending' ? t('charts.pending') : label('outcomeGroup', o.bucket)}${colon}${o.count}`,
  );
  const noConsultations = consultations.every((c) => c.count === 0);
  const noRequests = outcomes.every((o) => o.count === 0);
  return (
    <Row gutter={16}>
      <Col span={10}>
        <LightCard size="small" title={t('charts.consultations')} data-testid="dash-consultations">
          {noConsultations ? (
            <Empty description={t('charts.empty')} />
          ) : (
            <EChart
              option={pie}
              height={240}
              label={t('charts.consultations')}
              items={channelItems}
              testId="chart-consultations"
              onClick={() => navigate('/consultations', { year, month })}
            />
          )}
        </LightCard>
      </Col>
      <Col span={14}>
        <LightCard size="small" title={t('charts.outcomes')} data-testid="dash-outcomes">
          {noRequests ? (
            <Empty description={t('charts.empty')} />
          ) : (
            <EChart
              option={bars}
              height={240}
              label={t('charts.outcomes')}
              items={outcomeItems}
              testId="chart-outcomes"
              onClick={(e) => {
                const b = outcomes[e.dataIndex]?.bucket;
                navigate(
                  '/requests',
                  b === 'pending' ? { status: 'unanswered' } : { status: 'answered', outcomeGroup: b, year },
                );
              }}
            />
          )}
        </LightCard>
      </Col>
    </Row>
  );
}
