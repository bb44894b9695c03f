import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';
import { type AppSettings, defaultSettings, localDateTime } from '../../shared/model';
import { db } from '../db/database';
import type { WriteContext } from '../db/repositories/registers';
import { getSettings } from '../db/repositories/settings';

/**
 * The settings as last read, shared by every component (issue 17): one live query for the whole app
 * instead of one per component, each of which began every page visit with the defaults (a report,
 * dashboard or list computed once with them and again with the stored ones) and gave its own copy.
 * A re-read equal to the last one keeps the same object, so what was derived from it stays valid.
 * `state` is what every useSettings shows: replaced (a new object) whenever it changes, an error too.
 */
let state: { settings: AppSettings; json: string | null; error: unknown } = {
  settings: defaultSettings(),
  json: null,
  error: null,
};
const listeners = new Set<() => void>();
let subscription: { unsubscribe(): void } | null = null;

function subscribeSettings(listener: () => void): () => void {
  listeners.add(listener);
  if (!subscription) {
    const set = (next: typeof state) => {
      state = next;
      for (const l of listeners) l();
    };
    subscription = liveQuery(() => getSettings(db)).subscribe({
      next: (settings) => {
        const json = JSON.stringify(settings);
        if (state.json !== json || state.error) set({ settings, json, error: null });
      },
      error: (error: unknown) => set({ ...state, error }),
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      subscription?.unsubscribe();
      subscription = null;
    }
  };
}

/**
 * The settings read by the start (main.tsx) before the app's first render, shown until the live
 * read's first answer (equal, so it changes nothing): the first render then uses the stored settings,
 * not the defaults and again the stored ones (issue 17; a page whose reads depend on them — the
 * dashboard's columns — would read twice). Ignored once a live read has answered.
 */
export function seedSettings(settings: AppSettings): void {
  if (state.json !== null || state.error) return;
  state = { settings, json: JSON.stringify(settings), error: null };
  for (const l of listeners) l();
}

/** The settings as last read, outside React (useSettings' value). */
export function currentSettings(): AppSettings {
  return state.settings;
}

/** The live app settings (defaults until the first save; until the first read, the last read). */
export function useSettings(): AppSettings {
  const { settings, error } = useSyncExternalStore(subscribeSettings, () => state);
  if (error) throw error;
  return settings;
}

/** Who is acting and when, for repositories and the audit log. */
export function writeContext(settings: AppSettings): WriteContext {
  return { actor: settings.profile.officerName || '信息公开工作人员', now: new Date().toISOString() };
}

/** Today's civil date in the office's local time (the renderer is the edge where the clock is read). */
export function todayLocal(): string {
  return localDateTime(new Date()).slice(0, 10);
}
