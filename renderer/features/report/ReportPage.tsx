import { errorReason } from '../../components/error-reason';
import { FileExcelOutlined, FileTextOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Row, Select, Space, Spin } from 'antd';
import { LightCard, LightTag } from '../../components/Light';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelResponse } from '../../../shared/ipc';
import { localDateOf, type RegisterName } from '../../../shared/model';
import { reportTitle } from '../../../shared/report/title';
import { reportableYears } from '../../../shared/report/formats';
import { describeCell } from '../../../shared/report/labels';
import { type ReportCheck, readModel, storeOfKey } from '../../../shared/report/model';
import { proseChecks } from '../../../shared/report/prose-checks';
import { resolveSignDate } from '../../../shared/report/snapshot';
import { setQuery, useLocation } from '../../app/router';
import { todayLocal, writeContext } from '../../app/session';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { OpenYearSwitch, useOpenYear } from '../../components/open-year';
import { DateField } from '../../components/DateField';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { db } from '../../db/database';
import { fileFailureText, savedMessage } from '../../platform/save-message';
import { OwnReportCheckCard } from '../report-check/OwnReportCheckCard';
import { CellRecordsDrawer, type RecordList } from './CellRecordsDrawer';
import { ChecksPanel } from './ChecksPanel';
import { type ReportFileKind, saveReportFile } from './export-report';
import { FinaliseCard } from './FinaliseCard';
import { ReportTables } from './ReportTables';
import { reportYearOf } from './report-reads';
import { saveReportTexts } from './report-store';
import { TextSections } from './TextSections';
import { useReport } from './use-report';
import { YearFiguresCard } from './YearFiguresCard';

/** 2026-01-20 → 2026年1月20日, as the .docx prints the date (gov-style.ts; docx is not loaded here). */
const chineseDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

const ICONS = { docx: <FileWordOutlined />, xlsx: <FileExcelOutlined />, json: <FileTextOutlined /> };

