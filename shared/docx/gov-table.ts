import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { GOV_FONTS, govFont, TEXT_WIDTH } from './gov-style';

/**
 * Ruled tables in the official style: full borders, centred cells, merged cells given as HTML-like
 * colSpan/rowSpan (docx writes gridSpan and vMerge), header rows repeated on each page.
 */

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface GovTableOptions {
  /** Relative column widths; scaled to the text block. */
  widths: number[];
  /** Font size in half-points. */
  size: number;
  /** Leading rows repeated at the top of each page. */
  headerRows?: number;
  font?: string;
  /** Keep a short table on one page (keep-with-next on every row but the last). */
  keepTogether?: boolean;
  /** Rows to keep on the same page as the row after them (e.g. the rows of a merged group label). */
  keepWithNext?: readonly boolean[];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

/** Scale relative widths to twips that sum exactly to `total`. */
export function scaleWidths(widths: number[], total = TEXT_WIDTH): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  const rest = total - out.reduce((a, b) => a + b, 0);
  if (out.length > 0) out[out.length - 1] = (out[out.length - 1] ?? 0) + rest;
  return out;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export function govTable(rows: GridCell[][], options: GovTableOptions): Table {
  const widths = scaleWidths(options.widths);
  const font = govFont(options.font ?? GOV_FONTS.body);
  const headerRows = options.headerRows ?? 0;
  // Track which grid columns are covered by a rowSpan from above, to give each cell its width.
  const covered: number[] = widths.map(() => 0);
  const tableRows = rows.map((row, r) => {
    let col = 0;
    const cells = row.map((cell) => {
      while ((covered[col] ?? 0) > 0) col++;
      const span = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      for (let c = col; c < col + span; c++) covered[c] = rowSpan;
      col += span;
      return new TableCell({
        columnSpan: span > 1 ? span : undefined,
        rowSpan: rowSpan > 1 ? rowSpan : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { left: 57, right: 57, top: 20, bottom: 20 },
        borders,
        children: [
          new Paragraph({
            alignment: ALIGN[cell.align ?? 'center'],
            // Header rows keep with the first body row. Without it, LibreOffice loses the body rows
            // when a heading (keep-with-next) and the header row (can't split) end a page: the
            // table showed only its header row (issue 13, 三、逐月发布情况). Word keeps them together too.
            keepNext:
              r < headerRows || (options.keepTogether && r < rows.length - 1) || options.keepWithNext?.[r]
                ? true
                : undefined,
            spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
            children: [new TextRun({ text: cell.text, font, size: options.size, bold: cell.bold })],
          }),
        ],
      });
    });
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return new TableRow({ children: cells, cantSplit: true, tableHeader: r < headerRows ? true : undefined });
  });
  return new Table({
    rows: tableRows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...borders, insideHorizontal: border, insideVertical: border },
  });
}
