import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FsDeps } from './deps';

/** Temp files start with this prefix so a crashed write can be recognised (and is never taken for ours). */
export const TEMP_PREFIX = '.desk-tmp-';

export function tempPathFor(target: string): string {
  return join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${randomBytes(6).toString('hex')}`);
}

/**
 * Atomic write: temp file in the same folder (so rename never crosses drives), write, fsync, close,
 * rename over the target, then fsync the folder where the OS allows it. A crash at any point leaves
 * either the old file or the new one, never half of one. On failure the temp file is removed.
 */
export async function atomicWrite(fs: FsDeps, target: string, data: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  let handle: Awaited<ReturnType<FsDeps['open']>> | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncFolder(fs, dirname(target));
}

/** fsync of a directory makes the rename durable on Linux; Windows refuses it, which is harmless. */
async function syncFolder(fs: FsDeps, folder: string): Promise<void> {
  try {
    const dir = await fs.open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Not supported on this platform or file system: the rename itself is already atomic.
  }
}
