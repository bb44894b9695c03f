import type { RegisterName } from '../model/records';
import { IMPORT_FIELDS, type ImportField } from './fields';
import { type Cell, cellText, type SheetRows } from './cells';

/**
 * Finding the header row under merged title rows, and suggesting which column feeds which field.
 */

/** Header words compare without spaces, notes in brackets, asterisks or colons; full-width folded. */
export function normaliseHeader(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .replace(/[\s\u3000*:：、.。,，]/g, '')
    .toLowerCase();
}

export type ColumnMapping = (string | null)[];

interface Match {
  field: string;
  /** 3 = the header is a synonym, 2 = the header contains one; then the synonym's length. */
  score: number;
  length: number;
}

function bestMatch(header: string, fields: readonly ImportField[]): Match | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  let best: Match | null = null;
  for (const f of fields) {
    for (const syn of f.synonyms) {
      const s = normaliseHeader(syn);
      let m: Match | null = null;
      if (h === s) m = { field: f.key, score: 3, length: s.length };
      else if (s.length >= 2 && h.includes(s)) m = { field: f.key, score: 2, length: s.length };
      if (m && (!best || m.score > best.score || (m.score === best.score && m.length > best.length)))
        best = m;
    }
  }
  return best;
}

/**
 * Suggests a field for each header. Each field is given to at most one column: the best-scoring
 * header wins it, then the leftmost.
 */
export function suggestMapping(register: RegisterName, headers: readonly string[]): ColumnMapping {
  const fields = IMPORT_FIELDS[register];
  const matches = headers.map((h, col) => ({ col, m: bestMatch(h, fields) }));
  const ranked = matches
    .filter((x): x is { col: number; m: Match } => x.m !== null)
    .sort((a, b) => b.m.score - a.m.score || b.m.length - a.m.length || a.col - b.col);
  const mapping: ColumnMapping = headers.map(() => null);
  const used = new Set<string>();
  for (const { col, m } of ranked) {
    if (used.has(m.field)) continue;
    used.add(m.field);
    mapping[col] = m.field;
  }
  return mapping;
}

function nonEmpty(row: readonly Cell[]): number {
  let n = 0;
  for (const c of row) if (c !== null && cellText(c) !== '') n++;
  return n;
}

/**
 * Header names for row `r`: a blank cell takes the text above it when the row above is a group
 * header (two-row headers with vertically merged cells such as "序号" or "收到日期").
 */
export function headerNames(rows: SheetRows, r: number): string[] {
  const row = rows[r] ?? [];
  const above = r > 0 ? (rows[r - 1] ?? []) : [];
  const useAbove = nonEmpty(above) >= 2;
  return row.map((c, i) => {
    const t = cellText(c);
    if (t !== '' || !useAbove) return t;
    return cellText(above[i] ?? null);
  });
}

export interface HeaderGuess {
  /** 0-based index of the header row; data starts on the next row. */
  row: number;
  headers: string[];
  mapping: ColumnMapping;
  /** How many fields the suggestion found (0 = nothing recognised, the officer must map by hand). */
  recognised: number;
}

const SCAN_ROWS = 30;

/**
 * The header row is the one among the first rows whose cells name the most fields. Rows with fewer
 * than two filled cells (blank rows, a merged title such as "2024年政府信息公开台账") are never it.
 */
export function detectHeaderRow(register: RegisterName, rows: SheetRows): HeaderGuess {
  let best: HeaderGuess | null = null;
  let firstWide = -1;
  const limit = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    if (nonEmpty(row) < 2) continue;
    if (firstWide < 0) firstWide = r;
    // Header cells are words; a row of numbers or dates is data.
    if (row.some((c) => c !== null && typeof c !== 'string')) continue;
    const headers = headerNames(rows, r);
    const mapping = suggestMapping(register, headers);
    const recognised = mapping.filter((m) => m !== null).length;
    if (!best || recognised > best.recognised) best = { row: r, headers, mapping, recognised };
  }
  if (best && best.recognised > 0) return best;
  const r = Math.max(firstWide, 0);
  const headers = headerNames(rows, r);
  return { row: r, headers, mapping: headers.map(() => null), recognised: 0 };
}
