import { Col, Row, Spin } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../app/session';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { useFilters, yearOptions } from '../../components/filter-state';
import { OpenYearSwitch, useOpenYear } from '../../components/open-year';
import { FirstRunCard } from '../first-run/FirstRunCard';
import { ActivityCharts } from './ActivityCharts';
import { ColumnsCard } from './ColumnsCard';
import { PublicationsCard } from './PublicationsCard';
import { RequestsCard } from './RequestsCard';
import { BackupCard, ReportCard } from './StatusCards';
import { TimelinessCard } from './TimelinessCard';
import { useBackupAge, useDashboard } from './use-dashboard';
import { LightCard } from '../../components/Light';

/** Below the first screen, with its date picker: loaded after the dashboard shows (issue 17). */
const BulletinCard = lazy(() => import('./BulletinCard').then((m) => ({ default: m.BulletinCard })));

/**
 * The first screen: what needs the officer today (issue 7). Every figure is derived from the
 * records on each change (nothing stored), and every item opens the records behind it.
 * `#/dashboard?year=2024` shows another year's months in the chart.
 */
/** The backup card with its own read of the backup status: its answer redraws this card alone. */
function BackupStatusCard({ today, reminderDays }: { today: string; reminderDays: number }) {
  return <BackupCard age={useBackupAge(today)} reminderDays={reminderDays} />;
}

export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const today = todayLocal();
  const { get, set } = useFilters();
  // The chart opens on the year still being closed (shared/report/year-being-closed.ts).
  const openYear = useOpenYear();
  const chartYear = Number(get('year')) || openYear?.year || Number(today.slice(0, 4));
  const { figures, settings, calendar, install } = useDashboard(today, chartYear);
  // The cards are drawn again only when what they show changes (issue 17), not on every render of
  // the page (an answer arriving, the shell's own updates).
  const content = useMemo(() => {
    if (!figures || !install) return null;
    return (
      <div data-testid="dashboard">
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <RequestsCard
              items={figures.attention}
              dueSoonDays={settings.dueSoonWorkingDays}
              lateLetters={figures.lateLetters}
            />
          </Col>
          <Col span={24}>
            <PublicationsCard
              quota={figures.quota}
              months={figures.months}
              years={yearOptions(today)}
              onYear={(y) => set('year', y === (openYear?.year ?? Number(today.slice(0, 4))) ? null : y)}
              yearSwitch={
                <OpenYearSwitch open={openYear} value={chartYear} onChange={(y) => set('year', y)} />
              }
            />
          </Col>
          <Col span={14}>
            <ColumnsCard report={figures.columns} />
          </Col>
          <Col span={10}>
            <Row gutter={[16, 16]}>
              <Col span={24}>
                <ReportCard deadline={figures.deadline} checks={figures.checks} />
              </Col>
              <Col span={24}>
                <BackupStatusCard today={today} reminderDays={settings.backupReminderDays} />
              </Col>
            </Row>
          </Col>
          {/* Below the first screen: drawn once the cards above are on screen (issue 17). */}
          <AfterFirstPaint placeholder={<Col span={24} style={{ minHeight: 600 }} />}>
            <Col span={24}>
              <TimelinessCard unpublished={figures.unpublished} late={figures.late} />
            </Col>
            <Col span={24}>
              <ActivityCharts
                consultations={figures.consultations}
                outcomes={figures.outcomes}
                year={Number(today.slice(0, 4))}
                month={Number(today.slice(5, 7))}
              />
            </Col>
          </AfterFirstPaint>
          <Col span={24}>
            <Suspense fallback={<LightCard size="small" style={{ minHeight: 120 }} />}>
              <BulletinCard settings={settings} calendar={calendar} today={today} />
            </Suspense>
          </Col>
        </Row>
      </div>
    );
  }, [figures, install, settings, calendar, openYear, chartYear, today, set]);
  if (!figures || !install) return <Spin tip={t('loading')} fullscreen={false} data-testid="dash-loading" />;
  // An empty install: what to do next, not alarms about months and checks with nothing in them.
  if (!install.anyRecords)
    return (
      <div data-testid="dashboard">
        <FirstRunCard />
      </div>
    );
  return content;
}
