import type { YearBaseline } from '../../../shared/model';
import type { DeskDb } from '../../db/database';
import { getSettings, saveSettings } from '../../db/repositories/settings';

/** Stores last year's figures read from a published report; replaces that year's earlier baseline. */
export async function saveBaseline(db: DeskDb, baseline: YearBaseline, ctx: { actor: string; now: string }) {
  const current = await getSettings(db);
  const baselines = [...current.baselines.filter((b) => b.year !== baseline.year), baseline].sort(
    (a, b) => a.year - b.year,
  );
  return saveSettings(db, { baselines }, ctx);
}
