// The settings' own modules, not the model's index: the start reads the settings before the records'
// schemas are needed, and each zod schema is built as its module is evaluated (issue 17).
import { type AppSettings, appSettings, defaultSettings } from '../../../shared/model/settings';
import { checkStoredSettings, type SettingsCheck } from '../../../shared/model/settings-check';
import type { DeskDb } from '../database';
import { issuesOf, ValidationError } from './errors';
import { addAudit } from './audit-log';

const KEY = 'app';

/** The stored settings checked (shared/model/settings-check.ts); no row yet = the defaults. */
export async function readSettings(db: DeskDb): Promise<SettingsCheck> {
  const row = await db.settings.get(KEY);
  if (!row) return { ok: true, settings: defaultSettings() };
  // Older rows may lack newer fields: parsing fills the defaults.
  return checkStoredSettings(row.value);
}

/**
 * The settings to work with. When the stored row fails validation this is the salvaged copy (valid
 * fields as stored, invalid ones at their default) — good for reading, never written back by itself:
 * whatever issues numbers uses readSettings and refuses (repositories/index-numbers.ts).
 */
export async function getSettings(db: DeskDb): Promise<AppSettings> {
  return (await readSettings(db)).settings;
}

/**
 * Saves a change to the settings; validates the result and writes an audit entry. The change is
 * applied to the row AS STORED: when another field of it is invalid, that field is kept as it was
 * (not silently reset) and the rest is saved; a change that is itself invalid is refused.
 */
export async function saveSettings(
  db: DeskDb,
  patch: Partial<AppSettings>,
  ctx: { actor: string; now: string },
): Promise<AppSettings> {
  let saved!: AppSettings;
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const row = await db.settings.get(KEY);
    const stored = (row?.value ?? {}) as Record<string, unknown>;
    const parsed = appSettings.safeParse({ ...stored, ...patch });
    let value: AppSettings;
    if (parsed.success) {
      value = parsed.data;
      saved = parsed.data;
    } else {
      const keys = Object.fromEntries(Object.keys(patch).map((k) => [k, true])) as Record<string, true>;
      const own = appSettings.pick(keys as never).safeParse(patch);
      if (!own.success) throw new ValidationError(issuesOf(own.error));
      value = { ...stored, ...(own.data as Partial<AppSettings>) } as AppSettings;
      saved = checkStoredSettings(value).settings;
    }
    await db.settings.put({ key: KEY, value });
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      store: 'settings',
      recordId: KEY,
      action: 'update',
      before: row?.value ?? null,
      after: value,
    });
  });
  return saved;
}

/**
 * The repair the officer confirms: the salvaged copy (checkStoredSettings) replaces the stored row,
 * with the old row in the audit entry. Returns the fields that were reset, [] when nothing was wrong.
 */
export async function repairSettings(db: DeskDb, ctx: { actor: string; now: string }): Promise<string[]> {
  let fields: string[] = [];
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const row = await db.settings.get(KEY);
    if (!row) return;
    const check = checkStoredSettings(row.value);
    if (check.ok) return;
    fields = [...new Set(check.issues.map((i) => i.field))];
    await db.settings.put({ key: KEY, value: check.settings });
    await addAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      store: 'settings',
      recordId: KEY,
      action: 'update',
      before: row.value,
      after: { ...check.settings, repairedFields: fields },
    });
  });
  return fields;
}
