import { type DateString, toDayNumber } from '../model/dates';
import type { AppSettings } from '../model/settings';
import { isLive } from './monthly';

/**
 * Column (栏目) freshness as the national check of government websites reads it (国办秘函〔2019〕19号,
 * DOMAIN.md §8): news/动态 columns idle for 2 weeks and 通知公告/政策文件 columns idle for 6 months are
 * stale; a column that never carried anything is a 空白栏目; 5 or more of either fails the site.
 * Thresholds are data: a column's own `staleDays` wins over its kind's default.
 */
export type ColumnKind = AppSettings['columns'][number]['kind'];

export const STALE_DAYS_BY_KIND: Readonly<Record<ColumnKind, number>> = {
  news: 14,
  notice: 183,
  policy: 183,
  other: 90,
};

/** 国办秘函〔2019〕19号: 5 or more stale columns, or 5 or more 空白栏目, fail the check. */
export const SITE_CHECK_FAIL_COUNT = 5;

export interface ColumnItem {
  column: string;
  publishedDate: DateString | null;
  deletedAt?: string | null;
}

/**
 * tooEarly: nothing recorded in the column yet, but the app's records began less than the column's
 * threshold ago: the website may well carry older items the app never saw, so it is not called a
 * 空白栏目 (and does not count towards the site check) until the records cover the threshold.
 */
export type ColumnStatus = 'blank' | 'stale' | 'fresh' | 'tooEarly';

export interface ColumnFreshness {
  name: string;
  kind: ColumnKind;
  thresholdDays: number;
  lastPublished: DateString | null;
  /** Calendar days since the last publication (null for a 空白栏目). */
  idleDays: number | null;
  status: ColumnStatus;
}

export interface ColumnReport {
  columns: ColumnFreshness[];
  staleCount: number;
  blankCount: number;
  /** Either count reached the national check's failing threshold. */
  failsSiteCheck: boolean;
}

export function thresholdOf(c: { kind: ColumnKind; staleDays: number | null }): number {
  return c.staleDays ?? STALE_DAYS_BY_KIND[c.kind];
}

/**
 * Every configured column, stale and blank ones first (most idle first). Judged as of `today`.
 * `known`: the last publication date (up to `today`) per column from outside `items` — the app reads
 * only recent items and asks the database's column index for the rest (renderer dashboard-data.ts).
 * `recordsStart` ("YYYY-MM", settings.recordsStart or the first record's month): see 'tooEarly'.
 */
export function columnFreshness(
  items: readonly ColumnItem[],
  columns: AppSettings['columns'],
  today: DateString,
  known: ReadonlyMap<string, DateString> = new Map(),
  recordsStart: string | null = null,
): ColumnReport {
  const last = new Map<string, DateString>();
  const note = (name: string, d: DateString) => {
    const prev = last.get(name);
    if (!prev || d > prev) last.set(name, d);
  };
  for (const [name, d] of known) if (d <= today) note(name.trim(), d);
  for (const p of items) {
    const d = p.publishedDate;
    if (!d || !isLive(p) || d > today || p.column === '') continue;
    note(p.column.trim(), d);
  }
  const t = toDayNumber(today);
  const recordedDays = recordsStart === null ? null : t - toDayNumber(`${recordsStart}-01` as DateString);
  const result = columns.map((c): ColumnFreshness => {
    const name = c.name.trim();
    const lastPublished = last.get(name) ?? null;
    const idleDays = lastPublished === null ? null : t - toDayNumber(lastPublished);
    const thresholdDays = thresholdOf(c);
    const status: ColumnStatus =
      idleDays !== null
        ? idleDays > thresholdDays
          ? 'stale'
          : 'fresh'
        : recordedDays !== null && recordedDays < thresholdDays
          ? 'tooEarly'
          : 'blank';
    return {
      name,
      kind: c.kind,
      thresholdDays,
      lastPublished,
      idleDays,
      status,
    };
  });
  const RANK: Record<ColumnStatus, number> = { blank: 0, stale: 1, tooEarly: 2, fresh: 3 };
  const rank = (c: ColumnFreshness) => RANK[c.status];
  result.sort((a, b) => rank(a) - rank(b) || (b.idleDays ?? 0) - (a.idleDays ?? 0));
  const staleCount = result.filter((c) => c.status === 'stale').length;
  const blankCount = result.filter((c) => c.status === 'blank').length;
  return {
    columns: result,
    staleCount,
    blankCount,
    failsSiteCheck: staleCount >= SITE_CHECK_FAIL_COUNT || blankCount >= SITE_CHECK_FAIL_COUNT,
  };
}
