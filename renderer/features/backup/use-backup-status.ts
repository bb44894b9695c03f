import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { BackupStatus } from '../../../shared/ipc';
import { platform } from '../../platform';

/**
 * The backup folders' state from main (or the browser platform), shared by every component that
 * shows it (page, dashboard badge, status bar): one refresh updates them all.
 */
let current: { status: BackupStatus | null; error: string | null } = { status: null, error: null };
const listeners = new Set<() => void>();

export async function refreshBackupStatus(): Promise<void> {
  const result = await platform.backupStatus({});
  if (result.ok) {
    const { ok: _ok, ...status } = result;
    current = { status, error: null };
  } else {
    current = { ...current, error: result.message };
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBackupStatus(): {
  status: BackupStatus | null;
  error: string | null;
  refresh: () => Promise<void>;
} {
  const state = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    void refreshBackupStatus();
  }, []);
  const refresh = useCallback(() => refreshBackupStatus(), []);
  return { ...state, refresh };
}
