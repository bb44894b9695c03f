import type { ReportFormat } from './format-types';
import { type Cell, type ReportCheck, T3_ROWS, t3Key, t4Key, TOTAL } from './model';

/**
 * The arithmetic every reader of the report checks (DOMAIN.md §3 invariants). The cells were
 * collected independently (总计 column, （七）总计 row), so these can fail on bad data and say
 * which records are the cause.
 */

const numberAt = (cells: Record<string, Cell>, key: string) => cells[key]?.value ?? 0;
const idsOf = (cells: Record<string, Cell>, key: string) => cells[key]?.ids ?? [];

function difference(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return a.filter((x) => !set.has(x));
}

function leafRows(format: ReportFormat): string[] {
  return format.table3.groups.flatMap((g) => (g.items.length === 0 ? [g.id] : g.items.map((i) => i.id)));
}

function columnLabel(format: ReportFormat, col: string): string {
  return col === TOTAL
    ? format.table3.totalLabel
    : (format.table3.columns.find((c) => c.id === col)?.label ?? col);
}

export function table3RowLabel(format: ReportFormat, row: string): string {
  const t3 = format.table3;
  const fixed: Record<string, string> = {
    [T3_ROWS.received]: t3.received,
    [T3_ROWS.carriedIn]: t3.carriedIn,
    [T3_ROWS.resultsTotal]: t3.resultsTotal,
    [T3_ROWS.carriedOut]: t3.carriedOut,
  };
  if (fixed[row]) return fixed[row];
  for (const g of t3.groups) {
    if (g.id === row && g.items.length === 0) return g.label;
    const item = g.items.find((i) => i.id === row);
    if (item) return `${g.label} ${item.label}`;
  }
  return row;
}

export function tableChecks(
  cells: Record<string, Cell>,
  format: ReportFormat,
  lastYear: { year: number; cells: Record<string, Cell> } | null,
): ReportCheck[] {
  const checks: ReportCheck[] = [];
  const cols = [...format.table3.columns.map((c) => c.id as string), TOTAL];
  const leaves = leafRows(format);
  const { received, carriedIn, resultsTotal, carriedOut } = T3_ROWS;

  for (const col of cols) {
    const k = (row: string) => t3Key(row, col);
    // 勾稽关系: 一 + 二 = 三（七）总计 + 四.
    const left = numberAt(cells, k(received)) + numberAt(cells, k(carriedIn));
    const right = numberAt(cells, k(resultsTotal)) + numberAt(cells, k(carriedOut));
    if (left !== right) {
      const inIds = [...idsOf(cells, k(received)), ...idsOf(cells, k(carriedIn))];
      const outIds = [...idsOf(cells, k(resultsTotal)), ...idsOf(cells, k(carriedOut))];
      checks.push({
        id: `identity:${col}`,
        key: 'checks.identity',
        severity: 'error',
        params: { column: columnLabel(format, col), left, right },
        store: 'requests',
        ids: [...difference(inIds, outIds), ...difference(outIds, inIds)],
        cells: [k(received), k(carriedIn), k(resultsTotal), k(carriedOut)],
      });
    }
    const leafSum = leaves.reduce((s, row) => s + numberAt(cells, k(row)), 0);
    const total = numberAt(cells, k(resultsTotal));
    if (leafSum !== total) {
      checks.push({
        id: `resultsSum:${col}`,
        key: 'checks.resultsSum',
        severity: 'error',
        params: { column: columnLabel(format, col), sum: leafSum, total },
        store: 'requests',
        ids: difference(
          idsOf(cells, k(resultsTotal)),
          leaves.flatMap((row) => idsOf(cells, k(row))),
        ),
        cells: [k(resultsTotal)],
      });
    }
  }

  for (const row of [received, carriedIn, ...leaves, resultsTotal, carriedOut]) {
    const parts = format.table3.columns.map((c) => t3Key(row, c.id));
    const sum = parts.reduce((s, key) => s + numberAt(cells, key), 0);
    const total = numberAt(cells, t3Key(row, TOTAL));
    if (sum !== total) {
      checks.push({
        id: `columnsSum:${row}`,
        key: 'checks.columnsSum',
        severity: 'error',
        params: { row: table3RowLabel(format, row), sum, total },
        store: 'requests',
        ids: difference(
          idsOf(cells, t3Key(row, TOTAL)),
          parts.flatMap((key) => idsOf(cells, key)),
        ),
        cells: [t3Key(row, TOTAL)],
      });
    }
  }

  if (lastYear) {
    for (const col of cols) {
      const before = lastYear.cells[t3Key(carriedOut, col)];
      if (!before) continue;
      const now = cells[t3Key(carriedIn, col)];
      if (before.value === (now?.value ?? 0)) continue;
      const nowIds = now?.ids ?? [];
      checks.push({
        id: `carriedInMismatch:${col}`,
        key: 'checks.carriedInMismatch',
        severity: 'error',
        params: {
          column: columnLabel(format, col),
          computed: now?.value ?? 0,
          published: before.value ?? 0,
          lastYear: lastYear.year,
        },
        store: 'requests',
        ids: [...difference(nowIds, before.ids), ...difference(before.ids, nowIds)],
        cells: [t3Key(carriedIn, col)],
      });
    }
  }

  for (const block of format.table4.blocks) {
    const sum = format.table4.results.reduce((s, r) => s + numberAt(cells, t4Key(block.id, r.id)), 0);
    const total = numberAt(cells, t4Key(block.id, TOTAL));
    if (sum !== total) {
      checks.push({
        id: `appealSum:${block.id}`,
        key: 'checks.appealSum',
        severity: 'error',
        params: { block: [block.heading, block.subheading].filter(Boolean).join('-'), sum, total },
        store: 'appeals',
        ids: difference(
          idsOf(cells, t4Key(block.id, TOTAL)),
          format.table4.results.flatMap((r) => idsOf(cells, t4Key(block.id, r.id))),
        ),
        cells: [t4Key(block.id, TOTAL)],
      });
    }
  }
  return checks;
}
