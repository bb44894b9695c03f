import { answerOf, type DisclosureRequest } from '../model/records';
import type { Period } from './compute-publications';
import type { ReportFormat } from './format-types';
import { type Cell, countCell, type ReportCheck, T3_ROWS, t3Key, TOTAL } from './model';
import { fenToYuan } from './money';

/**
 * 表三 (DOMAIN.md §3). A request counts as 新收 in the year its receivedDate falls in (条例第三十一条),
 * its outcome in the year of its answer, and as 结转 when unanswered on 31 December. The 总计 column
 * and the （七）总计 row are collected independently of the columns and leaf rows, so the checks
 * (checks.ts) catch a request that fits no column or no row instead of hiding it.
 */
export function computeTable3(
  requests: readonly DisclosureRequest[],
  format: ReportFormat,
  period: Period,
): { cells: Record<string, Cell>; checks: ReportCheck[] } {
  const t3 = format.table3;
  const columns = new Set<string>(t3.columns.map((c) => c.id));
  const leafRows = new Set<string>();
  for (const g of t3.groups) {
    if (g.items.length === 0) leafRows.add(g.id);
    for (const item of g.items) leafRows.add(item.id);
  }
  const rows = [T3_ROWS.received, T3_ROWS.carriedIn, ...leafRows, T3_ROWS.resultsTotal, T3_ROWS.carriedOut];
  const lists = new Map<string, string[]>();
  for (const row of rows) {
    for (const col of [...columns, TOTAL]) lists.set(t3Key(row, col), []);
  }
  const add = (row: string, col: string, id: string) => {
    lists.get(t3Key(row, TOTAL))?.push(id);
    if (columns.has(col)) lists.get(t3Key(row, col))?.push(id);
  };
  const noOutcome: string[] = [];
  const answeredBeforeReceipt: string[] = [];
  const correctionLapsed: string[] = [];
  const feeLapsed: string[] = [];

  for (const r of requests) {
    const col = r.applicantType;
    const answer = answerOf(r);
    const answerDate = answer?.date ?? null;
    const received = r.receivedDate;
    if (received > period.end && (!answerDate || answerDate > period.end)) continue;
    if (answerDate && answerDate < received) answeredBeforeReceipt.push(r.id);
    if (received >= period.start && received <= period.end) add(T3_ROWS.received, col, r.id);
    if (received < period.start && (!answerDate || answerDate >= period.start))
      add(T3_ROWS.carriedIn, col, r.id);
    if (answer && answerDate && answerDate >= period.start && answerDate <= period.end) {
      add(T3_ROWS.resultsTotal, col, r.id);
      const outcome = (answer as { outcome?: unknown }).outcome;
      if (typeof outcome === 'string' && leafRows.has(outcome)) add(outcome, col, r.id);
      else noOutcome.push(r.id);
    }
    if (received <= period.end && (!answerDate || answerDate > period.end)) {
      add(T3_ROWS.carriedOut, col, r.id);
      // 条例第三十条: no correction within the notice's period → 其他处理 1 should be recorded.
      const asked = r.events.find((e) => e.type === 'correctionAsked');
      if (
        asked?.type === 'correctionAsked' &&
        asked.dueBy &&
        asked.dueBy < period.end &&
        !r.events.some((e) => e.type === 'correctionReceived')
      ) {
        correctionLapsed.push(r.id);
      }
      // 国办函〔2020〕109号: fee not paid by the notice's deadline → 其他处理 2.
      const notice = r.events.find((e) => e.type === 'feeNotice');
      if (
        notice?.type === 'feeNotice' &&
        notice.payBy < period.end &&
        !r.events.some((e) => e.type === 'feePaid' && e.date >= notice.date)
      ) {
        feeLapsed.push(r.id);
      }
    }
  }

  const cells: Record<string, Cell> = {};
  for (const [key, ids] of lists) cells[key] = countCell(ids);
  for (const g of t3.groups) {
    const leafIds = g.items.length === 0 ? [g.id] : g.items.map((i) => i.id);
    cells[`req:group:${g.id}`] = countCell(leafIds.flatMap((leaf) => lists.get(t3Key(leaf, TOTAL)) ?? []));
  }

  const checks: ReportCheck[] = [];
  const push = (id: string, severity: ReportCheck['severity'], ids: string[], cellKeys: string[] = []) => {
    if (ids.length === 0) return;
    checks.push({
      id,
      key: `checks.${id}`,
      severity,
      params: { count: ids.length, year: period.year },
      store: 'requests',
      ids,
      cells: cellKeys,
    });
  };
  push('answerWithoutOutcome', 'error', noOutcome, [t3Key(T3_ROWS.resultsTotal, TOTAL)]);
  push('answerBeforeReceipt', 'error', answeredBeforeReceipt);
  push('correctionLapsed', 'warning', correctionLapsed, [t3Key(T3_ROWS.carriedOut, TOTAL)]);
  push('feeLapsed', 'warning', feeLapsed, [t3Key(T3_ROWS.carriedOut, TOTAL)]);
  return { cells, checks };
}

/**
 * 信息处理费 collected in the year (国办函〔2020〕109号), from feePaid events: the number of
 * requests that paid and the amount. Section 六 must state it, or that none was collected.
 */
export function computeFeeFigures(
  requests: readonly DisclosureRequest[],
  period: Period,
): Record<string, Cell> {
  const ids: string[] = [];
  let fen = 0;
  for (const r of requests) {
    let paid = false;
    for (const e of r.events) {
      if (e.type !== 'feePaid' || e.date < period.start || e.date > period.end) continue;
      fen += e.amountFen;
      paid = true;
    }
    if (paid) ids.push(r.id);
  }
  const sentence =
    ids.length === 0
      ? `${period.year}年度，本机关未收取信息处理费。`
      : `${period.year}年度，本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）对${ids.length}件政府信息公开申请收取信息处理费，共计${fenToYuan(fen)}元。`;
  return {
    'fee:count': countCell(ids),
    'fee:amount': { value: fen, text: fenToYuan(fen), ids },
    'fee:sentence': { value: fen, text: sentence, ids },
  };
}
