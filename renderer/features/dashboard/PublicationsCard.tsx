import { Card, Col, Progress, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthSummary, QuotaProgress } from '../../../shared/monitoring';
import { navigate } from '../../app/router';
import { type ChartClick, EChart } from './EChart';

const STATUS_COLOR = {
  blank: '#cf1322',
  underQuota: '#fa8c16',
  met: '#389e0d',
  inProgress: '#1677ff',
  future: '#d9d9d9',
};

/**
 * This month against the quota and the year's months as bars: 空白月 (red) and months under the
 * quota (orange) marked, as the county office's monthly 通报 names them (seed 篇4).
 */
export function PublicationsCard({
  quota,
  months,
  years,
  onYear,
  yearSwitch,
}: {
  quota: QuotaProgress;
  months: MonthSummary;
  years: number[];
  onYear: (y: number) => void;
  /** While last year is being closed: both years one click apart. */
  yearSwitch?: ReactNode;
}) {
  const { t } = useTranslation('dashboard');
  const monthLink = (m: number) =>
    navigate('/publications', { year: months.year, month: m, status: 'published' });
  const top = Math.max(quota.quota, ...months.months.map((m) => m.count), 1);
  const option = useMemo(
    () => ({
      grid: { left: 36, right: 16, top: 28, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months.months.map((m) => t('publications.monthN', { n: m.month })) },
      // The quota line must be on the chart even when every month is far below it.
      yAxis: { type: 'value', minInterval: 1, max: top },
      series: [
        {
          // 空白月 get a light red band behind them: a zero-height bar alone is easy to miss.
          name: t('publications.blankMonths'),
          type: 'bar',
          silent: true,
          barGap: '-100%',
          tooltip: { show: false },
          itemStyle: { color: 'rgba(207, 19, 34, 0.12)' },
          data: months.months.map((m) => (m.status === 'blank' ? top : null)),
        },
        {
          name: t('publications.legendCount'),
          barGap: '-100%',
          type: 'bar',
          data: months.months.map((m) => ({
            value: m.count,
            itemStyle: { color: STATUS_COLOR[m.status] },
          })),
          label: { show: true, position: 'top', formatter: (p: { value: number }) => String(p.value) },
          markLine:
            quota.quota > 0
              ? {
                  symbol: 'none',
                  lineStyle: { type: 'dashed', color: '#8c8c8c' },
                  label: { formatter: t('publications.legendQuota'), position: 'insideEndTop' },
                  data: [{ yAxis: quota.quota }],
                }
              : undefined,
        },
      ],
    }),
    [months, quota.quota, top, t],
  );
  const percent = quota.quota > 0 ? Math.min(100, Math.round((quota.count / quota.quota) * 100)) : 100;

  return (
    <Card title={t('publications.title')} size="small" data-testid="dash-publications">
      <Row gutter={16}>
        <Col span={7}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Statistic
              title={t('publications.thisMonth', { month: quota.month })}
              value={quota.count}
              suffix={quota.quota > 0 ? `/ ${quota.quota}` : undefined}
              data-testid="dash-this-month"
            />
            <Progress
              percent={percent}
              status={quota.remaining === 0 ? 'success' : 'active'}
              showInfo={false}
            />
            <Typography.Text type={quota.remaining === 0 ? 'success' : 'warning'}>
              {quota.quota === 0
                ? t('publications.noQuota')
                : quota.remaining === 0
                  ? t('publications.met')
                  : t('publications.remaining', { n: quota.remaining })}
            </Typography.Text>
            <div data-testid="dash-blank-months">
              <Typography.Text strong>{t('publications.blankMonthsLabel')}</Typography.Text>
              {months.blankMonths.length === 0 ? (
                <Typography.Text type="secondary">{t('publications.noBlank')}</Typography.Text>
              ) : (
                months.blankMonths.map((m) => (
                  <Tag color="red" key={m} style={{ cursor: 'pointer' }} onClick={() => monthLink(m)}>
                    {t('publications.monthN', { n: m })}
                  </Tag>
                ))
              )}
              {months.blankStreak >= 2 && (
                <Typography.Text type="danger" style={{ display: 'block' }}>
                  {t('publications.streak', { n: months.blankStreak })}
                </Typography.Text>
              )}
            </div>
            <div data-testid="dash-under-quota">
              <Typography.Text strong>{t('publications.underQuotaLabel')}</Typography.Text>
              {months.underQuotaMonths.length === 0 ? (
                <Typography.Text type="secondary">{t('publications.noUnder')}</Typography.Text>
              ) : (
                months.underQuotaMonths.map((m) => (
                  <Tag color="orange" key={m} style={{ cursor: 'pointer' }} onClick={() => monthLink(m)}>
                    {t('publications.monthN', { n: m })}
                  </Tag>
                ))
              )}
            </div>
          </Space>
        </Col>
        <Col span={17}>
          <Space style={{ marginBottom: 4 }}>
            <Typography.Text strong>{t('publications.chartTitle', { year: months.year })}</Typography.Text>
            <Select<number>
              size="small"
              data-testid="dash-year"
              value={months.year}
              onChange={onYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 90 }}
            />
            {yearSwitch}
          </Space>
          <EChart
            option={option}
            height={240}
            testId="dash-month-chart"
            onClick={(e: ChartClick) => monthLink(e.dataIndex + 1)}
          />
        </Col>
      </Row>
    </Card>
  );
}
