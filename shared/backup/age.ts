import { localDateTime, toDayNumber } from '../model/dates';

/**
 * The age of a backup in calendar days, as the office counts them: made today → 0, yesterday at
 * 23:00 → 1. The instant is read on the local calendar; `today` is the local civil date. The status
 * bar and the dashboard both use this, so they never disagree.
 */
export function backupAgeDays(iso: string, today: string): number {
  const made = localDateTime(new Date(iso)).slice(0, 10);
  return Math.max(0, toDayNumber(today) - toDayNumber(made));
}

/** The reminder is due when there is no external backup, or the last is older than `reminderDays`. */
export function backupOverdue(days: number | null, reminderDays: number): boolean {
  return days === null || days > reminderDays;
}
