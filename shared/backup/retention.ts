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
/** External folder (USB stick): the last N backups (issue 5: default 10). */
export const DEFAULT_KEEP_EXTERNAL = 10;

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
