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
  /^DisclosureDesk-(auto-)?(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?(?:-([0-9a-f]{8}))?(-before-restore)?\.gkbak$/;
/** How much of the installation id a file name carries (the header carries all 32 hex digits). */
export const NAME_INSTALLATION_CHARS = 8;
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
  /**
   * The first 8 hex digits of the writing installation's id (format 2 names), or null for a name
   * written before installation ids: a shared folder is pruned per installation (issue 14).
   */
  installation: string | null;
}

/** True when `name` was written by the installation whose id is `installationId`. */
export function isOwnBackup(name: Pick<BackupName, 'installation'>, installationId: string): boolean {
  return name.installation !== null && name.installation === installationId.slice(0, NAME_INSTALLATION_CHARS);
}

/**
 * `local` is the local wall-clock time as `YYYY-MM-DDTHH:MM:SS`; `seq` > 1 resolves same-second clashes;
 * `beforeRestore` (automatic backups only) marks the copy of the data a restore replaced; `installation`
 * (32 hex digits) puts the first 8 into the name, so two PCs sharing a USB folder tell theirs apart.
 */
export function backupFileName(
  kind: BackupKind,
  local: string,
  seq = 1,
  beforeRestore = false,
  installation: string | null = null,
): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isValidDate(`${m[1]}-${m[2]}-${m[3]}`)) throw new Error(`bad local time ${local}`);
  if (beforeRestore && kind !== 'auto') throw new Error('only automatic backups are made before a restore');
  if (installation !== null && !/^[0-9a-f]{32}$/.test(installation)) throw new Error('bad installation id');
  const suffix =
    (seq > 1 ? `-${seq}` : '') +
    (installation ? `-${installation.slice(0, NAME_INSTALLATION_CHARS)}` : '') +
    (beforeRestore ? BEFORE_RESTORE : '');
  return safeFileName(
    `${PREFIX[kind]}${m[1]}${m[2]}${m[3]}-${m[4]}${m[5]}${m[6]}${suffix}.${BACKUP_EXTENSION}`,
  );
}

export function parseBackupFileName(name: string): BackupName | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, auto, y, mo, d, h, mi, s, seq, installation, before] = m;
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
    installation: installation ?? null,
  };
}
