import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Modal, Row, Space, Switch, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { calendarExportJson, type DayInfo, holidayName } from '../../../shared/calendar';
import type { CalendarOverride, CalendarYear } from '../../../shared/model';
import { navigate, useLocation } from '../../app/router';
import { todayLocal, useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { platform } from '../../platform';
import { ImportCalendar, QuickEntry } from './CalendarEntry';
import { putOverrides, removeOverride, setYearComplete } from '../../db/repositories/calendar';
import { OverridesPanel } from './OverridesPanel';
import { useCalendarData } from './use-work-calendar';
import { Legend, YearGrid } from './YearGrid';
import { errorReason } from '../../components/error-reason';

/** 工作日历: the year as month grids, the officer's adjustments, quick entry, import, "year complete". */
export default function CalendarPage() {
  const { t, i18n } = useTranslation('clock');
  const { message } = App.useApp();
  const settings = useSettings();
  const { query } = useLocation();
  const year = Number(query.get('year')) || Number(todayLocal().slice(0, 4));
  // The calendar read at the start (every page's deadlines use it) until this visit's read is in,
  // and one calendar object for the same data: the year grid's 365 days are drawn once on a visit,
  // not once empty and again with the stores (issue 17), and not again for a day's dialog.
  const { data, calendar } = useCalendarData();
  const [picked, setPicked] = useState<DayInfo | null>(null);
  const setYear = (y: number) => navigate('/calendar', { year: y });
  const ctx = () => writeContext(settings);
  const bundled = year >= calendar.firstBundledYear && year <= calendar.lastBundledYear;
  const complete = data.years.some((y) => y.year === year && y.complete);
  const yearOverrides = useMemo(
    () =>
      data.overrides
        .filter((o) => o.date.startsWith(`${year}-`))
        .sort((a, b) => a.date.localeCompare(b.date)),
    [data, year],
  );

  const save = async (overrides: CalendarOverride[], years: CalendarYear[]): Promise<boolean> => {
    try {
      const n = await putOverrides(db, overrides, ctx());
      for (const y of years) await setYearComplete(db, y.year, y.complete, ctx(), y.note);
      message.success(t('calendar.added', { n }));
      return true;
    } catch (err) {
      message.error(t('calendar.saveFailed', { reason: errorReason(t, err) }));
      return false;
    }
  };
  const remove = async (date: string) => {
    await removeOverride(db, date, ctx());
    message.success(t('calendar.removed', { date }));
  };
  const exportJson = async () => {
    const result = await platform.fileSave({
      suggestedName: `公开台账-工作日历-${todayLocal()}.json`,
      filters: [{ name: 'JSON', extensions: ['json'] }],
      data: calendarExportJson(data.overrides, data.years),
    });
    if (!result.ok && result.error !== 'cancelled') message.error(result.message);
  };

  const yearStatus = bundled
    ? t('calendar.yearBundled', { year })
    : complete
      ? t('calendar.yearComplete', { year })
      : t('calendar.yearUnknown', { year });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="calendar-page">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('calendar.intro', {
          first: calendar.firstBundledYear,
          last: calendar.lastBundledYear,
          source: calendar.bundledVersion,
        })}
      </Typography.Paragraph>
      <Space wrap align="center">
        <Button
          icon={<LeftOutlined />}
          aria-label={t('calendar.prevYear')}
          onClick={() => setYear(year - 1)}
        />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="calendar-year">
          {year}
        </Typography.Title>
        <Button
          icon={<RightOutlined />}
          aria-label={t('calendar.nextYear')}
          onClick={() => setYear(year + 1)}
        />
        <Legend />
        <Button onClick={() => void exportJson()}>{t('calendar.export')}</Button>
      </Space>
      <Alert
        type={bundled || complete ? 'success' : 'warning'}
        showIcon
        data-testid="calendar-year-status"
        title={yearStatus}
        action={
          bundled ? undefined : (
            <Space>
              <Typography.Text>{t('calendar.markComplete')}</Typography.Text>
              <Switch
                data-testid="calendar-year-complete"
                checked={complete}
                onChange={(on) => void setYearComplete(db, year, on, ctx())}
              />
            </Space>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <YearGrid year={year} calendar={calendar} onDayClick={setPicked} />
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small">
            {/* After the year grid is painted: antd's Tabs measures its tabs as it is drawn, a forced
                layout of the whole page in the grid's task (56 ms of a first visit's 174, issue 17). */}
            <AfterFirstPaint placeholder={<div style={{ minHeight: 240 }} />}>
              <Tabs
                items={[
                  {
                    key: 'overrides',
                    label: t('calendar.overrides', { n: yearOverrides.length }),
                    children: (
                      <OverridesPanel
                        overrides={yearOverrides}
                        onAdd={(o) => save([o], [])}
                        onRemove={(d) => void remove(d)}
                      />
                    ),
                  },
                  {
                    key: 'quick',
                    label: t('calendar.quick.title'),
                    children: <QuickEntry year={year} onSave={save} />,
                  },
                  {
                    key: 'import',
                    label: t('calendar.import.title'),
                    children: <ImportCalendar onSave={save} />,
                  },
                ]}
              />
            </AfterFirstPaint>
          </Card>
        </Col>
      </Row>
      <Modal
        open={picked !== null}
        title={picked?.date}
        onCancel={() => setPicked(null)}
        footer={null}
        destroyOnHidden
      >
        {picked && (
          <Space orientation="vertical">
            <Typography.Text>
              {t('calendar.dayTitle', {
                date: picked.date,
                kind: t(`calendar.kind.${picked.kind}`),
                name: [holidayName(picked, i18n.language), picked.note]
                  .filter(Boolean)
                  .map((s) => ` · ${s}`)
                  .join(''),
              })}
            </Typography.Text>
            <Space>
              <Button
                danger
                data-testid="day-set-holiday"
                onClick={async () =>
                  (await save([{ date: picked.date, kind: 'holiday', note: '' }], [])) && setPicked(null)
                }
              >
                {t('calendar.asHoliday')}
              </Button>
              <Button
                data-testid="day-set-workday"
                onClick={async () =>
                  (await save([{ date: picked.date, kind: 'workday', note: '' }], [])) && setPicked(null)
                }
              >
                {t('calendar.asWorkday')}
              </Button>
              {picked.source === 'override' && (
                <Button
                  data-testid="day-clear"
                  onClick={async () => {
                    await remove(picked.date);
                    setPicked(null);
                  }}
                >
                  {t('calendar.remove')}
                </Button>
              )}
            </Space>
          </Space>
        )}
      </Modal>
    </Space>
  );
}
