import { type AppSettings, appSettings, defaultSettings } from '../../../shared/model';
import type { DeskDb } from '../database';
import { issuesOf, ValidationError } from './errors';

const KEY = 'app';

export async function getSettings(db: DeskDb): Promise<AppSettings> {
  const row = await db.settings.get(KEY);
  if (!row) return defaultSettings();
  // Older rows may lack newer fields: parsing fills the defaults.
  const parsed = appSettings.safeParse(row.value);
  return parsed.success ? parsed.data : defaultSettings();
}

/** Saves a change to the settings; validates the whole result and writes an audit entry. */
export async function saveSettings(
  db: DeskDb,
  patch: Partial<AppSettings>,
  ctx: { actor: string; now: string },
): Promise<AppSettings> {
  let saved!: AppSettings;
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const before = await getSettings(db);
    const parsed = appSettings.safeParse({ ...before, ...patch });
    if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
    saved = parsed.data;
    await db.settings.put({ key: KEY, value: saved });
    await db.audit.add({
      at: ctx.now,
      actor: ctx.actor,
      store: 'settings',
      recordId: KEY,
      action: 'update',
      before,
      after: saved,
    });
  });
  return saved;
}
