import type { RegisterName } from '../model/records';
import { IMPORT_FIELDS, type ImportField } from './fields';
import type { ColumnMapping } from './header';
import { parseImportDate } from './import-dates';
import type { valueMapper } from './values';
import { type Cell, cellText } from './cells';

/**
 * One sheet row → the field values it holds, before the register's schema sees them. Rows that are
 * not records (blank, 合计/总计 totals, "制表人：" notes under the table) are recognised and skipped.
 */

export type SkipReason = 'blank' | 'totals' | 'note';

const TOTALS = /^(本月|本季度?|本年度?|全年|年度|累计|以上|总)?(合计|总计|小计|共计|汇总)/;
const NOTE = /^(制表|填表|填报|审核|审批|负责人|统计人|注[:：]|说明[:：]|备注[:：]|单位[:：]|数据来源)/;

export function classifyRow(row: readonly Cell[]): SkipReason | null {
  const filled: string[] = [];
  for (const c of row) {
    const t = cellText(c);
    if (t !== '') filled.push(t.replace(/[\s\u3000]/g, ''));
  }
  if (filled.length === 0) return 'blank';
  for (const t of filled) if (t.length <= 16 && TOTALS.test(t)) return 'totals';
  if (filled.length <= 2 && filled.every((t) => NOTE.test(t))) return 'note';
  return null;
}

export interface CellIssue {
  field: string;
  reason: string;
  /** The cell as the officer sees it, for the failure list. */
  value: string;
}

export interface RowWarning {
  field: string;
  reason: string;
}

export type FieldValue = string | string[] | null;

export interface ExtractedRow {
  values: Record<string, FieldValue>;
  issues: CellIssue[];
  warnings: RowWarning[];
}

type Mapper = ReturnType<typeof valueMapper>;

// A date cell in a text column reads as the date it shows, not the serial (see cellText).
const textOf = cellText;

function parseField(f: ImportField, cell: Cell, mapper: Mapper): { value: FieldValue } | { issue: string } {
  switch (f.kind.type) {
    case 'text': {
      const t = textOf(cell);
      return { value: t === '' ? null : t };
    }
    case 'date': {
      const d = parseImportDate(cell);
      if (d === null) return { value: null };
      return d.ok ? { value: d.date } : { issue: d.reason };
    }
    case 'enum': {
      const t = textOf(cell);
      if (t === '') return { value: null };
      const r = mapper.one(f.key, f.kind.vocab, t);
      return r.ok ? { value: r.code } : { issue: r.reason };
    }
    case 'enumList': {
      const t = textOf(cell);
      if (t === '') return { value: null };
      const r = mapper.many(f.key, f.kind.vocab, t);
      return r.ok ? { value: r.codes } : { issue: r.reason };
    }
  }
}

function parseDefault(f: ImportField, raw: string, mapper: Mapper): FieldValue {
  const parsed = parseField(f, raw, mapper);
  return 'value' in parsed ? parsed.value : null;
}

/**
 * Reads every mapped field of one row. Blank cells take the preset's default, then the field's
 * fallback (reported as a warning); required fields still blank become issues.
 */
export function extractRow(
  register: RegisterName,
  row: readonly Cell[],
  columnsByField: ReadonlyMap<string, number>,
  defaults: Readonly<Record<string, string>>,
  mapper: Mapper,
): ExtractedRow {
  const fields = IMPORT_FIELDS[register];
  const values: Record<string, FieldValue> = {};
  const issues: CellIssue[] = [];
  const warnings: RowWarning[] = [];
  for (const f of fields) {
    const col = columnsByField.get(f.key);
    const cell = col === undefined ? null : (row[col] ?? null);
    const parsed = parseField(f, cell, mapper);
    if ('issue' in parsed) {
      issues.push({ field: f.key, reason: parsed.issue, value: textOf(cell) });
      values[f.key] = null;
      continue;
    }
    let value = parsed.value;
    const dflt = defaults[f.key];
    if (value === null && dflt !== undefined && dflt !== '') value = parseDefault(f, dflt, mapper);
    values[f.key] = value;
  }
  for (const f of fields) {
    if (values[f.key] !== null || issues.some((i) => i.field === f.key)) continue;
    if (f.fallback && values[f.fallback] !== null && values[f.fallback] !== undefined) {
      values[f.key] = values[f.fallback] ?? null;
      warnings.push({ field: f.key, reason: `import.warning.fallback.${f.key}` });
    } else if (f.required) {
      issues.push({ field: f.key, reason: 'import.error.required', value: '' });
    }
  }
  return { values, issues, warnings };
}

/** Column index of each mapped field (the first column wins if a field was mapped twice). */
export function columnsByField(mapping: ColumnMapping): Map<string, number> {
  const m = new Map<string, number>();
  mapping.forEach((field, col) => {
    if (field && !m.has(field)) m.set(field, col);
  });
  return m;
}

/** Distinct texts of one column's data cells with how often each occurs (the value-mapping step). */
export function distinctTexts(
  rows: readonly (readonly Cell[])[],
  fromRow: number,
  col: number,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (let r = fromRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (classifyRow(row) !== null) continue;
    const t = textOf(row[col] ?? null);
    if (t !== '') seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return seen;
}
