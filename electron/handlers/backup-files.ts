import { localDateTime } from '../../shared/model';
import { join } from 'node:path';
import {
  type BackupKind,
  type BackupName,
  CHECKSUM_BYTES,
  HEADER_READ_BYTES,
  hasMagic,
  MAGIC,
  parseBackupFileName,
  readBackupHeader,
} from '../../shared/backup';
import { MAX_STORED_BYTES } from '../../shared/backup/codec';
import type { BackupFileInfo } from '../../shared/ipc';
import { IpcFailure } from '../ipc/errors';
import { TEMP_PREFIX } from './atomic-write';
import type { FsDeps } from './deps';

/** Larger than any backup this app can restore (the header's payload cap): refused before reading. */
export const MAX_BACKUP_BYTES = HEADER_READ_BYTES + MAX_STORED_BYTES + CHECKSUM_BYTES;

/** Local wall-clock time for file names (the clock and time zone live at the edge, here in main). */
export const localStamp = localDateTime;

/** The folder must exist and be a folder; a missing one is most often a removed USB stick. */
export async function requireFolder(fs: FsDeps, folder: string): Promise<void> {
  let isDir = false;
  try {
    isDir = (await fs.stat(folder)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new IpcFailure(
      'folderMissing',
      `The backup folder is not available: ${folder}. Is the USB stick plugged in? Plug it in or choose the folder again.`,
    );
  }
}

async function startsWithMagic(fs: FsDeps, path: string): Promise<boolean> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = new Uint8Array(MAGIC.length);
    const { bytesRead } = await handle.read(buffer, 0, MAGIC.length, 0);
    return bytesRead === MAGIC.length && hasMagic(buffer);
  } finally {
    await handle.close();
  }
}

/**
 * Our backups in a folder, newest first: the name must match our pattern AND the file must start with
 * the backup signature, so a file someone else named like ours is still never pruned.
 */
export async function listBackups(
  fs: FsDeps,
  folder: string,
  kind: BackupKind,
): Promise<(BackupName & { bytes: number })[]> {
  const names = await fs.readdir(folder);
  const found: (BackupName & { bytes: number })[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed || parsed.kind !== kind) continue;
    const path = join(folder, name);
    try {
      const stat = await fs.stat(path);
      if (stat.isFile() && (await startsWithMagic(fs, path))) found.push({ ...parsed, bytes: stat.size });
    } catch {
      // Vanished or unreadable: not listed, not touched.
    }
  }
  return found.sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1));
}

export const toInfo = (b: BackupName & { bytes: number }): BackupFileInfo => ({
  name: b.name,
  bytes: b.bytes,
  date: b.date,
  time: b.time,
  ...(b.beforeRestore ? { beforeRestore: true } : {}),
});

/** The installation id in a backup's header (null when unreadable or written before ids). */
export async function headerInstallation(fs: FsDeps, path: string): Promise<string | null> {
  try {
    const stat = await fs.stat(path);
    const handle = await fs.open(path, 'r');
    try {
      const prefix = new Uint8Array(Math.min(stat.size, HEADER_READ_BYTES));
      const { bytesRead } = await handle.read(prefix, 0, prefix.length, 0);
      const info = readBackupHeader(prefix.subarray(0, bytesRead), stat.size);
      return info.ok ? info.header.installationId : null;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** A name not yet used in the folder (two backups in the same second get -2, -3 …). */
export async function freshName(fs: FsDeps, folder: string, make: (seq: number) => string): Promise<string> {
  const existing = new Set(await fs.readdir(folder));
  for (let seq = 1; seq < 1000; seq += 1) {
    const name = make(seq);
    if (!existing.has(name)) return name;
  }
  throw new IpcFailure('unknown', `Too many backups with the same time stamp in ${folder}`);
}

/** Temp files our own interrupted writes left behind (a crash between write and rename). */
export async function removeStaleTemps(fs: FsDeps, folder: string): Promise<void> {
  for (const name of await fs.readdir(folder)) {
    if (name.startsWith(`${TEMP_PREFIX}DisclosureDesk-`))
      await fs.rm(join(folder, name), { force: true }).catch(() => undefined);
  }
}

/**
 * Reads a backup file for restore: the header is checked from the first bytes before the rest is
 * read, so "not a backup", "truncated" and a huge file are refused without loading them.
 */
export async function readBackupChecked(fs: FsDeps, path: string): Promise<Uint8Array> {
  const stat = await fs.stat(path);
  if (!stat.isFile()) throw new IpcFailure('badFile', `Not a file: ${path}`);
  const handle = await fs.open(path, 'r');
  try {
    const prefix = new Uint8Array(Math.min(stat.size, HEADER_READ_BYTES));
    const { bytesRead } = await handle.read(prefix, 0, prefix.length, 0);
    const info = readBackupHeader(prefix.subarray(0, bytesRead), stat.size);
    if (!info.ok) throw new IpcFailure('badFile', info.message, info.detail ?? info.error);
    if (stat.size > MAX_BACKUP_BYTES) {
      throw new IpcFailure(
        'tooLarge',
        `The backup is ${stat.size} bytes; at most ${MAX_BACKUP_BYTES} can be restored.`,
      );
    }
  } finally {
    await handle.close();
  }
  const data = await fs.readFile(path);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
