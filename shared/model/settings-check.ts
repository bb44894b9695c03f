import {
  type AgencyProfile,
  type AppSettings,
  agencyProfile,
  appSettings,
  defaultSettings,
} from './settings';

/**
 * Checking the stored settings row (issue 14 item 7). A row that fails validation used to be replaced
 * by the defaults without a word — 索引号 counters included, so numbers could be issued twice. Now the
 * stored row is kept as it is; the app reads a salvaged copy (every valid field as stored, an invalid
 * one at its default), says which fields are wrong, and refuses to issue index numbers until the
 * officer repairs it (the repair writes exactly the salvaged copy, with an audit entry).
 */
export interface SettingsIssue {
  /** Top-level field, e.g. 'indexCounters' or 'dueSoonWorkingDays'. */
  field: string;
  /** Full path into the settings, e.g. ['indexCounters', '330000/2025']. */
  path: (string | number)[];
  message: string;
}

export type SettingsCheck =
  | { ok: true; settings: AppSettings }
  | { ok: false; settings: AppSettings; issues: SettingsIssue[] };

const FIELDS = Object.keys(appSettings.shape) as (keyof AppSettings)[];

/**
 * The agency profile field by field: one invalid entry (a 年度报告截止日期 of 13-45 saved before it
 * was checked) is read at its default, the agency's name, code and the rest as stored.
 */
function salvageProfile(value: unknown): AgencyProfile {
  const profile = agencyProfile.parse({});
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return profile;
  const stored = value as Record<string, unknown>;
  for (const key of Object.keys(agencyProfile.shape) as (keyof AgencyProfile)[]) {
    if (!(key in stored)) continue;
    const one = agencyProfile.shape[key].safeParse(stored[key]);
    if (one.success) (profile as Record<string, unknown>)[key] = one.data;
  }
  return profile;
}

/**
 * Counters: a readable entry is kept (a numeric string or fraction rounded UP, never down: a counter
 * set too low would issue a number twice); an unreadable one is dropped, and the next number in that
 * scope then comes from the highest number actually stored (assignIndexNumber looks at both).
 */
function salvageCounters(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const counters: Record<string, number> = {};
  for (const [scope, n] of Object.entries(value)) {
    const num = typeof n === 'string' && n.trim() !== '' ? Number(n) : n;
    if (typeof num === 'number' && Number.isFinite(num) && num >= 0) counters[scope] = Math.ceil(num);
  }
  return counters;
}

export function checkStoredSettings(raw: unknown): SettingsCheck {
  const parsed = appSettings.safeParse(raw);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const row =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const issues: SettingsIssue[] = parsed.error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { field: String(path[0] ?? ''), path, message: i.message };
  });
  const settings = defaultSettings();
  for (const field of FIELDS) {
    if (!(field in row)) continue;
    const one = appSettings.shape[field].safeParse(row[field]);
    if (one.success) (settings as Record<string, unknown>)[field] = one.data;
    else if (field === 'indexCounters') settings.indexCounters = salvageCounters(row[field]);
    else if (field === 'profile') settings.profile = salvageProfile(row[field]);
  }
  return { ok: false, settings, issues };
}

/** The fields named by the issues, once each, in settings order ('' = the row itself is unreadable). */
export function invalidFields(issues: SettingsIssue[]): string[] {
  return [...new Set(issues.map((i) => i.field))];
}
