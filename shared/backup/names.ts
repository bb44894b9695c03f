import { safeFileName } from '../model/file-name';
import { isValidDate } from '../model/dates';
import { BACKUP_EXTENSION } from './format';

/**
 * Backup file names carry the local date and time they were made, so folders sort by age and the
 * retention rule works on civil dates without reading files. Only names matching this pattern (and
 * starting with the backup signature) are ever pruned: other files in the folder are never touched.
 */
export type BackupKind = 'external' | 'auto';

const PREFIX: Record<BackupKind, string> = { external: 'DisclosureDesk-', auto: 'DisclosureDesk-auto-' };
const NAME_RE =
  /^DisclosureDesk-(auto-)?(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?(-before-restore)?\.gkbak$/;
/** Marks the automatic backup of the data a restore replaced (kept apart from the daily rule). */
const BEFORE_RESTORE = '-before-restore';

export interface BackupName {
  name: string;
  kind: BackupKind;
  /** Local civil date YYYY-MM-DD. */
  date: string;
  /** Local time HH:MM:SS. */
  time: string;
  /** Sorts oldest → newest. */
  sortKey: string;
  /** An automatic backup of the data a restore replaced. */
  beforeRestore: boolean;
}

/**
 * `local` is the local wall-clock time as `YYYY-MM-DDTHH:MM:SS`; `seq` > 1 resolves same-second clashes;
 * `beforeRestore` (automatic backups only) marks the copy of the data a restore replaced.
 */
export function backupFileName(kind: BackupKind, local: string, seq = 1, beforeRestore = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isValidDate(`${m[1]}-${m[2]}-${m[3]}`)) throw new Error(`bad local time ${local}`);
  if (beforeRestore && kind !== 'auto') throw new Error('only automatic backups are made before a restore');
  const suffix = (seq > 1 ? `-${seq}` : '') + (beforeRestore ? BEFORE_RESTORE : '');
  return safeFileName(
    `${PREFIX[kind]}${m[1]}${m[2]}${m[3]}-${m[4]}${m[5]}${m[6]}${suffix}.${BACKUP_EXTENSION}`,
  );
}

export function parseBackupFileName(name: string): BackupName | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, auto, y, mo, d, h, mi, s, seq, before] = m;
  const date = `${y}-${mo}-${d}`;
  const time = `${h}:${mi}:${s}`;
  // A name like ours with an impossible date (2025-13-40) is not ours: never listed, never pruned.
  if (!isValidDate(date) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  if (before && !auto) return null;
  return {
    name,
    kind: auto ? 'auto' : 'external',
    date,
    time,
    sortKey: `${date}T${time}#${(seq ?? '1').padStart(3, '0')}`,
    beforeRestore: Boolean(before),
  };
}
