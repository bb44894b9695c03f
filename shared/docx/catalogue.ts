import {
  AlignmentType,
  Document,
  FileChild,
  Footer,
  type IContext,
  type IXmlableObject,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { A4, FONT_SIZE, GOV_FONTS, govFont, twipsFromMm } from './gov-style';
import { CATALOGUE_HEADINGS, type CatalogueRow, catalogueCells } from '../catalogue/rows';

/**
 * The catalogue as a Word document: landscape A4, one table whose heading row repeats on every
 * page (w:tblHeader), title "XXXX政府信息公开目录（2025年）". Packing to bytes happens at the edge
 * (`Packer.toBuffer` in the CLI, `Packer.toBlob`/`toArrayBuffer` in the renderer).
 * Fonts and page size come from gov-style.ts (named, not shipped: Word/WPS supplies them).
 */

/** A landscape table page: narrower margins than a GB/T 9704 letter so ten columns fit. */
const MARGIN = {
  top: twipsFromMm(20),
  bottom: twipsFromMm(18),
  left: twipsFromMm(15),
  right: twipsFromMm(15),
};
/** Ten columns on a landscape page: 小五 (9 pt) table text under a 二号 title. */
const CELL_SIZE = FONT_SIZE.xiaoWu;

/** Column shares of the usable width, in CATALOGUE_COLUMNS order (索引号 holds 24+ characters). */
const COLUMN_SHARES = [20, 15, 16, 9, 7, 7, 9, 6, 8, 5];

function columnWidths(): number[] {
  const usable = A4.height - MARGIN.left - MARGIN.right;
  const total = COLUMN_SHARES.reduce((a, b) => a + b, 0);
  return COLUMN_SHARES.map((s) => Math.floor((usable * s) / total));
}

function headingCell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold: true, font: govFont(GOV_FONTS.heading1) })],
      }),
    ],
  });
}

/**
 * The table, written as plain XML objects rather than one docx TableCell/Paragraph/TextRun per
 * cell: 20,000 rows are 200,000 cells, and docx's component tree for them took over 6 s to pack
 * (the target is under 5 s). Body cells carry no properties: widths come from the grid (fixed
 * layout), fonts from the document defaults. The heading row is a real docx TableRow with
 * w:tblHeader, so Word and WPS repeat it at the top of every page.
 */
/** A line break typed in a summary must stay a line break (Word reads "\n" in w:t as a space). */
// Shared, not rebuilt per cell: 200,000 cells' worth of identical objects is garbage to collect.
const PRESERVE = { _attr: { 'xml:space': 'preserve' } };
const BREAK = { 'w:br': {} };

function runContent(text: string): IXmlableObject[] {
  if (!/[\r\n]/.test(text)) return [{ 'w:t': [PRESERVE, text] }];
  const out: IXmlableObject[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) out.push(BREAK);
    if (line) out.push({ 'w:t': [PRESERVE, line] });
  });
  return out;
}

class CatalogueTable extends FileChild {
  constructor(
    private readonly heading: TableRow,
    private readonly body: readonly string[][],
    private readonly widths: readonly number[],
  ) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): IXmlableObject {
    const border = { _attr: { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': 'auto' } };
    const total = this.widths.reduce((a, b) => a + b, 0);
    const tblPr = {
      'w:tblPr': [
        { 'w:tblW': { _attr: { 'w:w': total, 'w:type': 'dxa' } } },
        {
          'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map(
            (side) => ({
              [side]: border,
            }),
          ),
        },
        { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } },
        {
          'w:tblCellMar': [
            { 'w:left': { _attr: { 'w:w': 57, 'w:type': 'dxa' } } },
            { 'w:right': { _attr: { 'w:w': 57, 'w:type': 'dxa' } } },
          ],
        },
      ],
    };
    const grid = { 'w:tblGrid': this.widths.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) };
    const rowProps = { 'w:trPr': [{ 'w:cantSplit': {} }] };
    const rows = this.body.map((cells) => ({
      'w:tr': [
        rowProps,
        ...cells.map((text) => ({
          'w:tc': [{ 'w:p': text ? [{ 'w:r': runContent(text) }] : {} }],
        })),
      ],
    }));
    return { 'w:tbl': [tblPr, grid, this.heading.prepForXml(context) ?? {}, ...rows] };
  }
}

export interface CatalogueDocumentOptions {
  title: string;
  /** Printed under the title, e.g. "共 125 条" or the filter in force; omitted when empty. */
  subtitle?: string;
}

export function buildCatalogueDocument(
  rows: readonly CatalogueRow[],
  options: CatalogueDocumentOptions,
): Document {
  const widths = columnWidths();
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: CATALOGUE_HEADINGS.map((h, i) => headingCell(h, widths[i] ?? 0)),
  });
  const table = new CatalogueTable(heading, rows.map(catalogueCells), widths);

  const intro: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: options.title, size: FONT_SIZE.er, font: govFont(GOV_FONTS.title) })],
    }),
  ];
  if (options.subtitle) {
    intro.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [new TextRun({ text: options.subtitle, size: FONT_SIZE.xiaoSi })],
      }),
    );
  }

  return new Document({
    title: options.title,
    styles: {
      default: {
        document: {
          run: {
            size: CELL_SIZE,
            font: govFont(GOV_FONTS.body),
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: MARGIN,
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...intro, table],
      },
    ],
  });
}
