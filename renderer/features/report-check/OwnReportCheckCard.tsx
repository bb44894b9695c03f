import { errorReason } from '../../components/error-reason';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/model';
import { crossYearChecks, type PreviousReport } from '../../../shared/report-check/check-cross';
import { proseChecks } from '../../../shared/report-check/check-prose';
import {
  baselineFromReport,
  parsedFromModel,
  previousFromBaseline,
} from '../../../shared/report-check/own-report';
import { similarityPercent } from '../../../shared/report-check/similarity';
import type { ReportStores } from '../../../shared/report/compute';
import { type ReportModel, readModel } from '../../../shared/report/model';
import { findSnapshot } from '../../../shared/report/snapshot';
import { writeContext } from '../../app/session';
import { db } from '../../db/database';
import { saveBaseline } from './baseline-store';
import { FindingsTable } from './FindingsTable';
import { readReportFile } from './read-report-file';

interface Props {
  year: number;
  model: ReportModel;
  texts: Record<string, string>;
  stores: ReportStores;
  settings: AppSettings;
}

const OWN_PROSE_CODES = new Set([
  'prose.arithmetic',
  'prose.partsSum',
  'prose.notHeldAsWithheld',
  'prose.appealsDenied',
  'prose.appealsUnmentioned',
]);

const TEXT_SECTIONS = [
  ['overview', '一、总体情况'],
  ['problems', '五、存在的主要问题及改进情况'],
  ['other', '六、其他需要报告的事项'],
] as const;

/**
 * 年报体检 on our own report (年度报告 page): this year against last year's finalised snapshot, or
 * against last year's baseline (a published report imported here or on the 年报体检 page, or typed in).
 */
export function OwnReportCheckCard({ year, model, texts, stores, settings }: Props) {
  const { t } = useTranslation('reportCheck');
  const { message } = App.useApp();
  const [importing, setImporting] = useState(false);
  const last = year - 1;
  const { previous, source } = useMemo(() => {
    const snap = findSnapshot(stores.reportSnapshots, last);
    const snapModel = snap ? readModel(snap.model) : null;
    if (snap && snapModel) {
      const p: PreviousReport = { ...parsedFromModel(snapModel, snap.texts), label: `${last}年度已定稿报告` };
      return { previous: p, source: t('baseline.fromSnapshot', { year: last }) };
    }
    const b = settings.baselines.find((x) => x.year === last);
    if (!b) return { previous: null, source: t('baseline.none', { year: last }) };
    const published = b.source === 'publishedReport';
    return {
      previous: previousFromBaseline(b, published ? `已发布的${last}年度报告` : `手工录入的${last}年度数据`),
      source: published
        ? t('baseline.fromReport', { year: last, file: b.sourceLabel })
        : t('baseline.fromManual', { year: last }),
    };
  }, [stores, settings, last, t]);
  const current = useMemo(() => parsedFromModel(model, texts), [model, texts]);
  // The app's own checks already hold typed numbers against the tables (ChecksPanel); these add what
  // a reader of the published report would see: stated sums, 不掌握 as 不予公开, 复议/诉讼 left out.
  const findings = useMemo(
    () => [
      ...(previous ? crossYearChecks(current, previous, settings.reportSimilarityThreshold) : []),
      ...proseChecks(current).filter((f) => OWN_PROSE_CODES.has(f.code)),
    ],
    [current, previous, settings.reportSimilarityThreshold],
  );

  const importReport = async (file: File) => {
    setImporting(true);
    try {
      const { report } = await readReportFile(file);
      if (report.year !== last) {
        message.error(t('baseline.wrongYear', { found: report.year ?? '?', year: last }));
        return;
      }
      const b = baselineFromReport(report, file.name, new Date().toISOString());
      if (!b) {
        message.error(t('baseline.unreadable'));
        return;
      }
      await saveBaseline(db, b, writeContext(settings));
      message.success(t('baseline.saved', { year: last }));
    } catch (e) {
      message.error(t('baseline.importFailed', { reason: errorReason(t, e) }));
    } finally {
      setImporting(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="own-report-check">
      <Typography.Text data-testid="baseline-source">{source}</Typography.Text>
      <Upload
        accept=".pdf,.docx,.txt"
        showUploadList={false}
        beforeUpload={(file) => {
          void importReport(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={importing} data-testid="import-baseline">
          {t('baseline.import')}
        </Button>
      </Upload>
      {previous && previous.sections.overview !== '' && (
        <Typography.Text type="secondary" data-testid="similarity">
          {t('baseline.similarity')}
          {t('common:punct.colon')}
          {TEXT_SECTIONS.map(
            ([id, title]) => `${title} ${similarityPercent(current.sections[id], previous.sections[id])}%`,
          ).join('；')}
        </Typography.Text>
      )}
      {(previous || findings.length > 0) && (
        <FindingsTable compact findings={findings} testId="own-report-findings" />
      )}
    </Space>
  );
}
