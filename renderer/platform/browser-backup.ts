import { localDateTime } from '../../shared/model';
import { Dexie, type Table } from 'dexie';
import {
  AUTO_RETENTION,
  type BackupProblem,
  backupFileName,
  type CheckedBackup,
  checkWrittenBackup,
  type CryptoLike,
  DEFAULT_KEEP_EXTERNAL,
  MAX_KEEP_EXTERNAL,
  HEADER_READ_BYTES,
  hasMagic,
  MAGIC,
  oneAtATime,
  isOwnBackup,
  parseBackupFileName,
  readBackupHeader,
  selectAutoRetained,
  selectLatest,
} from '../../shared/backup';
import type {
  BackupFileInfo,
  BackupStatus,
  Channel,
  ChannelRequest,
  ChannelResponse,
  DeskApi,
  IpcError,
} from '../../shared/ipc';

/**
 * Backup in browser mode (issue 5 "Browser mode"): automatic backups live in a separate IndexedDB
 * database; "back up to folder" writes into a directory chosen through the File System Access API
 * where the browser has it, and downloads the file otherwise.
 */
interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}
interface DirHandleLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<FileHandleLike | { kind: 'directory'; name: string }>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
  removeEntry(name: string): Promise<void>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<'granted' | 'denied' | 'prompt'>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<'granted' | 'denied' | 'prompt'>;
}
export interface DirectoryPickerWindow {
  showDirectoryPicker?: (options: { mode: 'readwrite'; id?: string }) => Promise<DirHandleLike>;
}

interface AutoRow {
  name: string;
  data: Uint8Array;
  bytes: number;
}
interface KvRow {
  key: string;
  value: unknown;
}

export class PlatformDb extends Dexie {
  autoBackups!: Table<AutoRow, string>;
  kv!: Table<KvRow, string>;
  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super('disclosure-desk-platform', options);
    this.version(1).stores({ autoBackups: 'name', kv: 'key' });
    // `bytes` indexed (issue 17): the list of automatic backups (every dashboard visit asks for the
    // backup status) reads names and sizes from the index instead of every backup's whole file.
    this.version(2).stores({ autoBackups: 'name, bytes', kv: 'key' });
  }
}

export interface BrowserBackupEnv {
  window: DirectoryPickerWindow;
  crypto: CryptoLike;
  db: PlatformDb;
  now: () => Date;
  /** Download fallback (the browser platform's fileSave). */
  download: DeskApi['fileSave'];
  /** File picker (the browser platform's fileOpen without the size limit, header checked here). */
  pickFile: () => Promise<File | null>;
  /**
   * The read-back check in a worker (platform/index.ts gives the backup worker's; issue 17): in the
   * window, WebCrypto's SHA-256 and the inflate of a county's backup held the main thread for
   * 250–350 ms at a time. Rejects when the worker cannot: the check is then made here.
   */
  verifyInWorker?: (data: Uint8Array, password?: string) => Promise<CheckedBackup | BackupProblem>;
  /**
   * An automatic backup checked and stored by a worker (platform/index.ts gives the backup
   * worker's; issue 17): the window neither checks the file nor hands its bytes to IndexedDB, whose
   * structured clone of a county's 60 MB file held the main thread for 180–320 ms. The file's bytes
   * are moved to the worker (the caller's `data` is then empty: no caller uses it after the write).
   * Rejects when the worker cannot: before the bytes were moved the window then checks and stores the
   * file itself; after (`moved` on the error), the write fails.
   */
  storeAutoInWorker?: (job: AutoStoreRequest) => Promise<ChannelResponse<'backup:writeAuto'>>;
}

/** What storing an automatic backup needs besides the store: the file and its name's parts. */
export interface AutoStoreRequest {
  bytes: Uint8Array;
  /** Local date and time of the backup (localDateTime). */
  stamp: string;
  beforeRestore: boolean;
  installationId: string;
}

/**
 * Stores an automatic backup already checked (`checked`: its read-back check's result) under a name
 * not yet taken, then removes what the retention rule no longer keeps. The one implementation for
 * the window and the backup worker (store-auto-job.ts).
 */
