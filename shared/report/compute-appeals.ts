import type { Appeal } from '../model/records';
import type { Period } from './compute-publications';
import type { ReportFormat } from './format-types';
import { type Cell, countCell, type ReportCheck, t4Key, TOTAL } from './model';

/**
 * Whether a case belongs in the year's 表四: filed in the year, or filed earlier and still open on
 * 1 January (it was 尚未审结 in last year's table, so its result is reported in the year it ends).
 * docs/report-numbers.md explains the choice.
 */
export function appealInYear(a: Appeal, period: Period): boolean {
  if (a.filedDate > period.end) return false;
  if (a.filedDate >= period.start) return true;
  return a.closedDate === null || a.closedDate >= period.start;
}

/** The result as of 31 December: a case closed after the year ends is still 尚未审结 in it. */
export function resultAsOf(a: Appeal, period: Period): string {
  if (a.result === 'pending' || a.closedDate === null || a.closedDate > period.end) return 'pending';
  return a.result;
}

/** 表四: 行政复议 and the two 行政诉讼 blocks by result as of 31 December (DOMAIN.md §4). */
export function computeTable4(
  appeals: readonly Appeal[],
  requestIds: ReadonlySet<string>,
  format: ReportFormat,
  period: Period,
): { cells: Record<string, Cell>; checks: ReportCheck[] } {
  const t4 = format.table4;
  const lists = new Map<string, string[]>();
  const results = new Set<string>(t4.results.map((r) => r.id));
  for (const b of t4.blocks) {
    for (const r of [...results, TOTAL]) lists.set(t4Key(b.id, r), []);
  }
  const missingRequest: string[] = [];
  const suits: string[] = [];
  for (const a of appeals) {
    if (!appealInYear(a, period)) continue;
    const total = lists.get(t4Key(a.kind, TOTAL));
    if (!total) continue;
    total.push(a.id);
    const result = resultAsOf(a, period);
    if (results.has(result)) lists.get(t4Key(a.kind, result))?.push(a.id);
    if (a.kind !== 'review') suits.push(a.id);
    if (a.requestId !== null && !requestIds.has(a.requestId)) missingRequest.push(a.id);
  }
  const cells: Record<string, Cell> = {};
  for (const [key, ids] of lists) cells[key] = countCell(ids);
  cells['appeal:suitTotal'] = countCell(suits);
  const checks: ReportCheck[] = [];
  if (missingRequest.length > 0) {
    checks.push({
      id: 'appealRequestMissing',
      key: 'checks.appealRequestMissing',
      severity: 'warning',
      params: { count: missingRequest.length },
      store: 'appeals',
      ids: missingRequest,
      cells: [],
    });
  }
  return { cells, checks };
}
