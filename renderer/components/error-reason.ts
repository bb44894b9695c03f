import type { TFunction } from 'i18next';

/** The database's refusals the officer can act on, by the error's name (Dexie keeps IndexedDB's). */
const SAID: Record<string, string> = {
  QuotaExceededError: 'common:dbError.quota',
  DatabaseClosedError: 'common:dbError.closed',
};

/**
 * The name of a database refusal the officer can act on, when `err` is one (itself or the IndexedDB
 * error Dexie wraps as `inner`): kept across a worker's message, where only plain data passes.
 */
export function saidDbError(err: unknown): string | undefined {
  const names = [err, (err as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  return names.find((n): n is string => typeof n === 'string' && n in SAID);
}

/** A refusal named by saidDbError, in the officer's language. */
export function dbErrorText(t: TFunction, name: string): string | undefined {
  const key = SAID[name];
  return key ? t(key) : undefined;
}

/**
 * Why a write to the database failed, for a message such as 保存失败：{{reason}}: a full disk or a
 * closed database in the officer's language (IndexedDB's messages are English); anything else keeps
 * its own message, the only description there is.
 */
export function errorReason(t: TFunction, err: unknown): string {
  const name = saidDbError(err);
  if (name) return dbErrorText(t, name) ?? name;
  return err instanceof Error ? err.message : String(err);
}
