import type { ReportFormat } from './format-types';
import { type Cell, T3_ROWS, t2Key, t3Key, t4Key, TOTAL } from './model';

/**
 * The grid of each official table, with its merged header cells, described once: the preview
 * (HTML rowSpan/colSpan), the .docx (gridSpan/vMerge) and the .xlsx (merges) all draw from it.
 * Rows list only the cells that start in them, as in HTML.
 */

export interface LayoutCell {
  kind: 'header' | 'label' | 'value';
  /** Header and label text; for value cells, the model's text (see fillLayout). */
  text: string;
  /** The model cell shown (value cells only). */
  key: string | null;
  colSpan: number;
  rowSpan: number;
}

export interface TableLayout {
  id: 'table2' | 'table3' | 'table4';
  /** Relative column widths; their count is the number of grid columns. */
  widths: number[];
  rows: LayoutCell[][];
  /** How many leading rows are header rows (repeated on each page in the .docx). */
  headerRows: number;
}

/** Printed in a value cell whose figure has not been entered (a check blocks finalising). */
export const NOT_ENTERED = '（未填报）';

const header = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({
  kind: 'header',
  text,
  key: null,
  colSpan,
  rowSpan,
});
const label = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({
  kind: 'label',
  text,
  key: null,
  colSpan,
  rowSpan,
});
const value = (key: string, colSpan = 1): LayoutCell => ({
  kind: 'value',
  text: '',
  key,
  colSpan,
  rowSpan: 1,
});

export function table2Layout(format: ReportFormat): TableLayout {
  const rows: LayoutCell[][] = [];
  const width = 4;
  for (const block of format.table2.blocks) {
    rows.push([header(block.heading, width)]);
    const span = block.columns.length === 1 ? width - 1 : 1;
    rows.push([header(block.labelHeader), ...block.columns.map((c) => header(c.label, span))]);
    for (const row of block.rows) {
      rows.push([label(row.label), ...block.columns.map((c) => value(t2Key(row.id, c.id), span))]);
    }
  }
  return { id: 'table2', widths: [34, 22, 22, 22], rows, headerRows: 0 };
}

export function table3Layout(format: ReportFormat): TableLayout {
  const t3 = format.table3;
  const cols = [...t3.columns.map((c) => c.id as string), TOTAL];
  const values = (row: string) => cols.map((c) => value(t3Key(row, c)));
  const legal = t3.columns.filter((c) => c.legal);
  const natural = t3.columns.filter((c) => !c.legal);
  const rows: LayoutCell[][] = [
    [header(t3.corner, 3, 3), header(t3.applicantHeading, cols.length)],
    [
      ...natural.map((c) => header(c.label, 1, 2)),
      header(t3.legalHeading, legal.length),
      header(t3.totalLabel, 1, 2),
    ],
    legal.map((c) => header(c.label)),
    [label(t3.received, 3), ...values(T3_ROWS.received)],
    [label(t3.carriedIn, 3), ...values(T3_ROWS.carriedIn)],
  ];
  const resultRows = t3.groups.reduce((n, g) => n + Math.max(1, g.items.length), 0) + 1;
  let first = true;
  const lead = () => {
    if (!first) return [];
    first = false;
    return [label(t3.resultsHeading, 1, resultRows)];
  };
  for (const g of t3.groups) {
    if (g.items.length === 0) {
      rows.push([...lead(), label(g.label, 2), ...values(g.id)]);
      continue;
    }
    g.items.forEach((item, i) => {
      const groupCell = i === 0 ? [label(g.label, 1, g.items.length)] : [];
      rows.push([...lead(), ...groupCell, label(item.label), ...values(item.id)]);
    });
  }
  rows.push([...lead(), label(t3.resultsTotal, 2), ...values(T3_ROWS.resultsTotal)]);
  rows.push([label(t3.carriedOut, 3), ...values(T3_ROWS.carriedOut)]);
  return { id: 'table3', widths: [5, 16, 24, ...cols.map(() => 55 / 7)], rows, headerRows: 3 };
}

export function table4Layout(format: ReportFormat): TableLayout {
  const t4 = format.table4;
  const per = t4.results.length + 1;
  const twoLevels = t4.blocks.some((b) => b.subheading !== null);
  const resultHeaders = (rowSpan: number) => [
    ...t4.results.map((r) => header(r.label, 1, rowSpan)),
    header(t4.totalLabel, 1, rowSpan),
  ];
  const first: LayoutCell[] = [];
  const second: LayoutCell[] = [];
  const third: LayoutCell[] = [];
  // Consecutive blocks sharing a heading (行政诉讼) sit under one first-level cell.
  for (let i = 0; i < t4.blocks.length; ) {
    const b = t4.blocks[i];
    if (!b) break;
    let n = 1;
    while (b.subheading !== null && t4.blocks[i + n]?.heading === b.heading) n++;
    first.push(header(b.heading, per * n));
    if (b.subheading === null) {
      second.push(...resultHeaders(twoLevels ? 2 : 1));
    } else {
      for (const sub of t4.blocks.slice(i, i + n)) {
        second.push(header(sub.subheading ?? '', per));
        third.push(...resultHeaders(1));
      }
    }
    i += n;
  }
  const values = t4.blocks.flatMap((b) => [
    ...t4.results.map((r) => value(t4Key(b.id, r.id))),
    value(t4Key(b.id, TOTAL)),
  ]);
  const rows = twoLevels ? [first, second, third, values] : [first, second, values];
  return { id: 'table4', widths: values.map(() => 1), rows, headerRows: rows.length - 1 };
}

/** The three tables of the format, with value cells filled from the model. */
export function reportTables(format: ReportFormat, cells: Record<string, Cell>): TableLayout[] {
  return [table2Layout(format), table3Layout(format), table4Layout(format)].map((t) => fillLayout(t, cells));
}

export function fillLayout(layout: TableLayout, cells: Record<string, Cell>): TableLayout {
  return {
    ...layout,
    rows: layout.rows.map((row) =>
      row.map((c) => {
        if (c.kind !== 'value' || c.key === null) return c;
        const cell = cells[c.key];
        return { ...c, text: cell && cell.value !== null ? cell.text : NOT_ENTERED };
      }),
    ),
  };
}
