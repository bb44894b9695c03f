// Reading 表二/表三/表四 out of lines of cells. A table row is a label followed by value cells; PDF
// lines may carry only part of a wrapped label (the rest sits on lines above and below, placed by
// their height on the page), and miss blank cells altogether (placed by their x under the column).
import {
  matchT3Row,
  T2_COLUMN_WORDS,
  T2_DEFAULT_COLUMNS,
  T2_ROW_WORDS,
  T3_COLUMNS,
  T4_BLOCKS,
  T4_COLUMNS,
} from './keys';
import { type DocCell, type DocLine, lineText } from './lines';
import type { TableCells } from './model';
import { isValueText, normLabel, readCell } from './normalise';

export interface TableRead {
  cells: TableCells;
  printed: Record<string, string>;
  notes: string[];
}

/** The value cells at the end of a line and the label text before them. */
export function splitLine(line: DocLine): { label: string; values: DocCell[] } {
  let i = line.cells.length;
  while (i > 0 && isValueText(line.cells[i - 1]?.text ?? '')) i--;
  const label = line.cells
    .slice(0, i)
    .map((c) => c.text)
    .join('');
  let values = line.cells.slice(i);
  // A .docx row keeps its empty cells: they are blanks only after a label (not a lone empty line).
  if (label === '' && values.every((v) => v.text.trim() === '')) values = [];
  return { label, values };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Column centres from the rows that have every column, so rows with missing cells can be placed. */
function columnCentres(rows: DocCell[][], width: number): number[] | null {
  const full = rows.filter((r) => r.length === width && r.every((c) => c.x !== undefined));
  if (full.length === 0) return null;
  return Array.from({ length: width }, (_, i) => median(full.map((r) => r[i]?.x ?? 0)));
}

/** Places values under columns: all present → in order; else by nearest centre (PDF). */
function placeValues(values: DocCell[], width: number, centres: number[] | null): (DocCell | null)[] {
  if (values.length === width) return values;
  const out: (DocCell | null)[] = new Array(width).fill(null);
  if (centres && values.every((v) => v.x !== undefined)) {
    for (const v of values) {
      let best = 0;
      centres.forEach((c, i) => {
        if (Math.abs(c - (v.x ?? 0)) < Math.abs((centres[best] ?? 0) - (v.x ?? 0))) best = i;
      });
      if (!out[best]) out[best] = v;
    }
    return out;
  }
  // No positions: a .docx/pasted row with extra cells keeps the last `width`.
  if (values.length > width) return values.slice(values.length - width);
  return out;
}

function store(read: TableRead, key: string, cell: DocCell | null): void {
  const [, row = '', col = ''] = key.split(':');
  const r = cell ? readCell(cell.text) : null;
  read.cells[row] ??= {};
  (read.cells[row] as Record<string, number | null>)[col] = r?.kind === 'number' ? r.value : null;
  read.printed[key] = cell?.text ?? '';
}

const T3_HEADER =
  /^(申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|商业|企业|科研|机构|社会公益|组织|法律服务)+$/;
// The corner cell (勾稽 rule) wraps over several lines in a PDF: none of them is a row label.
const isT3Header = (text: string) =>
  /勾稽|钩稽|申请人情况|第[一二三四]项|之和|^和[）)]?$/.test(text) || T3_HEADER.test(text);

interface Part {
  page: number;
  y: number;
  x: number;
  text: string;
}
interface Row {
  line: DocLine;
  parts: Part[];
  values: DocCell[];
}

const partOf = (line: DocLine, text: string, order: number): Part => ({
  page: line.page ?? 0,
  y: line.y ?? order,
  x: line.cells[0]?.x ?? 0,
  text,
});

/**
 * A merged cell printed as vertical text (三、本年度办理结果 one character per line) is one column
 * of single characters at the same x: not part of any row's label.
 */
function verticalColumns(lines: readonly DocLine[]): Set<number> {
  const counts = new Map<number, number>();
  for (const l of lines) {
    for (const c of l.cells) {
      if (c.x === undefined || [...c.text].length !== 1 || /\d/.test(c.text)) continue;
      const x = Math.round(c.x);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([x]) => x));
}

