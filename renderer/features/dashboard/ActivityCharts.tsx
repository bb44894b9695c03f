import { Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationChannel } from '../../../shared/model';
import type { OutcomeBucket } from '../../../shared/monitoring';
import { navigate } from '../../app/router';
import { useEnumLabel } from '../../components/enum-label';
import type { EChartsCoreOption } from 'echarts/core';
import { type ChartClick, EChart } from './EChart';
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
      <ChartCard
        span={10}
        title={t('charts.consultations')}
        id="consultations"
        empty={noConsultations}
        option={pie}
        items={channelItems}
        onClick={() => navigate('/consultations', { year, month })}
      />
      <ChartCard
        span={14}
        title={t('charts.outcomes')}
        id="outcomes"
        empty={noRequests}
        option={bars}
        items={outcomeItems}
        onClick={(e) => {
          const b = outcomes[e.dataIndex]?.bucket;
          navigate(
            '/requests',
            b === 'pending' ? { status: 'unanswered' } : { status: 'answered', outcomeGroup: b, year },
          );
        }}
      />
    </Row>
  );
}

/** One chart in its card (test ids `dash-<id>` and `chart-<id>`), or the card's empty text. */
function ChartCard({
  span,
  title,
  id,
  empty,
  option,
  items,
  onClick,
}: {
  span: number;
  title: string;
  id: string;
  empty: boolean;
  option: EChartsCoreOption;
  items: readonly string[];
  onClick: (e: ChartClick) => void;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <Col span={span}>
      <LightCard size="small" title={title} data-testid={`dash-${id}`}>
        {empty ? (
          <Empty description={t('charts.empty')} />
        ) : (
          <EChart
            option={option}
            height={240}
            label={title}
            items={items}
            testId={`chart-${id}`}
            onClick={onClick}
          />
        )}
      </LightCard>
    </Col>
  );
}
