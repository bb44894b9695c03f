import { join } from 'node:path';
import { z } from 'zod';
import { oneAtATime } from '../shared/backup/one-at-a-time';
import { DEFAULT_KEEP_EXTERNAL, MAX_KEEP_EXTERNAL } from '../shared/backup/retention';
import { atomicWrite } from './handlers/atomic-write';
import type { FsDeps } from './handlers/deps';

/**
 * Settings the main process keeps for itself in userData (not in IndexedDB, which main cannot read):
 * the UI language for the menu before the renderer loads, the remembered backup folder and the last
 * external backup. Unknown or broken content falls back to defaults rather than blocking start-up.
 */
export const mainSettings = z.object({
  language: z.enum(['zh-CN', 'en']).default('zh-CN'),
  backupFolder: z.string().nullable().default(null),
  lastExternalBackup: z
    .object({ name: z.string(), bytes: z.number(), at: z.string(), folder: z.string() })
    .nullable()
    .default(null),
  keepExternal: z.number().int().min(1).max(MAX_KEEP_EXTERNAL).default(DEFAULT_KEEP_EXTERNAL),
  /**
   * This installation's id (32 random hex digits), made once on first need and kept: it is written
   * into every backup's header and name, and pruning a shared folder removes only its own files.
   */
  installationId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .nullable()
    .default(null),
});
export type MainSettings = z.infer<typeof mainSettings>;

export const MAIN_SETTINGS_FILE = 'desk-main-settings.json';

export async function readMainSettings(fs: FsDeps, userData: string): Promise<MainSettings> {
  try {
    const text = await fs.readFile(join(userData, MAIN_SETTINGS_FILE), 'utf8');
    const parsed = mainSettings.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : mainSettings.parse({});
  } catch {
    return mainSettings.parse({});
  }
}

/**
 * Updates run one at a time: each reads the file, changes it and writes it back, so two at once (the
 * keep-N setting typed while a backup records its result) would let the last write undo the other.
 */
const updating = oneAtATime();

export function updateMainSettings(
  fs: FsDeps,
  userData: string,
  change: Partial<MainSettings>,
): Promise<MainSettings> {
  return updating(() => writeChange(fs, userData, change));
}

async function writeChange(
  fs: FsDeps,
  userData: string,
  change: Partial<MainSettings>,
): Promise<MainSettings> {
  const next = mainSettings.parse({ ...(await readMainSettings(fs, userData)), ...change });
  await fs.mkdir(userData, { recursive: true });
  await atomicWrite(
    fs,
    join(userData, MAIN_SETTINGS_FILE),
    new TextEncoder().encode(JSON.stringify(next, null, 2)),
  );
  return next;
}
