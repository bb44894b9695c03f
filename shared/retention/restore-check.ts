import type { InterchangeStores } from '../model/interchange';
import { anonymiseStores } from './anonymise';

/**
 * What a restore (or JSON import) would bring back that retention has removed (issue 14 item 4): an
 * older backup still holds the personal data anonymised since, and its settings may switch retention
 * off. Shown in the preview; after the restore the app keeps the current setting (unless the officer
 * chooses the file's) and applies it again at once.
 */
export interface RestoreRetention {
  /** AppSettings.anonymiseAfterYears now (null = off). */
  current: number | null;
  /** The same setting in the file (null = off, or the file holds no settings). */
  inFile: number | null;
  /** Records (live, or purged with personal data left in their audit rows) the current setting would anonymise in the file's data today. */
  dueNow: number;
}

export function restoreRetention(
  stores: Pick<InterchangeStores, 'requests' | 'consultations' | 'appeals' | 'audit' | 'settings'>,
  current: number | null,
  today: string,
): RestoreRetention {
  const run = anonymiseStores(stores, { afterYears: current, today, now: `${today}T00:00:00.000Z` });
  return {
    current,
    inFile: stores.settings?.anonymiseAfterYears ?? null,
    dueNow: run.records.length,
  };
}

/** True when the preview must say something: data retention would remove, or a different setting. */
export function retentionMatters(r: RestoreRetention): boolean {
  return r.dueNow > 0 || r.current !== r.inFile;
}
