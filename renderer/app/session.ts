import { useLiveQuery } from 'dexie-react-hooks';
import { type AppSettings, defaultSettings, localDateTime } from '../../shared/model';
import { db } from '../db/database';
import type { WriteContext } from '../db/repositories/registers';
import { getSettings } from '../db/repositories/settings';

/** The live app settings (defaults until the first save). */
export function useSettings(): AppSettings {
  return useLiveQuery(() => getSettings(db), [], defaultSettings()) ?? defaultSettings();
}

/** Who is acting and when, for repositories and the audit log. */
export function writeContext(settings: AppSettings): WriteContext {
  return { actor: settings.profile.officerName || '信息公开工作人员', now: new Date().toISOString() };
}

/** Today's civil date in the office's local time (the renderer is the edge where the clock is read). */
export function todayLocal(): string {
  return localDateTime(new Date()).slice(0, 10);
}
