import { safeFileName } from '../../shared/model/file-name';
import { basename, join } from 'node:path';
import type { ChannelRequest, IpcChannels } from '../../shared/ipc';
import { failureFromError, IpcFailure } from '../ipc/errors';
import { atomicWrite } from './atomic-write';
import type { MainDeps } from './deps';

/** Opening more than this is refused unless the caller asks for less (the renderer holds it in memory). */
export const DEFAULT_MAX_OPEN_BYTES = 512 * 1024 * 1024;

/** Save dialog + atomic write (issue 2: the JSON export). The path always comes from the dialog. */
export async function saveFile(
  deps: MainDeps,
  request: ChannelRequest<'file:save'>,
): Promise<IpcChannels['file:save']['response']> {
  const target = await deps.dialog.showSave({
    // The name comes from the renderer (机关名称, titles): made safe here, whatever the renderer did.
    defaultPath: join(deps.paths.downloads, safeFileName(request.suggestedName)),
    filters: request.filters,
  });
  if (!target) throw new IpcFailure('cancelled', 'Save cancelled.');
  const bytes = typeof request.data === 'string' ? new TextEncoder().encode(request.data) : request.data;
  try {
    await atomicWrite(deps.fs, target, bytes);
  } catch (err) {
    throw failureFromError(err, target);
  }
  return { path: target, bytes: bytes.byteLength };
}

/** Prints the window's page to PDF (the print styles show only the letter) and saves it like file:save. */
export async function savePdf(
  deps: MainDeps,
  request: ChannelRequest<'file:savePdf'>,
): Promise<IpcChannels['file:savePdf']['response']> {
  if (!deps.printToPdf) throw new IpcFailure('notFound', 'Printing to PDF needs the app window.');
  const data = await deps.printToPdf();
  return saveFile(deps, {
    suggestedName: request.suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    data,
  });
}

/** Open dialog; the size is checked before reading so a huge file is refused without loading it. */
export async function openFile(
  deps: MainDeps,
  request: ChannelRequest<'file:open'>,
): Promise<IpcChannels['file:open']['response']> {
  const path = await deps.dialog.showOpen({ filters: request.filters });
  if (!path) throw new IpcFailure('cancelled', 'Open cancelled.');
  const limit = request.maxBytes ?? DEFAULT_MAX_OPEN_BYTES;
  try {
    const stat = await deps.fs.stat(path);
    if (!stat.isFile()) throw new IpcFailure('badFile', `Not a file: ${path}`);
    if (stat.size > limit) {
      throw new IpcFailure(
        'tooLarge',
        `The file is ${stat.size} bytes; at most ${limit} bytes can be opened: ${path}`,
      );
    }
    const data = await deps.fs.readFile(path);
    return { name: basename(path), data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (err) {
    throw failureFromError(err, path);
  }
}
