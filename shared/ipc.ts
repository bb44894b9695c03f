/**
 * The one IPC contract (DESIGN.md "Typed IPC"). Each channel is declared once with its request and
 * response types; main registers handlers through one typed `handle()`, preload maps the same list,
 * and the browser fallback implements the same DeskApi.
 */

export type IpcError =
  | 'cancelled'
  | 'invalidRequest'
  | 'notFound'
  | 'diskFull'
  | 'readOnly'
  | 'permissionDenied'
  | 'folderMissing'
  | 'tooLarge'
  | 'badFile'
  | 'unknown';

/**
 * `reason` refines `error` where the renderer needs more than the code, e.g. for `badFile` from a
 * backup: the BackupErrorCode (notBackup, truncated, checksumMismatch, …) so it can say which.
 */
export type IpcResult<T> =
  | ({ ok: true } & T)
  | { ok: false; error: IpcError; message: string; reason?: string };

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type UiLanguage = 'zh-CN' | 'en';

/** A response with no fields besides `ok` (Record<string, never> would make `ok` itself never). */
export type NoFields = Record<never, never>;

export interface IpcChannels {
  'app:version': { request: Record<string, never>; response: { version: string; platform: string } };
  /** The renderer tells main its UI language so the application menu follows it (remembered for next start). */
  'app:setLanguage': { request: { language: UiLanguage }; response: NoFields };
  /** Opens the app's docs folder (user guide, data format) in the system file manager. */
  'app:openDocs': { request: Record<string, never>; response: NoFields };
  /**
   * Save dialog + atomic write (temp file, flush, rename). `data` is text (UTF-8) or bytes. The path
   * is chosen by the main process's dialog, never passed from the renderer.
   */
  'file:save': {
    request: { suggestedName: string; filters: FileFilter[]; data: string | Uint8Array };
    /**
     * `download`: browser mode without a save picker — the file was handed to the browser, which
     * saves it to its download folder or asks in its own Save As dialog; `path` is then the name.
     */
    response: { path: string; bytes: number; download?: boolean };
  };
  /**
   * The current page printed to PDF by main (A4, print styles: a letter's print view), then the save
   * dialog and an atomic write, as file:save (issue 15: letters). Browser mode prints instead.
   */
  'file:savePdf': {
    request: { suggestedName: string };
    response: { path: string; bytes: number };
  };
  /** Open dialog; returns the chosen file's content. */
  'file:open': {
    request: { filters: FileFilter[]; maxBytes?: number };
    response: { name: string; data: Uint8Array };
  };
  /** The renderer finished its work before quitting (the automatic backup on quit): main may close. */
  'app:quitReady': { request: Record<string, never>; response: NoFields };
  /**
   * The renderer starts (busy) or ends work the window must not close during — a restore's import,
   * count check and rollback (issue 14 item 10): main holds a close until it ends.
   */
  'app:setBusy': { request: { busy: boolean }; response: NoFields };

  // ── Backup (issue 5). The renderer builds the file bytes (shared/backup); main chooses where they
  // go, writes atomically, reads back and verifies, and prunes. Paths never come from the renderer.
  'backup:status': { request: Record<string, never>; response: BackupStatus };
  /** Folder dialog; the choice is remembered in main's settings file (userData). */
  'backup:chooseFolder': { request: Record<string, never>; response: { folder: string } };
  /** How many of our backups the external folder keeps (1–100; default 10). Applied at the next backup. */
  'backup:setKeep': { request: { keep: number }; response: { keep: number } };
  /** "备份到U盘/文件夹": write to the remembered folder, verify (decrypting with `password`), keep the last N. */
  'backup:writeExternal': {
    request: { data: Uint8Array; password?: string };
    response: {
      name: string;
      folder: string;
      bytes: number;
      counts: Record<string, number>;
      removed: string[];
    };
  };
  /**
   * Automatic local backup in the app's data folder, pruned by the 7 daily + 4 weekly + 12 monthly rule.
   * The file's bytes are the platform's once given: browser mode moves them to its worker.
   */
  'backup:writeAuto': {
    request: { data: Uint8Array; reason: AutoBackupReason };
    response: { name: string; bytes: number; removed: string[] };
  };
  /** Open dialog for a backup file: its header is checked before the rest is read. */
  'backup:openFile': { request: Record<string, never>; response: { name: string; data: Uint8Array } };
  /** One of the listed backups (by name, from the external folder or the automatic ones). */
  'backup:readFile': {
    request: { location: BackupLocation; name: string };
    response: { name: string; data: Uint8Array };
  };
}

export type AutoBackupReason = 'start' | 'quit' | 'beforeRestore';
export type BackupLocation = 'external' | 'auto';

export interface BackupFileInfo {
  name: string;
  bytes: number;
  /** Local date and time from the file name. */
  date: string;
  time: string;
  /** An automatic backup of the data a restore replaced. */
  beforeRestore?: boolean;
}

export interface BackupStatus {
  /** The remembered folder (USB stick or any folder), or null before the first choice. */
  folder: string | null;
  /** False when the folder is remembered but not there now (USB stick removed). */
  folderAvailable: boolean;
  /** How many backups the external folder keeps. */
  keep: number;
  lastExternal: { name: string; bytes: number; at: string; folder: string } | null;
  /** Newest first. */
  external: BackupFileInfo[];
  auto: BackupFileInfo[];
  /**
   * This installation's id (32 hex digits; main's settings in Electron, the browser's own storage in
   * browser mode): the renderer writes it into each backup's header (issue 14).
   */
  installationId: string;
}

/** Events main sends to the renderer (preload exposes them as `window.deskEvents`). */
export interface DeskEvents {
  /** The window is closing: run the quit backup, then call appQuitReady. Returns an unsubscribe. */
  onBeforeQuit(listener: () => void): () => void;
}
export const EVENT_BEFORE_QUIT = 'app:beforeQuit';

export type Channel = keyof IpcChannels;
export type ChannelRequest<C extends Channel> = IpcChannels[C]['request'];
export type ChannelResponse<C extends Channel> = IpcResult<IpcChannels[C]['response']>;

/** Channel name → API method name ('file:save' → 'fileSave'). */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : C;

export type DeskApi = {
  [C in Channel as MethodName<C>]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;
};

/** Runtime list of channels (preload and tests iterate it). */
export const CHANNELS = [
  'app:version',
  'app:setLanguage',
  'app:openDocs',
  'file:save',
  'file:open',
  'file:savePdf',
  'app:quitReady',
  'app:setBusy',
  'backup:status',
  'backup:chooseFolder',
  'backup:setKeep',
  'backup:writeExternal',
  'backup:writeAuto',
  'backup:openFile',
  'backup:readFile',
] as const satisfies readonly Channel[];

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [a, b] = channel.split(':') as [string, string];
  return `${a}${b.charAt(0).toUpperCase()}${b.slice(1)}` as MethodName<C>;
}

/**
 * Builds the API object from the channel list: one method per channel, each forwarding to `invoke`.
 * Preload passes ipcRenderer.invoke; tests pass the real handlers. The cast is safe because the
 * method names are derived from CHANNELS with the same `methodName` the type uses.
 */
export function buildDeskApi(invoke: (channel: Channel, request: unknown) => Promise<unknown>): DeskApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) api[methodName(channel)] = (request) => invoke(channel, request);
  return api as unknown as DeskApi;
}
