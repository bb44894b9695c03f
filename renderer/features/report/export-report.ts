import { safeFileName } from '../../../shared/model/file-name';
import type { ChannelResponse } from '../../../shared/ipc';
import { reportToJson } from '../../../shared/report/export-json';
import type { ReportFormat } from '../../../shared/report/format-types';
import type { ReportModel } from '../../../shared/report/model';
import { platform } from '../../platform';

/**
 * The edge where the report becomes bytes (shared/ builds the Document and the workbook) and is
 * saved through the platform (Electron: save dialog + atomic write; browser: picker or download).
 * docx and ExcelJS are loaded on demand: they are large and only needed on export.
 */

export type ReportFileKind = 'docx' | 'xlsx' | 'json';

export interface ReportFileInput {
  model: ReportModel;
  format: ReportFormat;
  texts: Record<string, string>;
  signDate: string;
  title: string;
}

export async function reportBytes(kind: ReportFileKind, input: ReportFileInput): Promise<Uint8Array> {
  if (kind === 'docx') {
    const [{ Packer }, { buildReportDocument }] = await Promise.all([
      import('docx'),
      import('../../../shared/docx/report-docx'),
    ]);
    return Packer.pack(buildReportDocument(input), 'uint8array');
  }
  if (kind === 'xlsx') {
    const [{ buildReportWorkbook }, { xlsxBytes }] = await Promise.all([
      import('../../../shared/docx/report-xlsx'),
      import('../../../shared/xlsx/style'),
    ]);
    return xlsxBytes(buildReportWorkbook(input.model, input.format));
  }
  const json = reportToJson(input.model, input.format, input.texts, input.title);
  return new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
}

export async function saveReportFile(
  kind: ReportFileKind,
  input: ReportFileInput,
  filterName: string,
): Promise<ChannelResponse<'file:save'>> {
  const data = await reportBytes(kind, input);
  return platform.fileSave({
    suggestedName: safeFileName(`${input.title}.${kind}`),
    filters: [{ name: filterName, extensions: [kind] }],
    data,
  });
}