export async function storeCheckedAuto(
  db: PlatformDb,
  request: AutoStoreRequest,
  checked: CheckedBackup | BackupProblem,
): Promise<ChannelResponse<'backup:writeAuto'>> {
  if (!checked.ok) return fail('badFile', checked.message, checked.error);
  const { bytes, stamp, beforeRestore, installationId } = request;
  const taken = new Set(await db.autoBackups.toCollection().primaryKeys());
  const name = freshName(taken, (seq) => backupFileName('auto', stamp, seq, beforeRestore, installationId));
  if (!name) return fail('unknown', TOO_MANY);
  try {
    await db.autoBackups.put({ name, data: bytes, bytes: bytes.byteLength });
  } catch (err) {
    return fail(
      'diskFull',
      `The browser refused to store the automatic backup: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const all = (await db.autoBackups.toCollection().primaryKeys())
    .map((n) => parseBackupFileName(n))
    .filter((p): p is NonNullable<typeof p> => p?.kind === 'auto');
  // Before-restore backups are kept by their own count, so the quit backup of the same day never
  // removes the data a restore replaced.
  const { remove } = selectAutoRetained(all, AUTO_RETENTION);
  const removed = remove.map((r) => r.name).filter((n) => n !== name);
  await db.autoBackups.bulkDelete(removed);
  return { ok: true, name, bytes: bytes.byteLength, removed };
}

type Result<C extends Channel> = ChannelResponse<C>;

const fail = (error: IpcError, message: string, reason?: string) =>
  reason ? ({ ok: false, error, message, reason } as const) : ({ ok: false, error, message } as const);

const localStamp = localDateTime;

function info(name: string, bytes: number): BackupFileInfo | null {
  const parsed = parseBackupFileName(name);
  if (!parsed) return null;
  const { date, time, beforeRestore } = parsed;
  // As main's toInfo: the flag only where it is true.
  return { name, bytes, date, time, ...(beforeRestore ? { beforeRestore: true } : {}) };
}

/** A name not yet taken (two backups in the same second get -2, -3 …, as main's freshName). */
function freshName(taken: ReadonlySet<string>, make: (seq: number) => string): string | null {
  for (let seq = 1; seq < 1000; seq += 1) {
    const name = make(seq);
    if (!taken.has(name)) return name;
  }
  return null;
}
const TOO_MANY = 'Too many backups with the same time stamp: wait a second and try again.';

async function dirHandle(env: BrowserBackupEnv, ask: boolean): Promise<DirHandleLike | null> {
  const row = await env.db.kv.get('dir');
  const handle = (row?.value ?? null) as DirHandleLike | null;
  if (!handle) return null;
  const state = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (state === 'granted') return handle;
  if (ask && (await handle.requestPermission?.({ mode: 'readwrite' })) === 'granted') return handle;
  return null;
}

async function startsWithMagic(file: Blob): Promise<boolean> {
  return hasMagic(new Uint8Array(await file.slice(0, MAGIC.length).arrayBuffer()));
}

/**
 * Our backups in the folder, newest first: the name must match our pattern AND the file must start
 * with the backup signature (as main's listBackups), so a file someone else named like ours is never
 * listed or pruned.
 */
interface DirEntry {
  info: BackupFileInfo;
  sortKey: string;
  date: string;
  installation: string | null;
  file: File;
}

async function listDir(dir: DirHandleLike): Promise<DirEntry[]> {
  const out: DirEntry[] = [];
  for await (const entry of dir.values()) {
    if (entry.kind !== 'file') continue;
    const parsed = parseBackupFileName(entry.name);
    if (parsed?.kind !== 'external') continue;
    let file: File;
    try {
      file = await entry.getFile();
      if (!(await startsWithMagic(file))) continue;
    } catch {
      continue; // Vanished or unreadable: not listed, not touched.
    }
    out.push({
      info: { name: entry.name, bytes: file.size, date: parsed.date, time: parsed.time },
      sortKey: parsed.sortKey,
      date: parsed.date,
      installation: parsed.installation,
      file,
    });
  }
  return out.sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1));
}

/** The installation id in a backup file's header, or null. */
async function headerInstallationOf(file: File): Promise<string | null> {
  try {
    const prefix = new Uint8Array(await file.slice(0, HEADER_READ_BYTES).arrayBuffer());
    const info = readBackupHeader(prefix, file.size);
    return info.ok ? info.header.installationId : null;
  } catch {
    return null;
  }
}

/** The read-back check of a written backup: in the worker when there is one, else on this thread. */
async function verify(env: BrowserBackupEnv, data: Uint8Array, password?: string) {
  if (env.verifyInWorker) {
    try {
      return await env.verifyInWorker(data, password);
    } catch (err) {
      console.warn(
        'backup worker failed, checking the backup in the window:',
        err instanceof Error ? err.message : err,
      );
    }
  }
  return checkWrittenBackup(env.crypto, data, password);
}

async function entryNames(dir: DirHandleLike): Promise<Set<string>> {
  const names = new Set<string>();
  for await (const entry of dir.values()) names.add(entry.name);
  return names;
}

async function checkedRead(file: Blob, name: string): Promise<Result<'backup:openFile'>> {
  const prefix = new Uint8Array(await file.slice(0, HEADER_READ_BYTES).arrayBuffer());
  const header = readBackupHeader(prefix, file.size);
  if (!header.ok) return fail('badFile', header.message, header.detail ?? header.error);
  return { ok: true, name, data: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Names and sizes of the stored automatic backups, from the `bytes` index (its keys and their
 * primary keys, in the same order within one transaction): the files themselves are not read.
 */
async function storedSizes(db: PlatformDb): Promise<{ name: string; bytes: number }[]> {
  return db.transaction('r', db.autoBackups, async () => {
    const bySize = db.autoBackups.orderBy('bytes');
    const [sizes, names] = await Promise.all([bySize.keys(), bySize.primaryKeys()]);
    return names.map((name, i) => ({ name, bytes: Number(sizes[i]) }));
  });
}

export function createBrowserBackup(env: BrowserBackupEnv) {
  const autoSizes = () => storedSizes(env.db);
  // Writes to one place run one at a time (as in main): the folder and the automatic store apart.
  const folderQueue = oneAtATime();
  const autoQueue = oneAtATime();

  const autoList = async () =>
    (await autoSizes())
      .map((r) => info(r.name, r.bytes))
      .filter((i): i is BackupFileInfo => i !== null)
      .sort((a, b) => (`${a.date}${a.time}${a.name}` < `${b.date}${b.time}${b.name}` ? 1 : -1));

  /** Writes into the chosen folder, reads back and verifies, then prunes our older backups there. */
  async function writeToFolder(
    dir: DirHandleLike,
    now: Date,
    request: ChannelRequest<'backup:writeExternal'>,
  ): Promise<{ ok: true; name: string; removed: string[] } | ReturnType<typeof fail>> {
    try {
      // Every entry counts, not only ours: a new backup never replaces any file in the folder.
      const id = await installationId();
      const name = freshName(await entryNames(dir), (seq) =>
        backupFileName('external', localStamp(now), seq, false, id),
      );
      if (!name) return fail('unknown', TOO_MANY);
      const handle = await dir.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(new Blob([request.data as Uint8Array<ArrayBuffer>]));
      // The browser writes to a swap file and swaps it in on close(): the same atomicity as main.
      await writable.close();
      const back = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      const again = await verify(env, back, request.password);
      if (!again.ok) {
        await dir.removeEntry(name).catch(() => undefined);
        return fail(
          'badFile',
          `The backup could not be verified after writing (${again.message}).`,
          again.error,
        );
      }
      // Only this installation's backups (by name and by header): never another PC's (issue 14).
      const { remove } = selectLatest(
        (await listDir(dir)).filter((e) => isOwnBackup(e, id)).map((e) => ({ ...e, name: e.info.name })),
        await keepExternal(),
      );
      const removed: string[] = [];
      for (const r of remove) {
        if (r.name === name || (await headerInstallationOf(r.file)) !== id) continue;
        await dir.removeEntry(r.name).then(
          () => removed.push(r.name),
          () => undefined,
        );
      }
      return { ok: true, name, removed };
    } catch (err) {
      return fail('folderMissing', err instanceof Error ? err.message : String(err));
    }
  }

  async function writeExternal(
    request: ChannelRequest<'backup:writeExternal'>,
  ): Promise<Result<'backup:writeExternal'>> {
    const now = env.now();
    const dir = await dirHandle(env, true);
    const checked = await verify(env, request.data, request.password);
    if (!checked.ok) return fail('badFile', checked.message, checked.error);
    let name: string;
    let folder = '';
    let removed: string[] = [];
    if (dir) {
      const written = await writeToFolder(dir, now, request);
      if (!written.ok) return written;
      ({ name, removed } = written);
      folder = dir.name;
    } else {
      // The browser itself renames a download whose name is taken ("… (1).gkbak"): nothing is replaced.
      name = backupFileName('external', localStamp(now), 1, false, await installationId());
      const saved = await env.download({
        suggestedName: name,
        filters: [{ name: 'Disclosure Desk backup', extensions: ['gkbak'] }],
        data: request.data,
      });
      if (!saved.ok) return saved;
    }
    await env.db.kv.put({
      key: 'lastExternal',
      value: { name, bytes: request.data.byteLength, at: now.toISOString(), folder },
    });
    return {
      ok: true,
      name,
      folder,
      bytes: request.data.byteLength,
      counts: checked.header.counts,
      removed,
    };
  }

  async function writeAuto(request: ChannelRequest<'backup:writeAuto'>): Promise<Result<'backup:writeAuto'>> {
    const job: AutoStoreRequest = {
      bytes: request.data,
      stamp: localStamp(env.now()),
      beforeRestore: request.reason === 'beforeRestore',
      installationId: await installationId(),
    };
    if (env.storeAutoInWorker) {
      try {
        return await env.storeAutoInWorker(job);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        // The file had been moved to the worker, which then stopped: nothing left here to store.
        if ((err as { moved?: boolean }).moved)
          return fail('unknown', `The backup worker stopped while storing the automatic backup: ${message}`);
        console.warn('backup worker failed, storing the automatic backup in the window:', message);
        return storeCheckedAuto(env.db, job, await checkWrittenBackup(env.crypto, request.data));
      }
    }
    return storeCheckedAuto(env.db, job, await verify(env, request.data));
  }

  /** This browser profile's installation id, made once and kept in the platform store (issue 14). */
  async function installationId(): Promise<string> {
    const stored = (await env.db.kv.get('installationId'))?.value;
    if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
    const bytes = env.crypto.getRandomValues(new Uint8Array(16));
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    await env.db.kv.put({ key: 'installationId', value: id });
    return id;
  }

  const keepExternal = async () =>
    ((await env.db.kv.get('keepExternal'))?.value as number | undefined) ?? DEFAULT_KEEP_EXTERNAL;

  return {
    async backupSetKeep(request: ChannelRequest<'backup:setKeep'>): Promise<Result<'backup:setKeep'>> {
      const { keep } = request;
      // As main's schema: a whole number in range.
      if (!(Number.isInteger(keep) && keep >= 1 && keep <= MAX_KEEP_EXTERNAL))
        return fail('invalidRequest', `keep must be 1–${MAX_KEEP_EXTERNAL}`);
      await env.db.kv.put({ key: 'keepExternal', value: keep });
      return { ok: true, keep };
    },

    async backupStatus(): Promise<Result<'backup:status'>> {
      const stored = (await env.db.kv.get('dir'))?.value as DirHandleLike | undefined;
      const dir = await dirHandle(env, false);
      const status: BackupStatus = {
        folder: stored?.name ?? null,
        folderAvailable: dir !== null,
        keep: await keepExternal(),
        lastExternal: ((await env.db.kv.get('lastExternal'))?.value ?? null) as BackupStatus['lastExternal'],
        external: dir ? (await listDir(dir)).map((e) => e.info) : [],
        auto: await autoList(),
        installationId: await installationId(),
      };
      return { ok: true, ...status };
    },

    async backupChooseFolder(): Promise<Result<'backup:chooseFolder'>> {
      if (!env.window.showDirectoryPicker) {
        return fail(
          'notFound',
          'This browser cannot choose a folder: backups are downloaded instead.',
          'noDirectoryPicker',
        );
      }
      try {
        const dir = await env.window.showDirectoryPicker({ mode: 'readwrite', id: 'desk-backups' });
        await env.db.kv.put({ key: 'dir', value: dir });
        return { ok: true, folder: dir.name };
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError')
          return fail('cancelled', 'No folder chosen.');
        return fail('permissionDenied', err instanceof Error ? err.message : String(err));
      }
    },

    backupWriteExternal(
      request: ChannelRequest<'backup:writeExternal'>,
    ): Promise<Result<'backup:writeExternal'>> {
      return folderQueue(() => writeExternal(request));
    },

    backupWriteAuto(request: ChannelRequest<'backup:writeAuto'>): Promise<Result<'backup:writeAuto'>> {
      return autoQueue(() => writeAuto(request));
    },

    async backupOpenFile(): Promise<Result<'backup:openFile'>> {
      const file = await env.pickFile();
      if (!file) return fail('cancelled', 'Open cancelled.');
      return checkedRead(file, file.name);
    },

    async backupReadFile(request: ChannelRequest<'backup:readFile'>): Promise<Result<'backup:readFile'>> {
      if (parseBackupFileName(request.name)?.kind !== request.location) {
        return fail('invalidRequest', 'not a backup name of this location');
      }
      if (request.location === 'auto') {
        const row = await env.db.autoBackups.get(request.name);
        if (!row) return fail('notFound', `No automatic backup named ${request.name}`);
        return checkedRead(new Blob([row.data as Uint8Array<ArrayBuffer>]), row.name);
      }
      const dir = await dirHandle(env, true);
      if (!dir) return fail('folderMissing', 'The backup folder is not available.');
      try {
        return checkedRead(await (await dir.getFileHandle(request.name)).getFile(), request.name);
      } catch (err) {
        return fail('notFound', err instanceof Error ? err.message : String(err));
      }
    },
  };
}
