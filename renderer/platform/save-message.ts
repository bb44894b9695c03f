import type { TFunction } from 'i18next';
import type { ChannelResponse } from '../../shared/ipc';

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
