import type { ReportFormat } from './format-types';
import { describeCell } from './labels';
import type { ReportModel } from './model';
import { renderText } from './placeholders';

export const REPORT_JSON_FORMAT = 'disclosure-desk/annual-report';

/**
 * The model as a self-describing JSON document: every cell with its table/row/column labels,
 * value, printed text and record ids; the texts as printed; and the checks. A county office can
 * read many of these with any tool.
 */
export function reportToJson(
  model: ReportModel,
  format: ReportFormat,
  texts: Partial<Record<string, string>>,
  title: string,
) {
  const printed: Record<string, string> = {};
  for (const [id, text] of Object.entries(texts))
    if (text !== undefined) printed[id] = renderText(text, model.cells);
  return {
    format: REPORT_JSON_FORMAT,
    reportFormat: { version: format.version, basis: format.basis },
    title,
    year: model.year,
    agencyName: model.agencyName,
    period: { start: model.periodStart, end: model.periodEnd },
    cells: Object.entries(model.cells)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, cell]) => ({
        key,
        ...describeCell(format, key),
        value: cell.value,
        text: cell.text,
        ids: cell.ids,
      })),
    texts: printed,
    checks: model.checks,
  };
}
