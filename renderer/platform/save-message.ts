import type { TFunction } from 'i18next';
import type { ChannelResponse, IpcError } from '../../shared/ipc';

type Saved = Extract<ChannelResponse<'file:save'>, { ok: true }>;

/**
 * What to tell the officer after a successful save. Electron and the browser's save picker wrote
 * the file where the officer chose (`savedKey`, e.g. 已保存到 {{path}}); a browser download was only
 * handed to the browser, which saves it to its download folder or asks in its own Save As dialog —
 * so the message says that, and where to look, instead of claiming it is saved.
 */
export function savedMessage(
  t: TFunction,
  result: Saved,
  savedKey: string,
  params: Record<string, unknown> = {},
): string {
  if (result.download) return t('common:save.handedToBrowser', { name: result.path });
  return t(savedKey, { path: result.path, ...params });
}

/** The file errors the officer can act on, said in their language (common:fileError.<code>). */
export const SAID_FILE_ERRORS: ReadonlySet<IpcError> = new Set([
  'diskFull',
  'readOnly',
  'permissionDenied',
  'folderMissing',
  'notFound',
  'tooLarge',
  'badFile',
  'invalidRequest',
]);

/**
 * Why saving or opening a file failed, for a message such as 导出失败：{{reason}}: the failure's code in
 * the officer's language (main's and the browser's messages are English, for the log and the CLI);
 * an unexpected failure keeps its own message, the only description there is.
 */
export function fileFailureText(t: TFunction, failure: { error: IpcError; message: string }): string {
  return SAID_FILE_ERRORS.has(failure.error) ? t(`common:fileError.${failure.error}`) : failure.message;
}
