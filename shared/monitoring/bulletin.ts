import { addDays, type DateString, daysInMonth, formatDate } from '../model/dates';
import type { Publication } from '../model/records';
import type { AppSettings } from '../model/settings';
import { PUBLICATION_CHANNELS, type PublicationChannel } from '../model/taxonomy';
import { type ColumnFreshness, columnFreshness } from './columns';
import { isLive, type MonthFigure, monthFigures } from './monthly';
import { type AddWorkingDays, type LatePublication, latePublications, unpublishedItems } from './timeliness';

/**
 * The monthly bulletin the officer reports upward (what the county office's 通报 in seed 篇4 is
 * built from): the month's publications by category, channel and column, against the quota, with
 * the year's 空白月 so far. A finished month is reported: every month up to it is judged.
 */

export interface CountRow {
  name: string;
  count: number;
}

export interface ChannelRow {
  code: PublicationChannel | 'none';
  zh: string;
  count: number;
}

export interface MonthlyBulletin {
  agencyName: string;
  year: number;
  month: number;
  periodFrom: DateString;
  periodTo: DateString;
  total: number;
  quota: number;
  quotaMet: boolean;
  /** Items missing to meet the quota (0 when met). */
  shortfall: number;
  /** Categories with items, in the settings' order, then any others. */
  byCategory: CountRow[];
  /** An item with two channels counts in both; `none` = items with no channel recorded. */
  byChannel: ChannelRow[];
  /** Every configured column (0 included: an idle column matters), then unconfigured ones. */
  byColumn: CountRow[];
  yearToDate: number;
  /** January to this month. */
  months: MonthFigure[];
  blankMonths: number[];
  underQuotaMonths: number[];
  /** Stale and blank columns at the end of the month. */
  idleColumns: ColumnFreshness[];
  /** Published this month after their 20 working days (条例第二十六条). */
  late: LatePublication[];
  /** Formed, unpublished and past their 20 working days at the end of the month. */
  overdueUnpublished: number;
}

function ordered(counts: Map<string, number>, order: readonly string[]): CountRow[] {
  const rows: CountRow[] = [];
  for (const name of order) {
    const count = counts.get(name);
    if (count) rows.push({ name, count });
  }
  const rest = [...counts]
    .filter(([name]) => !order.includes(name))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [name, count] of rest) rows.push({ name, count });
  return rows;
}

export function buildMonthlyBulletin(
  publications: readonly Publication[],
  settings: AppSettings,
  year: number,
  month: number,
  addWorkingDays: AddWorkingDays,
  /** Last publication date per column from outside `publications` (see columnFreshness). */
  columnsLast: ReadonlyMap<string, DateString> = new Map(),
): MonthlyBulletin {
  const periodFrom = formatDate(year, month, 1);
  const periodTo = formatDate(year, month, daysInMonth(year, month));
  const live = publications.filter(isLive);
  const inMonth = live.filter(
    (p) => p.publishedDate !== null && p.publishedDate >= periodFrom && p.publishedDate <= periodTo,
  );

  const categories = new Map<string, number>();
  const columns = new Map<string, number>();
  const channels = new Map<string, number>();
  for (const p of inMonth) {
    categories.set(p.category, (categories.get(p.category) ?? 0) + 1);
    const col = p.column.trim();
    if (col !== '') columns.set(col, (columns.get(col) ?? 0) + 1);
    if (p.channels.length === 0) channels.set('none', (channels.get('none') ?? 0) + 1);
    for (const c of p.channels) channels.set(c, (channels.get(c) ?? 0) + 1);
  }
  const byChannel: ChannelRow[] = PUBLICATION_CHANNELS.filter((c) => channels.has(c.code)).map((c) => ({
    code: c.code,
    zh: c.zh,
    count: channels.get(c.code) ?? 0,
  }));
  const none = channels.get('none');
  if (none) byChannel.push({ code: 'none', zh: '未填写', count: none });
  const configured = settings.columns.map((c) => c.name.trim());
  const byColumn: CountRow[] = [
    ...configured.map((name) => ({ name, count: columns.get(name) ?? 0 })),
    ...ordered(columns, configured).filter((r) => !configured.includes(r.name)),
  ];

  // Judge every month through this one as finished: "today" is the first day after the month.
  const after = addDays(periodTo, 1);
  const quota = settings.monthlyQuota;
  const months = monthFigures(live, year, quota, after).slice(0, month);
  const total = inMonth.length;
  return {
    agencyName: settings.profile.agencyName,
    year,
    month,
    periodFrom,
    periodTo,
    total,
    quota,
    quotaMet: total >= quota,
    shortfall: Math.max(quota - total, 0),
    byCategory: ordered(categories, settings.categories),
    byChannel,
    byColumn,
    yearToDate: months.reduce((a, m) => a + m.count, 0),
    months,
    blankMonths: months.filter((m) => m.status === 'blank').map((m) => m.month),
    underQuotaMonths: months.filter((m) => m.status === 'underQuota').map((m) => m.month),
    idleColumns: columnFreshness(live, settings.columns, periodTo, columnsLast).columns.filter(
      (c) => c.status !== 'fresh',
    ),
    late: latePublications(live, addWorkingDays, { from: periodFrom, to: periodTo }),
    overdueUnpublished: unpublishedItems(
      // As the month ended: an item published later was still unpublished then.
      live
        .filter((p) => p.formedDate <= periodTo)
        .map((p) =>
          p.publishedDate !== null && p.publishedDate > periodTo ? { ...p, publishedDate: null } : p,
        ),
      periodTo,
      addWorkingDays,
    ).filter((u) => u.overdue).length,
  };
}

/** "1月、3月" — month lists as the bulletin's prose writes them. */
export function monthListZh(months: readonly number[]): string {
  return months.map((m) => `${m}月`).join('、');
}
