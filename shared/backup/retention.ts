import { toDayNumber, weekday } from '../model/dates';
import type { BackupName } from './names';

/**
 * Which automatic backups to keep: the newest backup of each of the last `daily` days that have one,
 * of each of the last `weekly` weeks (Monday–Sunday) and of the last `monthly` months (the
 * grandfather–father–son scheme restic and Actual use). Pure: dates come from the file names.
 */
export interface RetentionRule {
  daily: number;
  weekly: number;
  monthly: number;
}

export const AUTO_RETENTION: RetentionRule = { daily: 7, weekly: 4, monthly: 12 };
/**
 * Backups of the data a restore replaced: the newest this many are kept whatever their age, apart from
 * the daily/weekly/monthly rule, so a mistaken restore can always be undone (restores are rare).
 */
export const KEEP_BEFORE_RESTORE = 10;
/** External folder (USB stick): the last N backups (issue 5: default 10), at most MAX_KEEP_EXTERNAL. */
export const DEFAULT_KEEP_EXTERNAL = 10;
export const MAX_KEEP_EXTERNAL = 100;

const newestFirst = <T extends Pick<BackupName, 'sortKey'>>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));

function mondayOf(date: string): number {
  return toDayNumber(date) - ((weekday(date) + 6) % 7);
}

export function selectRetained<T extends Pick<BackupName, 'sortKey' | 'date'>>(
  items: readonly T[],
  rule: RetentionRule = AUTO_RETENTION,
): { keep: T[]; remove: T[] } {
  const sorted = newestFirst(items);
  const kept = new Set<T>();
  const bucket = (limit: number, keyOf: (date: string) => string | number) => {
    const seen = new Set<string | number>();
    for (const item of sorted) {
      if (seen.size >= limit) break;
      const key = keyOf(item.date);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.add(item);
    }
  };
  bucket(rule.daily, (d) => d);
  bucket(rule.weekly, mondayOf);
  bucket(rule.monthly, (d) => d.slice(0, 7));
  // Never delete everything: the newest backup always stays.
  if (sorted[0]) kept.add(sorted[0]);
  return { keep: sorted.filter((i) => kept.has(i)), remove: sorted.filter((i) => !kept.has(i)) };
}

/** The newest `n` (the external folder rule); the rest are returned for removal, oldest last. */
export function selectLatest<T extends Pick<BackupName, 'sortKey'>>(
  items: readonly T[],
  n: number,
): { keep: T[]; remove: T[] } {
  const sorted = newestFirst(items);
  const keepCount = Math.max(1, n);
  return { keep: sorted.slice(0, keepCount), remove: sorted.slice(keepCount) };
}

/**
 * The automatic folder: regular backups by `rule`, backups made before a restore by their own count
 * (`KEEP_BEFORE_RESTORE`), so the quit backup of the same day never removes the data a restore replaced.
 */
export function selectAutoRetained<T extends Pick<BackupName, 'sortKey' | 'date' | 'beforeRestore'>>(
  items: readonly T[],
  rule: RetentionRule = AUTO_RETENTION,
  keepBeforeRestore = KEEP_BEFORE_RESTORE,
): { keep: T[]; remove: T[] } {
  const regular = selectRetained(
    items.filter((i) => !i.beforeRestore),
    rule,
  );
  const restores = selectLatest(
    items.filter((i) => i.beforeRestore),
    keepBeforeRestore,
  );
  return {
    keep: newestFirst([...regular.keep, ...restores.keep]),
    remove: newestFirst([...regular.remove, ...restores.remove]),
  };
}
