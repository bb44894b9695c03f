import { DB_NAME, db, SCHEMA_VERSION, switchToReadOnlyDatabase } from '../db/database';
import { dataState, schemaVersionIn, schemaVersionOfNative, storedSchemaVersion } from '../db/newer-version';
import en from '../i18n/locales/en/common.json';
import zh from '../i18n/locales/zh-CN/common.json';

/**
 * What the window shows while the database opens, when that takes long: the first start after an
 * update may upgrade ten years of records (schema v3 re-indexes them: 25 s measured with 320,000
 * records), and a blank window would look like a crash. Before the settings are read the language
 * is unknown (and i18next not started), so the message is the locales' `startup.upgrading` in both
 * languages, Chinese first.
 */
export const OPENING_MESSAGE = `${zh.startup.upgrading}\n${en.startup.upgrading}`;

/** The app's own files could not be loaded (main.tsx): said in both languages, Chinese first. */
export const START_FAILED_MESSAGE = `${zh.startup.failed}\n${en.startup.failed}`;

/** How the start's own messages (opening, failed) are set in the window, before the app's styles. */
export const START_MESSAGE_STYLE = 'white-space: pre-line; padding: 32px; font-size: 16px;';

export function showStartFailure(el: HTMLElement | null): void {
  if (!el) return;
  el.style.cssText = START_MESSAGE_STYLE;
  el.textContent = START_FAILED_MESSAGE;
}

/** Shows `message` in `el` if `work` has not finished after `afterMs`; returns the work's result. */
export async function showWhileSlow<T>(
  el: { textContent: string | null } | null,
  work: Promise<T>,
  afterMs = 600,
  message = OPENING_MESSAGE,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): Promise<T> {
  const timer = timers.setTimeout(() => {
    if (el) el.textContent = message;
  }, afterMs);
  try {
    return await work;
  } finally {
    timers.clearTimeout(timer);
  }
}

/**
 * Opens the app's database — read-only when it was saved by a newer app version (issue 14 item 6:
 * renderer/db/newer-version.ts). Returns the stored schema version when newer, else null.
 */
export async function openAppDatabase(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  /** The browser's list of databases when already asked for (early-open.ts). */
  listed?: Promise<IDBDatabaseInfo[] | null>,
): Promise<number | null> {
  const stored = listed
    ? (schemaVersionIn(await listed, DB_NAME) ?? (await storedSchemaVersion(factory, DB_NAME)))
    : await storedSchemaVersion(factory, DB_NAME);
  if (stored !== null && stored > SCHEMA_VERSION) {
    dataState.newerVersion = stored;
    await switchToReadOnlyDatabase();
    return stored;
  }
  await db.open();
  // A browser without indexedDB.databases(): Dexie has adapted to the installed version already;
  // still refuse every further write.
  const opened = schemaVersionOfNative(db.backendDB().version);
  if (opened > SCHEMA_VERSION) {
    db.close();
    dataState.newerVersion = opened;
    await switchToReadOnlyDatabase();
    return opened;
  }
  return null;
}
