import { join } from 'node:path';
import {
  AUTO_RETENTION,
  backupFileName,
  isOwnBackup,
  oneAtATime,
  openBackup,
  selectAutoRetained,
  selectLatest,
} from '../../shared/backup';
import type { ChannelRequest, IpcChannels } from '../../shared/ipc';
import { failureFromError, IpcFailure } from '../ipc/errors';
import { readMainSettings, updateMainSettings } from '../main-settings';
import { atomicWrite } from './atomic-write';
import {
  freshName,
  headerInstallation,
  listBackups,
  localStamp,
  readBackupChecked,
  removeStaleTemps,
  requireFolder,
  toInfo,
} from './backup-files';
import type { MainDeps } from './deps';

type Response<C extends keyof IpcChannels> = IpcChannels[C]['response'];

export const autoFolder = (deps: MainDeps) => join(deps.paths.userData, 'backups');

/**
 * Backup writes to one folder run one at a time (two clicks in the same second, say). The USB folder
 * and the automatic folder have queues of their own, so the quit backup never waits behind a slow
 * stick (main closes the window after QUIT_BACKUP_TIMEOUT_MS); their names never collide (`-auto-`).
 */
const externalQueue = oneAtATime();
const autoQueue = oneAtATime();

/**
 * This installation's id: made once (16 random bytes) and kept in main's settings file, so every
 * backup names its writer and a shared folder is pruned per installation (issue 14).
 */
export async function installationId(deps: MainDeps): Promise<string> {
  const settings = await readMainSettings(deps.fs, deps.paths.userData);
  if (settings.installationId) return settings.installationId;
  const bytes = deps.crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    return (
      (await updateMainSettings(deps.fs, deps.paths.userData, { installationId: id })).installationId ?? id
    );
  } catch {
    // Not kept (a read-only data folder): files named with it are simply never pruned later.
    return id;
  }
}

export async function backupStatus(deps: MainDeps): Promise<Response<'backup:status'>> {
  const id = await installationId(deps);
  const settings = await readMainSettings(deps.fs, deps.paths.userData);
  let folderAvailable = false;
  let external: Response<'backup:status'>['external'] = [];
  if (settings.backupFolder) {
    try {
      await requireFolder(deps.fs, settings.backupFolder);
      folderAvailable = true;
      external = (await listBackups(deps.fs, settings.backupFolder, 'external')).map(toInfo);
    } catch {
      folderAvailable = false;
    }
  }
  await deps.fs.mkdir(autoFolder(deps), { recursive: true });
  const auto = (await listBackups(deps.fs, autoFolder(deps), 'auto')).map(toInfo);
  return {
    folder: settings.backupFolder,
    folderAvailable,
    keep: settings.keepExternal,
    lastExternal: settings.lastExternalBackup,
    external,
    auto,
    installationId: id,
  };
}

/** The number of backups the external folder keeps; older ones go at the next verified backup. */
export async function setKeepExternal(
  deps: MainDeps,
  request: ChannelRequest<'backup:setKeep'>,
): Promise<Response<'backup:setKeep'>> {
  const next = await updateMainSettings(deps.fs, deps.paths.userData, { keepExternal: request.keep });
  return { keep: next.keepExternal };
}

/** Chooses the folder once; a test write proves it is writable before it is remembered. */
export async function chooseBackupFolder(deps: MainDeps): Promise<Response<'backup:chooseFolder'>> {
  const settings = await readMainSettings(deps.fs, deps.paths.userData);
  const folder = await deps.dialog.showFolder({ defaultPath: settings.backupFolder ?? undefined });
  if (!folder) throw new IpcFailure('cancelled', 'No folder chosen.');
  try {
    await requireFolder(deps.fs, folder);
    await atomicWrite(deps.fs, join(folder, '.desk-write-test'), new Uint8Array([1]));
    await deps.fs.rm(join(folder, '.desk-write-test'), { force: true });
  } catch (err) {
    throw failureFromError(err, folder);
  }
  await updateMainSettings(deps.fs, deps.paths.userData, { backupFolder: folder });
  return { folder };
}

/**
 * Write → flush → rename (atomicWrite), then read the file back and open it completely (checksum,
 * decryption, decompression, counts) before reporting success. Older backups are removed only after
 * that, and a failure at any step leaves the previous backups as they were.
 */
async function writeVerified(
  deps: MainDeps,
  folder: string,
  name: string,
  data: Uint8Array,
  password: string | undefined,
): Promise<Record<string, number>> {
  const path = join(folder, name);
  try {
    await removeStaleTemps(deps.fs, folder);
    await atomicWrite(deps.fs, path, data);
  } catch (err) {
    throw failureFromError(err, path);
  }
  let problem: string | null = null;
  let counts: Record<string, number> = {};
  try {
    const back = await deps.fs.readFile(path);
    // Verifying integrity, not restorability here: any schema version is accepted.
    const opened = await openBackup(new Uint8Array(back.buffer, back.byteOffset, back.byteLength), {
      crypto: deps.crypto,
      password,
      maxSchemaVersion: Number.MAX_SAFE_INTEGER,
      level: 'integrity',
      inflateRaw: deps.inflateRaw,
    });
    if (opened.ok) counts = opened.header.counts;
    else problem = opened.message;
  } catch (err) {
    problem = failureFromError(err, path).message;
  }
  if (problem !== null) {
    // The new file is ours and bad: remove it so nobody trusts it; older backups stay untouched.
    await deps.fs.rm(path, { force: true }).catch(() => undefined);
    throw new IpcFailure(
      'badFile',
      `The backup could not be verified after writing (${problem}). Try another folder or drive.`,
    );
  }
  return counts;
}