export default function ReportPage() {
  const { t } = useTranslation('report');
  const { t: tc } = useTranslation('reportCheck');
  const { message } = App.useApp();
  const { query } = useLocation();
  const today = todayLocal();
  // The year still being closed (shared/report/year-being-closed.ts) unless the address names one.
  const openYear = useOpenYear();
  const year = reportYearOf(query, openYear?.year, today);
  const state = useReport(year);
  const [texts, setTexts] = useState<Record<string, string> | null>(null);
  // 落款日期 chosen for the draft; null = the default (today, or the finalised snapshot's date).
  const [signDate, setSignDate] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  // Texts or a 落款日期 not yet saved: leaving the page (the menu, another year, Back, closing the
  // window) asks first, as the registers' forms do — they were dropped without a word.
  const dirtyRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useUnsavedGuard(dirtyRef);
  const [selected, setSelected] = useState<ReportCheck | null>(null);
  const [records, setRecords] = useState<RecordList | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const ready = state && state !== 'noFormat' ? state : null;
  // Texts: the saved ones, else a fresh draft; reset when the year changes (not on every recompute).
  // Both set while rendering (React's pattern for state following an input), not in effects: the
  // page is drawn once with its texts, not a spinner committed first and the page a pass later.
  const [textsYear, setTextsYear] = useState(year);
  if (textsYear !== year) {
    setTextsYear(year);
    setTexts(null);
    setSignDate(null);
    setDirty(false);
    setSelected(null);
  } else if (ready && texts === null) {
    setTexts({ ...(ready.savedTexts ?? ready.generated) });
    setSignDate(ready.savedSignDate);
  }

  const textChecks = useMemo(
    () => (ready && texts ? proseChecks(ready.model, ready.format, texts, ready.previous) : []),
    [ready, texts],
  );

  if (!query.get('year') && !openYear) return <Spin />;
  if (state === 'noFormat') return <Alert type="error" title={t('noFormat', { year })} />;
  if (!ready || !texts) return <Spin />;
  const { model, format, settings, snapshot } = ready;
  const checks = [...model.checks, ...textChecks];
  const errors = checks.filter((c) => c.severity === 'error').length;
  const title = reportTitle(format, model);
  const finalisedSignDate = snapshot
    ? resolveSignDate({
        chosen: null,
        snapshotSignDate: snapshot.signDate,
        finalisedLocalDate: localDateOf(snapshot.finalisedAt ?? ''),
        today,
      })
    : null;
  const printedSignDate = signDate ?? finalisedSignDate ?? today;
  const openRecords = (store: RegisterName, ids: string[], heading: string) =>
    setRecords({ store, ids, title: heading });

  const onCell = (key: string) => {
    const store = storeOfKey(key);
    const where = describeCell(format, key);
    if (!store || store === 'yearFigures') {
      message.info(t('figures.enterHint'));
      // The cursor goes to the figure's field in 表二 数据填报 (t2:fees:amount → 行政事业性收费's).
      const row = key.split(':')[1];
      const field = document.querySelector<HTMLElement>(
        `input[data-testid="figure-${row === 'fees' ? 'feesYuan' : row}"]`,
      );
      field?.scrollIntoView({ block: 'center' });
      field?.focus();
      return;
    }
    openRecords(
      store,
      model.cells[key]?.ids ?? [],
      `${where.table} ${where.row}${where.column ? ` / ${where.column}` : ''}`,
    );
  };

  const saveTexts = async () => {
    await saveReportTexts(db, year, format, texts, writeContext(settings), signDate);
    setDirty(false);
    message.success(t('text.saved'));
  };

  const exportFile = async (kind: ReportFileKind, frozen = false) => {
    setBusy(`${kind}${frozen ? '-frozen' : ''}`);
    try {
      const frozenModel = frozen && snapshot ? readModel(snapshot.model) : null;
      const input = {
        model: frozenModel ?? model,
        format,
        texts: frozenModel && snapshot ? snapshot.texts : texts,
        signDate: frozenModel ? (finalisedSignDate ?? today) : printedSignDate,
        title,
      };
      const result: ChannelResponse<'file:save'> = await saveReportFile(
        kind,
        input,
        t(`export.filter.${kind}`),
      );
      if (result.ok) message.success(savedMessage(t, result, 'export.saved'));
      else if (result.error !== 'cancelled')
        message.error(t('export.failed', { reason: fileFailureText(t, result) }));
    } catch (err) {
      message.error(t('export.failed', { reason: errorReason(t, err) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="report-page">
      <LightCard size="small">
        <Space wrap>
          <Select
            value={year}
            style={{ width: 130 }}
            data-testid="report-year"
            aria-label={t('common:filter.year')}
            options={reportableYears(Number(today.slice(0, 4))).map((y) => ({
              value: y,
              label: t('yearN', { year: y }),
            }))}
            onChange={(y: number) => setQuery({ year: y })}
          />
          <OpenYearSwitch open={openYear} value={year} onChange={(y) => setQuery({ year: y })} />
          <Space size={4} data-testid="sign-date">
            <span>{t('sign.label')}</span>
            <div style={{ width: 140 }}>
              <DateField
                value={printedSignDate}
                data-testid="sign-date-input"
                onChange={(d) => {
                  setSignDate(d);
                  setDirty(true);
                }}
              />
            </div>
          </Space>
          <LightTag color={snapshot ? 'green' : 'default'} data-testid="report-status">
            {snapshot ? t('status.finalised') : t('status.draft')}
          </LightTag>
          <LightTag color={errors > 0 ? 'red' : 'green'} data-testid="report-errors">
            {t('status.checks', { errors, others: checks.length - errors })}
          </LightTag>
          <Button
            icon={<SaveOutlined />}
            disabled={!dirty}
            onClick={() => void saveTexts()}
            data-testid="save-texts"
          >
            {t('text.save')}
          </Button>
          {(['docx', 'xlsx', 'json'] as const).map((k) => (
            <Button
              key={k}
              icon={ICONS[k]}
              loading={busy === k}
              disabled={busy !== null}
              onClick={() => void exportFile(k)}
              data-testid={`export-${k}`}
            >
              {t(`export.${k}`)}
            </Button>
          ))}
          {snapshot && (
            <Button
              loading={busy === 'docx-frozen'}
              disabled={busy !== null}
              onClick={() => void exportFile('docx', true)}
              data-testid="export-finalised"
            >
              {t('export.finalised')}
            </Button>
          )}
        </Space>
      </LightCard>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <LightCard title={title} size="small">
            <ReportTables
              format={format}
              cells={model.cells}
              highlight={new Set(selected?.cells ?? [])}
              onCell={onCell}
            />
          </LightCard>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <LightCard size="small" title={t('checks.title')}>
              <ChecksPanel
                checks={checks}
                selected={selected?.id ?? null}
                onSelect={setSelected}
                onRecords={openRecords}
              />
            </LightCard>
            <LightCard size="small" title={tc('baseline.title')}>
              <OwnReportCheckCard
                year={year}
                model={model}
                texts={texts}
                stores={ready.stores}
                settings={settings}
              />
            </LightCard>
            <LightCard size="small" title={t('figures.title')}>
              <YearFiguresCard
                year={year}
                figures={ready.stores.yearFigures.find((f) => f.year === year) ?? null}
              />
            </LightCard>
            {/* Below the first screen, as the text sections: drawn once the page is on screen. */}
            <AfterFirstPaint>
              <LightCard size="small" title={t('finalise.title')}>
                <FinaliseCard
                  model={model}
                  format={format}
                  texts={texts}
                  textChecks={textChecks}
                  snapshot={snapshot}
                  signDate={printedSignDate}
                  onRecords={openRecords}
                  // 定稿 wrote the texts and 落款日期 with the snapshot: nothing typed is left unsaved.
                  onFinalised={() => setDirty(false)}
                />
              </LightCard>
            </AfterFirstPaint>
          </Space>
        </Col>
      </Row>
      {/* Below the first screen (issue 17): the six text sections and the signature, each drawn once
          the tables and checks above are on screen (one per card: Space spaces its children). */}
      <AfterFirstPaint placeholder={<div style={{ minHeight: 800 }} />}>
        <LightCard size="small" title={t('text.title')}>
          <TextSections
            format={format}
            cells={model.cells}
            texts={texts}
            generated={ready.generated}
            previous={ready.previous}
            onChange={(section, text) => {
              setTexts({ ...texts, [section]: text });
              setDirty(true);
            }}
          />
        </LightCard>
      </AfterFirstPaint>
      <AfterFirstPaint>
        <LightCard size="small" title={t('sign.preview')}>
          {/* As printed under the last section of the .docx (GB/T 9704: 发文机关署名 and 成文日期). */}
          <div data-testid="sign-preview" style={{ textAlign: 'right', lineHeight: 2, paddingRight: 48 }}>
            <div>{model.agencyName || t('sign.noAgency')}</div>
            <div>{chineseDate(printedSignDate)}</div>
          </div>
        </LightCard>
      </AfterFirstPaint>
      <CellRecordsDrawer list={records} onClose={() => setRecords(null)} />
    </Space>
  );
}
