/**
 * A database written by a newer app version (issue 14 item 6). Dexie, asked to open it at our lower
 * version, gets a VersionError and silently retries without a version — and may then patch the schema
 * (a native version bump) — after which the older app would read, export and write records whose new
 * fields it drops. So the stored version is read BEFORE Dexie opens, from `indexedDB.databases()`,
 * which lists names and versions without opening (and without creating) anything.
 */

/** Dexie stores version N as native version N × 10 (a patched schema adds 1–9: still version N). */
export const schemaVersionOfNative = (nativeVersion: number) => Math.floor(nativeVersion / 10);

/** The schema version of the stored database, null when there is none or the browser cannot tell. */
export async function storedSchemaVersion(
  factory: Pick<IDBFactory, 'databases'> | undefined,
  name: string,
): Promise<number | null> {
  if (!factory || typeof factory.databases !== 'function') return null;
  try {
    return schemaVersionIn(await factory.databases(), name);
  } catch {
    return null;
  }
}

/** The schema version of `name` in a list the browser gave (indexedDB.databases()), null if absent. */
export function schemaVersionIn(list: readonly IDBDatabaseInfo[] | null, name: string): number | null {
  const found = list?.find((d) => d.name === name);
  return found?.version ? schemaVersionOfNative(found.version) : null;
}

/**
 * The app's read-only state: set once at start-up when the stored version is newer than ours, read by
 * the UI to show the message and keep exports and backups off.
 */
export const dataState: { newerVersion: number | null } = { newerVersion: null };

/** The message shown in both languages (before i18next, and in the app's banner). */
export const NEWER_DATA_MESSAGE = {
  'zh-CN': '这份数据由更新版本的公开台账保存：请更新软件。在此之前只能查看，不能修改、导出或备份。',
  en: 'This data was saved by a newer version of Disclosure Desk: please update the app. Until then it can only be viewed — not changed, exported or backed up.',
};

/** Thrown by every write while the data is read-only. */
export class ReadOnlyDataError extends Error {
  constructor() {
    super('read-only: this data was saved by a newer version of the app');
    this.name = 'ReadOnlyDataError';
  }
}
