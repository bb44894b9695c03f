// The reading order every source is reduced to: lines of cells. A .docx gives its paragraphs and
// table rows directly; a PDF gives positioned text fragments that are rebuilt into lines and cells
// here (pure: the fragments come from pdf.js at the edge); pasted text splits on tabs and "|".

export interface DocCell {
  text: string;
  /** Horizontal centre on the page (PDF only), to place a value under its column header. */
  x?: number;
}

export interface DocLine {
  cells: DocCell[];
  /** 1-based page (PDF) and the baseline from the page top (PDF), for wrapped table labels. */
  page?: number;
  y?: number;
  /** Height of the text, to tell a wrapped label's next line from the next row. */
  h?: number;
  /** True for a row of a real table (.docx w:tr, pasted "|" row), false for a paragraph. */
  tableRow?: boolean;
}

/** A text fragment with its position, as pdf.js reports it (origin bottom-left, y up). */
export interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Some producers write a table row's numbers as one item ("0  0  1"): split it, placing each part
 * by its share of the item's width, so each number lands in its own cell.
 */
function splitNumberRuns(item: PositionedItem): PositionedItem[] {
  if (!/^[\s\d.０-９]+$/.test(item.str) || !/[\d０-９]\s+[\d０-９]/.test(item.str)) return [item];
  const per = item.width / Math.max(1, item.str.length);
  return [...item.str.matchAll(/\S+/g)].map((m) => ({
    ...item,
    str: m[0],
    x: item.x + (m.index ?? 0) * per,
    width: m[0].length * per,
  }));
}

/**
 * Rebuilds one page's lines: fragments on the same baseline (within a third of the text height)
 * form a line; within a line, a gap wider than about one character starts a new cell. Tables
 * printed from Word/WPS have columns far wider than a character, so cells fall apart cleanly.
 */
export function linesFromItems(
  items: readonly PositionedItem[],
  page: number,
  pageHeight: number,
): DocLine[] {
  const frags = items
    .filter((i) => i.str.trim() !== '')
    .flatMap(splitNumberRuns)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedItem[][] = [];
  for (const f of frags) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    const tol = Math.max(2, (ref?.height || f.height || 10) / 3);
    if (row && ref && Math.abs(ref.y - f.y) <= tol) row.push(f);
    else rows.push([f]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const h = Math.max(...row.map((r) => r.height || 10));
    const cells: { text: string; left: number; right: number }[] = [];
    for (const f of row) {
      const last = cells[cells.length - 1];
      const gap = last ? f.x - last.right : Number.POSITIVE_INFINITY;
      if (last && gap < h * 0.9) {
        last.text +=
          gap > h * 0.25 && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z]/.test(f.str) ? ` ${f.str}` : f.str;
        last.right = Math.max(last.right, f.x + f.width);
      } else cells.push({ text: f.str, left: f.x, right: f.x + f.width });
    }
    return {
      cells: cells.map((c) => ({ text: c.text.trim(), x: (c.left + c.right) / 2 })),
      page,
      y: pageHeight - (row[0]?.y ?? 0),
      h,
    };
  });
}

/** Pasted text: a "|" or tab separated line is a table row; anything else is a paragraph. */
export function linesFromText(text: string): DocLine[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => {
      if (l.includes('|') || l.includes('\t')) {
        const parts = l.split(/\s*[|\t]\s*/);
        // "| a | b |" has empty ends that are not cells.
        if (parts[0] === '') parts.shift();
        if (parts[parts.length - 1] === '' && l.endsWith('|')) parts.pop();
        return { cells: parts.map((p) => ({ text: p })), tableRow: true };
      }
      // Copied from a PDF viewer: "四、结转下年度继续办理 0 0 0 0 0 0 0" — trailing numbers are cells.
      const tokens = l.split(/[ \u3000]+/);
      let firstValue = tokens.length;
      while (firstValue > 0 && /^([\d０-９]+(\.\d+)?|\/|-|—)$/.test(tokens[firstValue - 1] ?? ''))
        firstValue--;
      const values = tokens.length - firstValue;
      // One value is a row too when its label reads as a table's (表二's single-figure rows —
      // "行政许可 12", "行政事业性收费 1.23"): short, and no sentence punctuation as prose has.
      const label = tokens.slice(0, firstValue).join('');
      const rowLabel = label.length > 0 && label.length <= 20 && !/[，。；：！？、,;:]/.test(label);
      if (values >= 2 || (values === 1 && rowLabel)) {
        const cells = tokens.slice(firstValue).map((t) => ({ text: t }));
        return { cells: label ? [{ text: label }, ...cells] : cells, tableRow: true };
      }
      // 表二's column heads copied the same way: "信息内容 本年制发件数 本年废止件数 现行有效件数".
      if (tokens[0] === '信息内容' && tokens.length >= 2)
        return { cells: tokens.map((t) => ({ text: t })), tableRow: true };
      return { cells: [{ text: l }], tableRow: false };
    });
}

export const lineText = (l: DocLine, sep = ''): string => l.cells.map((c) => c.text).join(sep);
