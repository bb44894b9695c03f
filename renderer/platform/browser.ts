import { safeFileName } from '../../shared/model/file-name';
import type { CryptoLike } from '../../shared/backup';
import type { ChannelRequest, ChannelResponse, DeskApi, FileFilter } from '../../shared/ipc';
import type {
  BrowserBackupEnv,
  createBrowserBackup,
  DirectoryPickerWindow,
  PlatformDb,
} from './browser-backup';

/** The few File System Access API members we use (not in TypeScript's DOM lib yet). */
interface WritableLike {
  write(data: Blob): Promise<void>;
  close(): Promise<void>;
}
interface SaveHandleLike {
  name: string;
  createWritable(): Promise<WritableLike>;
}
export interface FsaWindow {
  showSaveFilePicker?: (options: {
    suggestedName?: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<SaveHandleLike>;
}

export interface BrowserEnv {
  window: Window & FsaWindow & DirectoryPickerWindow;
  document: Document;
  appVersion: string;
  /** Tests pass their own (fake-indexeddb) database and crypto. */
  platformDb?: PlatformDb;
  crypto?: CryptoLike;
  /** The read-back check of a written backup in a worker (browser-backup.ts). */
  verifyInWorker?: BrowserBackupEnv['verifyInWorker'];
  storeAutoInWorker?: BrowserBackupEnv['storeAutoInWorker'];
}

const toBlob = (data: string | Uint8Array) =>
  typeof data === 'string'
    ? new Blob([data], { type: 'text/plain;charset=utf-8' })
    : new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });

const acceptOf = (filters: FileFilter[]) =>
  filters
    .flatMap((f) => f.extensions)
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',');

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** Save: the File System Access picker where the browser has one, else a download (issue 2: browser mode). */
async function fileSave(
  env: BrowserEnv,
  request: ChannelRequest<'file:save'>,
): Promise<ChannelResponse<'file:save'>> {
  const blob = toBlob(request.data);
  // Names come from the 机关名称 and titles: one safe form in every platform (issue 14).
  const suggestedName = safeFileName(request.suggestedName);
  const picker = env.window.showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker.call(env.window, {
        suggestedName,
        types: request.filters
          .filter((f) => !f.extensions.includes('*'))
          .map((f) => ({
            description: f.name,
            accept: { 'application/octet-stream': f.extensions.map((e) => `.${e}`) },
          })),
      });
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return { ok: true, path: handle.name, bytes: blob.size };
    } catch (err) {
      if (isAbort(err)) return { ok: false, error: 'cancelled', message: 'Save cancelled.' };
      return { ok: false, error: 'unknown', message: err instanceof Error ? err.message : String(err) };
    }
  }
  const url = URL.createObjectURL(blob);
  try {
    const a = env.document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.style.display = 'none';
    env.document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Revoke later: the download reads the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  // Where the file lands is the browser's choice (download folder, or its Save As dialog): the
  // UI must not claim it was saved or downloaded (issue 13).
  return { ok: true, path: suggestedName, bytes: blob.size, download: true };
}

/** A hidden <input type=file>; resolves null when the dialog is closed (the browser's `cancel` event). */
export function pickFile(doc: Document, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    doc.body.appendChild(input);
    input.click();
  });
}

async function fileOpen(
  env: BrowserEnv,
  request: ChannelRequest<'file:open'>,
): Promise<ChannelResponse<'file:open'>> {
  const file = await pickFile(env.document, acceptOf(request.filters));
  if (!file) return { ok: false, error: 'cancelled', message: 'Open cancelled.' };
  if (request.maxBytes !== undefined && file.size > request.maxBytes) {
    return {
      ok: false,
      error: 'tooLarge',
      message: `The file is ${file.size} bytes; at most ${request.maxBytes} bytes can be opened: ${file.name}`,
    };
  }
  try {
    return { ok: true, name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
  } catch (err) {
    return { ok: false, error: 'unknown', message: err instanceof Error ? err.message : String(err) };
  }
}

/** DeskApi for a normal browser (`npm run web`): same contract, the browser's own means. */
export function createBrowserPlatform(env: BrowserEnv): DeskApi {
  // The platform database is opened on first use only (importing this module must stay side-effect
  // free), and the backup code is loaded then too (issue 17): the writer, the checks and the
  // compression are not part of the start (the desktop app, whose main process does the backups,
  // never loads them).
  let backup: Promise<ReturnType<typeof createBrowserBackup>> | null = null;
  const b = () => {
    backup ??= import('./browser-backup').then((m) =>
      m.createBrowserBackup({
        window: env.window,
        crypto: env.crypto ?? (globalThis.crypto as unknown as CryptoLike),
        db: env.platformDb ?? new m.PlatformDb(),
        now: () => new Date(),
        download: (request) => fileSave(env, request),
        pickFile: () => pickFile(env.document, '.gkbak'),
        verifyInWorker: env.verifyInWorker,
        storeAutoInWorker: env.storeAutoInWorker,
      }),
    );
    return backup;
  };
  return {
    appVersion: async () => ({ ok: true, version: env.appVersion, platform: 'web' }),
    // Browser mode has no application menu: the page itself shows the language.
    appSetLanguage: async () => ({ ok: true }),
    appOpenDocs: async () => ({
      ok: false,
      error: 'notFound',
      message: 'The documentation folder opens in the desktop app; in browser mode see docs/ in the project.',
    }),
    fileSave: (request) => fileSave(env, request),
    fileOpen: (request) => fileOpen(env, request),
    // A browser prints the page itself: its print dialog offers “Save as PDF”.
    fileSavePdf: async () => {
      env.window.print();
      return { ok: false, error: 'cancelled', message: 'Printed through the browser dialog.' };
    },
    // Browser mode cannot run work on unload; the automatic backup on start covers it.
    appQuitReady: async () => ({ ok: true }),
    // No window close to hold in a browser tab.
    appSetBusy: async () => ({ ok: true }),
    backupStatus: () => b().then((x) => x.backupStatus()),
    backupChooseFolder: () => b().then((x) => x.backupChooseFolder()),
    backupSetKeep: (request) => b().then((x) => x.backupSetKeep(request)),
    backupWriteExternal: (request) => b().then((x) => x.backupWriteExternal(request)),
    backupWriteAuto: (request) => b().then((x) => x.backupWriteAuto(request)),
    backupOpenFile: () => b().then((x) => x.backupOpenFile()),
    backupReadFile: (request) => b().then((x) => x.backupReadFile(request)),
  } satisfies DeskApi;
}
