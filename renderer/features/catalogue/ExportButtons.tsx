import { errorReason } from '../../components/error-reason';
import { FileExcelOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueRow } from '../../../shared/catalogue/rows';
import type { ChannelResponse } from '../../../shared/ipc';
import { fileFailureText, savedMessage } from '../../platform/save-message';
import { type CatalogueFormat, catalogueFile, saveFile } from './export-files';

/** Tells the officer where the file went, or why it did not (a cancelled dialog is not an error). */
export function useSaveReport() {
  const { t } = useTranslation('catalogue');
  const { message } = App.useApp();
  return (result: ChannelResponse<'file:save'>) => {
    if (result.ok) {
      message.success(savedMessage(t, result, 'export.saved'));
    } else if (result.error !== 'cancelled') {
      message.error(t('export.failed', { reason: fileFailureText(t, result) }));
    }
  };
}

const ICONS = { docx: <FileWordOutlined />, xlsx: <FileExcelOutlined />, csv: <FileTextOutlined /> };

/**
 * Word / Excel / CSV of the rows the filters in force give (all pages, read when asked for: the page
 * holds only the rows on screen), titled for the chosen year.
 */
export function ExportButtons({
  rows: loadRows,
  title,
}: {
  rows: () => Promise<readonly CatalogueRow[]>;
  title: string;
}) {
  const { t } = useTranslation('catalogue');
  const { message } = App.useApp();
  const report = useSaveReport();
  const [busy, setBusy] = useState<CatalogueFormat | null>(null);

  const run = async (format: CatalogueFormat) => {
    setBusy(format);
    try {
      const rows = await loadRows();
      const file = await catalogueFile(format, rows, title, t('export.subtitle', { n: rows.length }));
      const filter = file.filter({
        word: t('export.filterWord'),
        excel: t('export.filterExcel'),
        csv: t('export.filterCsv'),
      });
      report(await saveFile(`${title}.${format}`, filter, file.data));
    } catch (err) {
      message.error(t('export.failed', { reason: errorReason(t, err) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      {(['docx', 'xlsx', 'csv'] as const).map((f) => (
        <Button
          key={f}
          icon={ICONS[f]}
          loading={busy === f}
          disabled={busy !== null && busy !== f}
          data-testid={`export-${f}`}
          onClick={() => void run(f)}
        >
          {t(`export.${f}`)}
        </Button>
      ))}
    </Space>
  );
}
