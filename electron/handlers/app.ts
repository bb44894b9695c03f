import type { ChannelRequest, IpcChannels } from '../../shared/ipc';
import { IpcFailure } from '../ipc/errors';
import { updateMainSettings } from '../main-settings';
import type { MainDeps } from './deps';

export async function appVersion(deps: MainDeps): Promise<IpcChannels['app:version']['response']> {
  return { version: deps.app.version, platform: deps.app.platform };
}

/** Remembers the UI language (the menu is built before the renderer loads) and rebuilds the menu. */
export async function setLanguage(
  deps: MainDeps,
  request: ChannelRequest<'app:setLanguage'>,
): Promise<IpcChannels['app:setLanguage']['response']> {
  await updateMainSettings(deps.fs, deps.paths.userData, { language: request.language });
  deps.onLanguage(request.language);
  return {};
}

export async function openDocs(deps: MainDeps): Promise<IpcChannels['app:openDocs']['response']> {
  await deps.fs.mkdir(deps.paths.docs, { recursive: true });
  const error = await deps.openPath(deps.paths.docs);
  if (error) throw new IpcFailure('notFound', `Could not open the docs folder ${deps.paths.docs}: ${error}`);
  return {};
}