/** Value rows of a table region with every label fragment given to the row it belongs to. */
function rowsWithLabels(source: readonly DocLine[], skip: (text: string) => boolean): Row[] {
  const vertical = verticalColumns(source);
  const lines = source.map((l) => ({
    ...l,
    cells: l.cells.filter(
      (c) => c.x === undefined || [...c.text].length !== 1 || !vertical.has(Math.round(c.x)),
    ),
  }));
  const rows: Row[] = [];
  const fragments: { line: DocLine; order: number }[] = [];
  lines.forEach((line, order) => {
    const { label, values } = splitLine(line);
    if (values.length > 0) rows.push({ line, parts: label ? [partOf(line, label, order)] : [], values });
    else if (label && !skip(normLabel(label))) fragments.push({ line, order });
  });
  // Label text sits left of the first value column; fragments further right are header cells.
  const firstValueX = Math.min(...rows.flatMap((r) => r.values.map((v) => v.x ?? Number.POSITIVE_INFINITY)));
  const placeable = fragments.filter(
    ({ line }) => !line.cells.some((c) => c.x !== undefined && c.x >= firstValueX - 10),
  );
  // PDF: a wrapped label grows its row's extent line by line, nearest first (rows differ in
  // height, so the nearest value line alone would hand a long label's last line to the next row).
  const span = new Map(rows.map((r) => [r, { lo: r.line.y ?? 0, hi: r.line.y ?? 0 }]));
  const positioned = placeable.filter(({ line }) => line.y !== undefined);
  while (positioned.length > 0) {
    let best: { i: number; row: Row; d: number } | null = null;
    positioned.forEach(({ line: f }, i) => {
      for (const r of rows) {
        if (r.line.page !== f.page || r.line.y === undefined) continue;
        const e = span.get(r) ?? { lo: 0, hi: 0 };
        const y = f.y ?? 0;
        const d = y < e.lo ? e.lo - y : y > e.hi ? y - e.hi : 0;
        if (!best || d < best.d) best = { i, row: r, d };
      }
    });
    const chosen = best as { i: number; row: Row; d: number } | null;
    if (!chosen) break;
    const [{ line: f, order }] = positioned.splice(chosen.i, 1) as [{ line: DocLine; order: number }];
    if (chosen.d > (f.h ?? 10) * 2.5) continue;
    const e = span.get(chosen.row) ?? { lo: 0, hi: 0 };
    span.set(chosen.row, { lo: Math.min(e.lo, f.y ?? 0), hi: Math.max(e.hi, f.y ?? 0) });
    chosen.row.parts.push(partOf(f, lineText(f), order));
  }
  // Text without positions: a label line belongs to the next row.
  for (const { line: f, order } of placeable.filter(({ line }) => line.y === undefined)) {
    rows.find((r) => lines.indexOf(r.line) > order)?.parts.push(partOf(f, lineText(f), order));
  }
  // A group label alone (（六）其他处理, centred on its merged cell) reads before the row's own label.
  const group = (p: Part) => (/^[（(][一二三四五六七][)）][^\d]*$/.test(normLabel(p.text)) ? 0 : 1);
  for (const r of rows)
    r.parts.sort((a, b) => group(a) - group(b) || a.page - b.page || a.y - b.y || a.x - b.x);
  return rows;
}

/** 表三: every row × the seven columns. */
export function readTable3(lines: readonly DocLine[]): TableRead {
  const read: TableRead = { cells: {}, printed: {}, notes: [] };
  const rows = rowsWithLabels(lines, isT3Header).filter((r) => r.values.length >= 2);
  const centres = columnCentres(
    rows.map((r) => r.values),
    T3_COLUMNS.length,
  );
  let inOther = false;
  for (const r of rows) {
    const printed = r.parts.map((p) => p.text).join('');
    const label = normLabel(printed);
    if (/（[一二三四五七]）/.test(label)) inOther = false;
    if (/（六）|其他处理/.test(label)) inOther = true;
    const key = matchT3Row(label, inOther);
    if (!key) {
      read.notes.push(`表三：未能识别的行“${printed || lineText(r.line, ' ')}”`);
      continue;
    }
    if (read.cells[key]) {
      read.notes.push(`表三：“${printed}”与前面一行同名，已忽略`);
      continue;
    }
    read.printed[`t3:${key}`] = printed;
    const placed = placeValues(r.values, T3_COLUMNS.length, centres);
    T3_COLUMNS.forEach((col, i) => {
      store(read, `t3:${key}:${col}`, placed[i] ?? null);
    });
  }
  return read;
}

