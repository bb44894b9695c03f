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

export type IpcResult<T> = ({ ok: true } & T) | { ok: false; error: IpcError; message: string };

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface IpcChannels {
  'app:version': { request: Record<string, never>; response: { version: string; platform: string } };
  /** Opens the app's docs folder (user guide, data format) in the system file manager. */
  'app:openDocs': { request: Record<string, never>; response: Record<string, never> };
  /**
   * Save dialog + atomic write (temp file, flush, rename). `data` is text (UTF-8) or bytes. The path
   * is chosen by the main process's dialog, never passed from the renderer.
   */
  'file:save': {
    request: { suggestedName: string; filters: FileFilter[]; data: string | Uint8Array };
    response: { path: string; bytes: number };
  };
  /** Open dialog; returns the chosen file's content. */
  'file:open': {
    request: { filters: FileFilter[]; maxBytes?: number };
    response: { name: string; data: Uint8Array };
  };
}

export type Channel = keyof IpcChannels;
export type ChannelRequest<C extends Channel> = IpcChannels[C]['request'];
export type ChannelResponse<C extends Channel> = IpcResult<IpcChannels[C]['response']>;

/** Channel name → API method name ('file:save' → 'fileSave'). */
export type MethodName<C extends string> = C extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : C;

export type DeskApi = {
  [C in Channel as MethodName<C>]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>>;
};

/** Runtime list of channels (preload and tests iterate it). */
export const CHANNELS = ['app:version', 'app:openDocs', 'file:save', 'file:open'] as const satisfies readonly Channel[];

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [a, b] = channel.split(':') as [string, string];
  return `${a}${b.charAt(0).toUpperCase()}${b.slice(1)}` as MethodName<C>;
}
