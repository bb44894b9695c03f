import type { Document, Paragraph, Table } from 'docx';
import type { ReportFormat } from '../report/format-types';
import { reportTables, type TableLayout } from '../report/layout';
import type { ReportModel } from '../report/model';
import { renderText } from '../report/placeholders';
import { reportTitle } from '../report/title';
import { type GridCell, govTable } from './gov-table';
import { FONT_SIZE, govBody, govDocument, govHeading, govSection, govSignature, govTitle } from './gov-style';

export { reportTitle };

/**
 * The annual report as a .docx Document (国办公开办函〔2021〕30号 layout, GB/T 9704-2012
 * typography). Packing to bytes (Packer) happens at the edge: CLI or renderer.
 */

export interface ReportDocxInput {
  model: ReportModel;
  format: ReportFormat;
  /** Section texts with figure tokens; rendered with the model's cells. */
  texts: Partial<Record<string, string>>;
  /** The date printed under the agency name (YYYY-MM-DD), chosen by the caller. */
  signDate: string;
}

/** A line reading like “（一）主动公开” with no sentence in it is a second-level heading. */
const SUBHEAD = /^（[一二三四五六七八九十]+）[^。；;]{0,30}$/;

function prose(text: string, model: ReportModel): Paragraph[] {
  return renderText(text, model.cells)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (SUBHEAD.test(line) ? govHeading(line, 2) : govBody(line)));
}

const TABLE_SIZE: Record<TableLayout['id'], number> = {
  table2: FONT_SIZE.wu,
  table3: FONT_SIZE.xiaoWu,
  table4: FONT_SIZE.xiaoWu,
};

function toGrid(layout: TableLayout): GridCell[][] {
  return layout.rows.map((row) =>
    row.map((c) => ({
      text: c.text,
      colSpan: c.colSpan,
      rowSpan: c.rowSpan,
      // 表三's row labels read left to right; merged group labels and everything else are centred.
      align: layout.id === 'table3' && c.kind === 'label' && c.rowSpan === 1 ? 'left' : 'center',
    })),
  );
}

/** Rows under a merged group label (（三）不予公开 …) stay on one page: a split group reads badly. */
function groupRows(layout: TableLayout): boolean[] {
  const keep = layout.rows.map(() => false);
  layout.rows.forEach((row, r) => {
    for (const c of row) {
      if (c.kind !== 'label' || c.rowSpan <= 1 || c.rowSpan > 10) continue;
      for (let i = r; i < r + c.rowSpan - 1; i++) keep[i] = true;
    }
  });
  return keep;
}

export function reportTableDocx(layout: TableLayout): Table {
  return govTable(toGrid(layout), {
    widths: layout.widths,
    size: TABLE_SIZE[layout.id],
    headerRows: layout.headerRows,
    // 表二 and 表四 are short: never split them; 表三 may split, its header repeats.
    keepTogether: layout.id !== 'table3',
    keepWithNext: groupRows(layout),
  });
}

/** Title lines: a title too long for one line (about 20 characters at 二号) breaks after the agency name. */
export function titleLines(format: ReportFormat, model: Pick<ReportModel, 'agencyName' | 'year'>): string[] {
  const title = reportTitle(format, model);
  if (title.length <= 20 || !model.agencyName || !title.startsWith(model.agencyName)) return [title];
  return [model.agencyName, title.slice(model.agencyName.length)];
}

export function buildReportDocument(input: ReportDocxInput): Document {
  const { model, format, texts } = input;
  const title = reportTitle(format, model);
  const tables = new Map(reportTables(format, model.cells).map((t) => [t.id, t]));
  const children: (Paragraph | Table)[] = [
    govTitle(titleLines(format, model)),
    ...prose(texts.preamble ?? '', model),
  ];
  for (const section of format.sections) {
    children.push(govHeading(section.title, 1));
    if (section.content === 'text') {
      children.push(...prose(texts[section.id] ?? '', model));
      continue;
    }
    const layout = tables.get(section.content);
    if (layout) children.push(reportTableDocx(layout));
  }
  children.push(...govSignature(model.agencyName || '（机关名称）', input.signDate));
  return govDocument({ title, creator: model.agencyName, sections: [govSection(children)] });
}
