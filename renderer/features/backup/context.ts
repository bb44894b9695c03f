import { version } from '../../../package.json';
import type { CryptoLike } from '../../../shared/backup';
import { localDateTime, toDayNumber } from '../../../shared/model';
import { db } from '../../db/database';
import { platform } from '../../platform';
import type { BackupDeps } from './backup-service';

/** The app's backup dependencies: the real database, platform API and WebCrypto. */
export function appBackupDeps(): BackupDeps {
  return {
    db,
    api: platform,
    crypto: globalThis.crypto as unknown as CryptoLike,
    appVersion: version,
    now: () => new Date(),
  };
}

/** "12.3 MB" style sizes for the lists and messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

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
