import { safeFileName } from '../../../shared/model/file-name';
import type { CatalogueRow } from '../../../shared/catalogue/rows';
import type { GuideContent } from '../../../shared/catalogue/guide-content';
import type { ChannelResponse, FileFilter } from '../../../shared/ipc';
import { platform } from '../../platform';

/**
 * The edge where the catalogue and guide become bytes (shared/ builds the models). The writers are
 * loaded on demand: docx and SheetJS are large and only needed when the officer exports.
 */

export type CatalogueFormat = 'docx' | 'xlsx' | 'csv';

export interface FileLabels {
  word: string;
  excel: string;
  csv: string;
}

async function docxBytes(doc: import('docx').Document): Promise<Uint8Array> {
  const { Packer } = await import('docx');
  return Packer.pack(doc, 'uint8array');
}

export async function catalogueFile(
  format: CatalogueFormat,
  rows: readonly CatalogueRow[],
  title: string,
  subtitle: string,
): Promise<{ data: Uint8Array | string; filter: (labels: FileLabels) => FileFilter }> {
  if (format === 'docx') {
    const { buildCatalogueDocument } = await import('../../../shared/docx/catalogue');
    return {
      data: await docxBytes(buildCatalogueDocument(rows, { title, subtitle })),
      filter: (l) => ({ name: l.word, extensions: ['docx'] }),
    };
  }
  if (format === 'xlsx') {
    const [{ catalogueWorkbook }, { xlsxBytes }] = await Promise.all([
      import('../../../shared/catalogue/exports'),
      import('../../../shared/xlsx/style'),
    ]);
    const data = await xlsxBytes(catalogueWorkbook(rows, title));
    return { data, filter: (l) => ({ name: l.excel, extensions: ['xlsx'] }) };
  }
  const { catalogueCsv } = await import('../../../shared/catalogue/exports');
  // Encoded here so the BOM is written as bytes whatever the save path does with text.
  return {
    data: new TextEncoder().encode(catalogueCsv(rows)),
    filter: (l) => ({ name: l.csv, extensions: ['csv'] }),
  };
}

export async function guideFile(content: GuideContent): Promise<Uint8Array> {
  const { buildGuideDocument } = await import('../../../shared/docx/guide');
  return docxBytes(buildGuideDocument(content));
}

/** Save dialog (Electron: atomic write in main) or download/picker (browser). */
export function saveFile(
  suggestedName: string,
  filter: FileFilter,
  data: Uint8Array | string,
): Promise<ChannelResponse<'file:save'>> {
  return platform.fileSave({ suggestedName: safeFileName(suggestedName), filters: [filter], data });
}