async function removeAll(deps: MainDeps, folder: string, names: string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of names) {
    try {
      await deps.fs.rm(join(folder, name));
      removed.push(name);
    } catch {
      // A file we cannot remove stays; the next backup tries again.
    }
  }
  return removed;
}

export function writeExternalBackup(
  deps: MainDeps,
  request: ChannelRequest<'backup:writeExternal'>,
): Promise<Response<'backup:writeExternal'>> {
  return externalQueue(() => writeExternalNow(deps, request));
}

async function writeExternalNow(
  deps: MainDeps,
  request: ChannelRequest<'backup:writeExternal'>,
): Promise<Response<'backup:writeExternal'>> {
  const settings = await readMainSettings(deps.fs, deps.paths.userData);
  const folder = settings.backupFolder;
  if (!folder)
    throw new IpcFailure('notFound', 'No backup folder chosen yet: choose the USB stick or folder first.');
  await requireFolder(deps.fs, folder);
  const id = await installationId(deps);
  const now = deps.clock();
  let name: string;
  try {
    name = await freshName(deps.fs, folder, (seq) =>
      backupFileName('external', localStamp(now), seq, false, id),
    );
  } catch (err) {
    throw failureFromError(err, folder);
  }
  const counts = await writeVerified(deps, folder, name, request.data, request.password);
  // Only this installation's files: another PC's backups on the same stick are never pruned, and
  // files from before installation ids (no id in the name) are left for the officer (issue 14).
  const ours = (await listBackups(deps.fs, folder, 'external').catch(() => [])).filter((b) =>
    isOwnBackup(b, id),
  );
  const { remove } = selectLatest(ours, settings.keepExternal);
  const confirmed: string[] = [];
  for (const r of remove) {
    if (r.name !== name && (await headerInstallation(deps.fs, join(folder, r.name))) === id)
      confirmed.push(r.name);
  }
  const removed = await removeAll(deps, folder, confirmed);
  await updateMainSettings(deps.fs, deps.paths.userData, {
    lastExternalBackup: { name, bytes: request.data.byteLength, at: now.toISOString(), folder },
  });
  return { name, folder, bytes: request.data.byteLength, counts, removed };
}

export function writeAutoBackup(
  deps: MainDeps,
  request: ChannelRequest<'backup:writeAuto'>,
): Promise<Response<'backup:writeAuto'>> {
  return autoQueue(() => writeAutoNow(deps, request));
}

async function writeAutoNow(
  deps: MainDeps,
  request: ChannelRequest<'backup:writeAuto'>,
): Promise<Response<'backup:writeAuto'>> {
  const folder = autoFolder(deps);
  try {
    await deps.fs.mkdir(folder, { recursive: true });
  } catch (err) {
    throw failureFromError(err, folder);
  }
  const now = deps.clock();
  const beforeRestore = request.reason === 'beforeRestore';
  const id = await installationId(deps);
  const name = await freshName(deps.fs, folder, (seq) =>
    backupFileName('auto', localStamp(now), seq, beforeRestore, id),
  );
  await writeVerified(deps, folder, name, request.data, undefined);
  const ours = await listBackups(deps.fs, folder, 'auto');
  const { remove } = selectAutoRetained(ours, AUTO_RETENTION);
  const removed = await removeAll(
    deps,
    folder,
    remove.map((r) => r.name).filter((n) => n !== name),
  );
  return { name, bytes: request.data.byteLength, removed };
}

export async function openBackupFile(deps: MainDeps): Promise<Response<'backup:openFile'>> {
  const path = await deps.dialog.showOpen({
    filters: [
      { name: 'Disclosure Desk backup', extensions: ['gkbak'] },
      { name: '*', extensions: ['*'] },
    ],
  });
  if (!path) throw new IpcFailure('cancelled', 'Open cancelled.');
  try {
    return { name: path.split(/[\\/]/).pop() ?? path, data: await readBackupChecked(deps.fs, path) };
  } catch (err) {
    throw failureFromError(err, path);
  }
}

export async function readListedBackup(
  deps: MainDeps,
  request: ChannelRequest<'backup:readFile'>,
): Promise<Response<'backup:readFile'>> {
  let folder = autoFolder(deps);
  if (request.location === 'external') {
    const settings = await readMainSettings(deps.fs, deps.paths.userData);
    if (!settings.backupFolder) throw new IpcFailure('notFound', 'No backup folder chosen yet.');
    folder = settings.backupFolder;
    await requireFolder(deps.fs, folder);
  }
  const path = join(folder, request.name);
  try {
    return { name: request.name, data: await readBackupChecked(deps.fs, path) };
  } catch (err) {
    throw failureFromError(err, path);
  }
}
