import { localDateTime } from '../../shared/model';
import { Dexie, type Table } from 'dexie';
import {
  AUTO_RETENTION,
  backupFileName,
  type CryptoLike,
  DEFAULT_KEEP_EXTERNAL,
  HEADER_READ_BYTES,
  openBackup,
  parseBackupFileName,
  readBackupHeader,
  selectLatest,
  selectRetained,
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
}

type Result<C extends Channel> = ChannelResponse<C>;

const fail = (error: IpcError, message: string, reason?: string) =>
  reason ? ({ ok: false, error, message, reason } as const) : ({ ok: false, error, message } as const);

const localStamp = localDateTime;

function info(name: string, bytes: number): BackupFileInfo | null {
  const parsed = parseBackupFileName(name);
  return parsed ? { name, bytes, date: parsed.date, time: parsed.time } : null;
}

async function dirHandle(env: BrowserBackupEnv, ask: boolean): Promise<DirHandleLike | null> {
  const row = await env.db.kv.get('dir');
  const handle = (row?.value ?? null) as DirHandleLike | null;
  if (!handle) return null;
  const state = (await handle.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
  if (state === 'granted') return handle;
  if (ask && (await handle.requestPermission?.({ mode: 'readwrite' })) === 'granted') return handle;
  return null;
}

async function listDir(
  dir: DirHandleLike,
): Promise<{ info: BackupFileInfo; sortKey: string; date: string }[]> {
  const out: { info: BackupFileInfo; sortKey: string; date: string }[] = [];
  for await (const entry of dir.values()) {
    if (entry.kind !== 'file') continue;
    const parsed = parseBackupFileName(entry.name);
    if (parsed?.kind !== 'external') continue;
    const file = await entry.getFile();
    out.push({
      info: { name: entry.name, bytes: file.size, date: parsed.date, time: parsed.time },
      sortKey: parsed.sortKey,
      date: parsed.date,
    });
  }
  return out.sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1));
}

async function verify(env: BrowserBackupEnv, data: Uint8Array, password?: string) {
  return openBackup(data, {
    crypto: env.crypto,
    password,
    maxSchemaVersion: Number.MAX_SAFE_INTEGER,
    level: 'integrity',
  });
}

async function checkedRead(file: Blob, name: string): Promise<Result<'backup:openFile'>> {
  const prefix = new Uint8Array(await file.slice(0, HEADER_READ_BYTES).arrayBuffer());
  const header = readBackupHeader(prefix, file.size);
  if (!header.ok) return fail('badFile', header.message, header.error);
  return { ok: true, name, data: new Uint8Array(await file.arrayBuffer()) };
}

export function createBrowserBackup(env: BrowserBackupEnv) {
  const autoList = async () =>
    (await env.db.autoBackups.toArray())
      .map((r) => info(r.name, r.bytes))
      .filter((i): i is BackupFileInfo => i !== null)
      .sort((a, b) => (`${a.date}${a.time}${a.name}` < `${b.date}${b.time}${b.name}` ? 1 : -1));

  return {
    async backupStatus(): Promise<Result<'backup:status'>> {
      const stored = (await env.db.kv.get('dir'))?.value as DirHandleLike | undefined;
      const dir = await dirHandle(env, false);
      const status: BackupStatus = {
        folder: stored?.name ?? null,
        folderAvailable: dir !== null,
        keep: DEFAULT_KEEP_EXTERNAL,
        lastExternal: ((await env.db.kv.get('lastExternal'))?.value ?? null) as BackupStatus['lastExternal'],
        external: dir ? (await listDir(dir)).map((e) => e.info) : [],
        auto: await autoList(),
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

    async backupWriteExternal(
      request: ChannelRequest<'backup:writeExternal'>,
    ): Promise<Result<'backup:writeExternal'>> {
      const now = env.now();
      const name = backupFileName('external', localStamp(now));
      const dir = await dirHandle(env, true);
      const checked = await verify(env, request.data, request.password);
      if (!checked.ok) return fail('badFile', checked.message, checked.error);
      let folder = '';
      let removed: string[] = [];
      if (dir) {
        try {
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
          const { remove } = selectLatest(
            await listDir(dir).then((l) => l.map((e) => ({ ...e, name: e.info.name }))),
            DEFAULT_KEEP_EXTERNAL,
          );
          for (const r of remove) {
            if (r.name === name) continue;
            await dir.removeEntry(r.name).then(
              () => removed.push(r.name),
              () => undefined,
            );
          }
          folder = dir.name;
        } catch (err) {
          return fail('folderMissing', err instanceof Error ? err.message : String(err));
        }
      } else {
        const saved = await env.download({
          suggestedName: name,
          filters: [{ name: 'Disclosure Desk backup', extensions: ['gkbak'] }],
          data: request.data,
        });
        if (!saved.ok) return saved;
        folder = '';
        removed = [];
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
    },

    async backupWriteAuto(request: ChannelRequest<'backup:writeAuto'>): Promise<Result<'backup:writeAuto'>> {
      const checked = await verify(env, request.data);
      if (!checked.ok) return fail('badFile', checked.message, checked.error);
      const existing = new Set(await env.db.autoBackups.toCollection().primaryKeys());
      let seq = 1;
      let name = backupFileName('auto', localStamp(env.now()));
      while (existing.has(name)) {
        seq += 1;
        name = backupFileName('auto', localStamp(env.now()), seq);
      }
      try {
        await env.db.autoBackups.put({ name, data: request.data, bytes: request.data.byteLength });
      } catch (err) {
        return fail(
          'diskFull',
          `The browser refused to store the automatic backup: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      const all = (await env.db.autoBackups.toCollection().primaryKeys())
        .map((n) => parseBackupFileName(n))
        .filter((p): p is NonNullable<typeof p> => p !== null);
      const { remove } = selectRetained(all, AUTO_RETENTION);
      const removed = remove.map((r) => r.name).filter((n) => n !== name);
      await env.db.autoBackups.bulkDelete(removed);
      return { ok: true, name, bytes: request.data.byteLength, removed };
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