/** 表四: one row of 15 cells (复议, 直接起诉, 复议后起诉 × 维持/纠正/其他/尚未审结/总计). */
export function readTable4(lines: readonly DocLine[]): TableRead {
  const read: TableRead = { cells: {}, printed: {}, notes: [] };
  const width = T4_BLOCKS.length * T4_COLUMNS.length;
  let values: DocCell[] = [];
  for (const line of lines) {
    const split = splitLine(line);
    if (split.values.length === 0) continue;
    // 表四's row has no label: a labelled line with numbers is prose-like ("第1页") or another table.
    if (split.label && !/^[\s]*$/.test(split.label) && split.values.length < 5) continue;
    values = values.concat(split.values);
    if (values.length >= width) break;
  }
  if (values.length === 0) return read;
  let placed: (DocCell | null)[] = values.slice(0, width);
  if (values.length < width) {
    const header = lines
      .flatMap((l) => l.cells)
      .filter((c) => /^(结果维持|结果纠正|其他结果|尚未审结|总计)$/.test(normLabel(c.text)));
    const centres =
      header.length === width && header.every((c) => c.x !== undefined) ? header.map((c) => c.x ?? 0) : null;
    placed = placeValues(values, width, centres);
    if (!centres) read.notes.push(`表四：只读到${values.length}个数，无法确定各自所在的列`);
  }
  T4_BLOCKS.forEach((block, b) => {
    T4_COLUMNS.forEach((col, c) => {
      store(read, `t4:${block}:${col}`, placed[b * T4_COLUMNS.length + c] ?? null);
    });
  });
  return read;
}

/** 表二: blocks of a header row (信息内容 | 本年制发件数 …) and labelled value rows. */
export function readTable2(lines: readonly DocLine[]): TableRead & { feeUnitYuan: boolean } {
  const read = { cells: {}, printed: {}, notes: [] as string[], feeUnitYuan: false };
  let columns: { key: string; x?: number }[] | null = null;
  for (const line of lines) {
    const { label, values } = splitLine(line);
    const norm = normLabel(label);
    const headerCols = line.cells
      .map((c) => ({
        key: T2_COLUMN_WORDS.find(([, re]) => re.test(normLabel(c.text)))?.[0],
        x: c.x,
        text: c.text,
      }))
      .filter((c): c is { key: string; x: number | undefined; text: string } => c.key !== undefined);
    if (headerCols.length > 0 && values.length === 0) {
      columns = headerCols.map((c) => ({ key: c.key, x: c.x }));
      if (headerCols.some((c) => c.key === 'amount' && /单位[:：]?元/.test(normLabel(c.text))))
        read.feeUnitYuan = true;
      continue;
    }
    if (/第二十条/.test(norm) && values.length === 0) columns = null;
    const row = T2_ROW_WORDS.find(([, re]) => re.test(norm))?.[0];
    if (!row || /信息内容/.test(norm)) continue;
    const cols = columns?.map((c) => c.key) ?? T2_DEFAULT_COLUMNS[row] ?? [];
    if (cols.length === 0) continue;
    const centres = columns?.every((c) => c.x !== undefined) ? columns.map((c) => c.x ?? 0) : null;
    const placed = placeValues(values, cols.length, centres);
    (read.printed as Record<string, string>)[`t2:${row}`] = label;
    cols.forEach((col, i) => {
      store(read, `t2:${row}:${col}`, placed[i] ?? null);
    });
  }
  return read;
}
