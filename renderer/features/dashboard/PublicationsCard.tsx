import { Col, Progress, Row, Select, Space, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthSummary, QuotaProgress } from '../../../shared/monitoring';
import { navigate } from '../../app/router';
import { MonthBars } from './MonthBars';
import { LightCard, LightTag, LightText, pressable } from '../../components/Light';

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
  // The 空白月 and 未达标 months: each opens that month's list (a click, or Tab then Enter/Space).
  const monthTags = (list: readonly number[], color: 'red' | 'orange', none: string) =>
    list.length === 0 ? (
      <LightText type="secondary">{none}</LightText>
    ) : (
      list.map((m) => (
        <LightTag
          color={color}
          key={m}
          style={{ cursor: 'pointer' }}
          onClick={() => monthLink(m)}
          {...pressable(() => monthLink(m))}
        >
          {t('publications.monthN', { n: m })}
        </LightTag>
      ))
    );
  const percent = quota.quota > 0 ? Math.min(100, Math.round((quota.count / quota.quota) * 100)) : 100;

  return (
    <LightCard title={t('publications.title')} size="small" data-testid="dash-publications">
      <Row gutter={16}>
        <Col span={7}>
          <Space orientation="vertical" style={{ width: '100%' }}>
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
              aria-label={t('publications.thisMonth', { month: quota.month })}
            />
            <LightText type={quota.remaining === 0 ? 'success' : 'warning'}>
              {quota.quota === 0
                ? t('publications.noQuota')
                : quota.remaining === 0
                  ? t('publications.met')
                  : t('publications.remaining', { n: quota.remaining })}
            </LightText>
            <div data-testid="dash-blank-months">
              <LightText strong>{t('publications.blankMonthsLabel')}</LightText>
              {monthTags(months.blankMonths, 'red', t('publications.noBlank'))}
              {months.blankStreak >= 2 && (
                <LightText type="danger" style={{ display: 'block' }}>
                  {t('publications.streak', { n: months.blankStreak })}
                </LightText>
              )}
            </div>
            <div data-testid="dash-under-quota">
              <LightText strong>{t('publications.underQuotaLabel')}</LightText>
              {monthTags(months.underQuotaMonths, 'orange', t('publications.noUnder'))}
            </div>
          </Space>
        </Col>
        <Col span={17}>
          <Space style={{ marginBottom: 4 }}>
            <LightText strong>{t('publications.chartTitle', { year: months.year })}</LightText>
            <Select<number>
              size="small"
              data-testid="dash-year"
              aria-label={t('common:filter.year')}
              value={months.year}
              onChange={onYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 90 }}
            />
            {yearSwitch}
          </Space>
          <div data-testid="dash-month-chart">
            <MonthBars months={months} quota={quota.quota} onMonth={monthLink} />
          </div>
        </Col>
      </Row>
    </LightCard>
  );
}
