import type { TFunction } from 'i18next';

/** The database's refusals the officer can act on, by the error's name (Dexie keeps IndexedDB's). */
const SAID: Record<string, string> = {
  QuotaExceededError: 'common:dbError.quota',
  DatabaseClosedError: 'common:dbError.closed',
};

/**
 * Why a write to the database failed, for a message such as 保存失败：{{reason}}: a full disk or a
 * closed database in the officer's language (IndexedDB's messages are English); anything else keeps
 * its own message, the only description there is.
 */
export function errorReason(t: TFunction, err: unknown): string {
  const names = [err, (err as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  const key = names.map((n) => (typeof n === 'string' ? SAID[n] : undefined)).find(Boolean);
  if (key) return t(key);
  return err instanceof Error ? err.message : String(err);
}
