// The first year in the app (issue 13 item 15): last year's published figures, typed in by hand
// (shared/model/baseline.ts), stand in for the records the app does not hold. 表三 二、上年结转 must
// equal last year's 四、结转下年度 per applicant column, and 表二 现行有效 continues last year's
// chain (上年现行有效 + 本年制发 − 本年废止). See docs/report-numbers.md, "First year in the app".
import type { YearBaseline } from '../model/baseline';
import type { Publication, DisclosureRequest } from '../model/records';
import type { ReportFormat } from './format-types';
import { type Cell, T3_ROWS, t2Key, t3Key, TOTAL } from './model';

const plus = (cell: Cell | undefined, n: number): Cell => {
  const value = (cell?.value ?? 0) + n;
  return { value, text: String(value), ids: cell?.ids ?? [] };
};

const inYear = (d: string | null | undefined, year: number) => Boolean(d?.startsWith(`${year}-`));

/**
 * The cells with last year's baseline applied, for the report of `baseline.year + 1`. Each part
 * applies only where the app holds no records of the baseline's year that would give the figure
 * itself: 结转 when no request was received that year, 现行有效 of a kind when no item of that
 * kind was formed that year. Returns the cells unchanged otherwise.
 */
export function applyBaseline(
  cells: Record<string, Cell>,
  baseline: YearBaseline | null | undefined,
  stores: { requests: readonly DisclosureRequest[]; publications: readonly Publication[] },
  format: ReportFormat,
  year: number,
): Record<string, Cell> {
  if (!baseline || baseline.year !== year - 1) return cells;
  const out = { ...cells };
  const last = baseline.year;

  if (!stores.requests.some((r) => inYear(r.receivedDate, last))) {
    let total = 0;
    for (const col of format.table3.columns) {
      const n = baseline.carriedOut[col.id] ?? 0;
      total += n;
      out[t3Key(T3_ROWS.carriedIn, col.id)] = plus(out[t3Key(T3_ROWS.carriedIn, col.id)], n);
    }
    out[t3Key(T3_ROWS.carriedIn, TOTAL)] = plus(out[t3Key(T3_ROWS.carriedIn, TOTAL)], total);
  }

  const inForce = { rule: baseline.rulesInForce, normative: baseline.normativeInForce } as const;
  for (const block of format.table2.blocks) {
    for (const row of block.rows) {
      const src = row.source;
      if (src.kind !== 'docKind' || (src.docKind !== 'rule' && src.docKind !== 'normative')) continue;
      const before = inForce[src.docKind];
      if (before === null) continue;
      if (stores.publications.some((p) => p.docKind === src.docKind && inYear(p.formedDate, last))) continue;
      // The chain: what was in force on 31 December last year, plus this year's new ones, minus
      // those abolished this year that were formed before it (the ones in force last year).
      const abolishedOld = stores.publications.filter(
        (p) => p.docKind === src.docKind && p.formedDate < `${year}-01-01` && inYear(p.abolishedDate, year),
      ).length;
      const validKey = t2Key(row.id, 'valid');
      const validOfYear = (out[validKey]?.ids ?? []).filter((id) => {
        const p = stores.publications.find((x) => x.id === id);
        return p ? p.formedDate >= `${year}-01-01` : false;
      });
      const value = Math.max(0, before - abolishedOld) + validOfYear.length;
      out[validKey] = { value, text: String(value), ids: validOfYear };
    }
  }
  return out;
}
