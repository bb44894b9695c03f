// Bridges between the app's own data and 年报体检: a published report read as last year's baseline
// (appSettings.baselines), a baseline or a finalised snapshot as "last year" for the cross-year
// checks, and our own computed report as a ParsedReport so the same checks run on it.
import type { YearBaseline } from '../model/baseline';
import { APPLICANT_TYPES } from '../model/taxonomy';
import type { ReportModel } from '../report/model';
import { renderText } from '../report/placeholders';
import type { PreviousReport } from './check-cross';
import { emptySections, type ParsedReport, type TableCells } from './model';

/** Last year's figures from a published report; null when its 结转 row was not read. */
export function baselineFromReport(
  r: ParsedReport,
  sourceLabel: string,
  enteredAt: string,
): YearBaseline | null {
  const out = r.tables.table3.carriedOut;
  if (!out || r.year === null) return null;
  const carriedOut: Record<string, number> = {};
  for (const a of APPLICANT_TYPES) {
    const v = out[a.code];
    if (typeof v === 'number') carriedOut[a.code] = v;
  }
  const valid = (row: string) => {
    const v = r.tables.table2[row]?.valid;
    return typeof v === 'number' ? v : null;
  };
  return {
    year: r.year,
    source: 'publishedReport',
    sourceLabel: sourceLabel.slice(0, 200),
    carriedOut,
    rulesInForce: valid('rule'),
    normativeInForce: valid('normative'),
    enteredAt,
  };
}

/** A baseline as "last year" for crossYearChecks (figures only: no prose to compare). */
export function previousFromBaseline(b: YearBaseline, label: string): PreviousReport {
  const carriedOut: Record<string, number | null> = { ...b.carriedOut };
  if (APPLICANT_TYPES.every((a) => typeof b.carriedOut[a.code] === 'number')) {
    carriedOut.total = APPLICANT_TYPES.reduce((s, a) => s + (b.carriedOut[a.code] ?? 0), 0);
  }
  const table2: TableCells = {};
  if (b.rulesInForce !== null) table2.rule = { valid: b.rulesInForce };
  if (b.normativeInForce !== null) table2.normative = { valid: b.normativeInForce };
  return {
    year: b.year,
    label,
    tables: { table2, table3: { carriedOut }, table4: {} },
    sections: emptySections(''),
  };
}

/** Our computed report (and its texts) in the parsed-report shape: the cell keys are the same. */
export function parsedFromModel(model: ReportModel, texts: Partial<Record<string, string>>): ParsedReport {
  const tables: ParsedReport['tables'] = { table2: {}, table3: {}, table4: {} };
  const printed: Record<string, string> = {};
  for (const [key, cell] of Object.entries(model.cells)) {
    const [prefix, row = '', col = ''] = key.split(':');
    const table =
      prefix === 't2'
        ? tables.table2
        : prefix === 't3'
          ? tables.table3
          : prefix === 't4'
            ? tables.table4
            : null;
    if (!table) continue;
    table[row] ??= {};
    // 表二 money is stored in 分; the printed figure is 万元.
    (table[row] as Record<string, number | null>)[col] =
      row === 'fees' && cell.value !== null ? Number(cell.text) : cell.value;
    printed[key] = cell.text;
  }
  const section = (id: string) => renderText(texts[id] ?? '', model.cells);
  return {
    body: model.agencyName,
    year: model.year,
    format: '2021',
    title: '',
    tables,
    sections: {
      overview: section('overview'),
      proactive: '',
      requests: '',
      appeals: '',
      problems: section('problems'),
      other: section('other'),
    },
    sectionTitles: emptySections(null),
    printed,
    notes: [],
  };
}
