import { TechnicalDetail } from '../../components/TechnicalDetail';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Input, InputNumber, Space, Tag, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyKey } from '../../../shared/report-check/batch';
import { worstSeverity } from '../../../shared/report-check/check';
import { baselineFromReport } from '../../../shared/report-check/own-report';
import { useSettings, writeContext } from '../../app/session';
import { db } from '../../db/database';
import { saveSettings } from '../../db/repositories/settings';
import { platform } from '../../platform';
import { saveBaseline } from './baseline-store';
import { checkDropped, type DroppedFile } from './check-files';
import { FindingsTable } from './FindingsTable';
import { ReportFileError, readReportFile } from './read-report-file';
import { fileFailureText } from '../../platform/save-message';

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

/**
 * 年报体检: published annual reports dropped here (one or a whole county's) are read and checked;
 * results by body, searchable, exportable as .xlsx; a report can become last year's baseline.
 */
export default function ReportCheckPage() {
  const { t } = useTranslation('reportCheck');
  const { message } = App.useApp();
  const settings = useSettings();
  const [files, setFiles] = useState<DroppedFile[]>([]);
  const [reading, setReading] = useState(0);
  const [query, setQuery] = useState('');
  const threshold = settings.reportSimilarityThreshold;
  // The threshold is saved (and the reports checked again) when the field is left, Enter pressed or a
  // step button clicked — not at each keystroke: typing 85 must not check every report at 8 % first.
  // undefined: not being edited; null: emptied while typing.
  const [thresholdDraft, setThresholdDraft] = useState<number | null | undefined>(undefined);
  const commitThreshold = (value = thresholdDraft) => {
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= 100 &&
      value !== threshold
    ) {
      // The draft stays shown until the stored settings hold it (no flash of the old number).
      setThresholdDraft(value);
      void saveSettings(db, { reportSimilarityThreshold: value }, writeContext(settings));
    } else setThresholdDraft(undefined);
  };
  useEffect(() => {
    setThresholdDraft((draft) => (draft === threshold ? undefined : draft));
  }, [threshold]);
  const results = useMemo(() => checkDropped(files, threshold), [files, threshold]);
  const shown = results.filter(
    (r) => !query.trim() || bodyKey(r.report?.body ?? r.file).includes(bodyKey(query)),
  );

  const add = async (file: File) => {
    setReading((n) => n + 1);
    const id = `${file.name}-${file.size}-${file.lastModified}`;
    let entry: DroppedFile;
    try {
      entry = { id, name: file.name, read: await readReportFile(file), error: null };
    } catch (e) {
      const code = e instanceof ReportFileError ? e.code : 'unreadable';
      entry = {
        id,
        name: file.name,
        read: null,
        // The code, said in the interface's language when drawn (it follows a language change).
        error: code,
        ...(code === 'unreadable' ? { detail: e instanceof Error ? e.message : String(e) } : {}),
      };
    }
    setFiles((all) => [...all.filter((f) => f.id !== id), entry]);
    setReading((n) => n - 1);
  };

  const readErrorText = (code: string) => t(`readError.${code}`, { defaultValue: code });

  const exportXlsx = async () => {
    const { buildCheckWorkbook } = await import('../../../shared/report-check/workbook');
    // A file that could not be read: its reason in words in the workbook, as on the page.
    const said = results.map((r) => (r.error ? { ...r, error: readErrorText(r.error) } : r));
    const data = new Uint8Array(await buildCheckWorkbook(said, null).xlsx.writeBuffer());
    const res = await platform.fileSave({
      suggestedName: t('exportName'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      data,
    });
    if (res.ok) message.success(t('exported', { path: res.path }));
    else if (res.error !== 'cancelled') message.error(t('exportFailed', { reason: fileFailureText(t, res) }));
  };

  const setAsBaseline = async (id: string) => {
    const r = results.find((x) => x.id === id);
    const b = r?.report ? baselineFromReport(r.report, r.file, new Date().toISOString()) : null;
    if (!b) {
      message.error(t('baseline.unreadable'));
      return;
    }
    await saveBaseline(db, b, writeContext(settings));
    message.success(t('baseline.saved', { year: b.year }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="report-check-page">
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <div data-testid="report-check-drop">
        <Upload.Dragger
          multiple
          accept=".pdf,.docx,.txt"
          showUploadList={false}
          beforeUpload={(file) => {
            void add(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('drop')}</p>
          <p className="ant-upload-hint">{t('dropHint')}</p>
        </Upload.Dragger>
      </div>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t('search')}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 260 }}
          data-testid="report-check-search"
        />
        <span>{t('threshold')}</span>
        <Space.Compact>
          <InputNumber
            min={1}
            max={100}
            precision={0}
            value={thresholdDraft === undefined ? threshold : thresholdDraft}
            aria-label={t('threshold')}
            data-testid="report-check-threshold"
            onChange={(v) => setThresholdDraft(typeof v === 'number' ? v : null)}
            onBlur={() => commitThreshold()}
            onPressEnter={() => commitThreshold()}
            onStep={(v) => commitThreshold(v)}
          />
          <Space.Addon>%</Space.Addon>
        </Space.Compact>
        <Button
          icon={<DownloadOutlined />}
          disabled={results.length === 0}
          onClick={() => void exportXlsx()}
          data-testid="report-check-export"
        >
          {t('export')}
        </Button>
        {reading > 0 && <Tag color="processing">{t('reading', { count: reading })}</Tag>}
      </Space>
      {results.length === 0 && <Empty description={t('empty')} />}
      {shown.map((r) => {
        const worst = worstSeverity(r.findings);
        const errors = r.findings.filter((f) => f.severity === 'error').length;
        return (
          <Card
            key={r.id}
            size="small"
            data-testid="report-check-result"
            title={
              <Space wrap>
                <strong>{r.report?.body ?? r.file}</strong>
                {r.report?.year && <span>{t('yearN', { year: r.report.year })}</span>}
                {worst ? (
                  <Tag color={COLORS[worst]}>{t('summary', { errors, total: r.findings.length })}</Tag>
                ) : (
                  r.report && <Tag color="green">{t('clean')}</Tag>
                )}
                {/* The file's name beside the body's, not twice when the body is not known. */}
                {r.report?.body && <Typography.Text type="secondary">{r.file}</Typography.Text>}
                {r.previousFile && (
                  <Typography.Text type="secondary">
                    {t('comparedWith', { file: r.previousFile })}
                  </Typography.Text>
                )}
              </Space>
            }
            extra={
              r.report?.year ? (
                <Button size="small" onClick={() => void setAsBaseline(r.id)} data-testid="use-as-baseline">
                  {t('baseline.use', { year: r.report.year })}
                </Button>
              ) : null
            }
          >
            {r.error ? (
              <Alert
                type="error"
                title={readErrorText(r.error)}
                description={r.detail ? <TechnicalDetail detail={r.detail} /> : undefined}
                data-testid="report-check-read-error"
              />
            ) : (
              <FindingsTable findings={r.findings} />
            )}
          </Card>
        );
      })}
    </Space>
  );
}
