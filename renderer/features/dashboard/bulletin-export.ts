import { Packer } from 'docx';
import { addWorkingDays, type WorkCalendar } from '../../../shared/calendar';
import { buildBulletinDocument, bulletinTitle } from '../../../shared/docx/bulletin';
import type { AppSettings, Publication } from '../../../shared/model';
import { buildMonthlyBulletin } from '../../../shared/monitoring/bulletin';
import { bulletinXlsx } from '../../../shared/monitoring/bulletin-xlsx';

/**
 * The bulletin's file bytes. Loaded on demand (dynamic import) so docx and ExcelJS stay out of the
 * dashboard's first paint.
 */
export async function bulletinFile(
  kind: 'docx' | 'xlsx',
  publications: readonly Publication[],
  settings: AppSettings,
  calendar: WorkCalendar,
  year: number,
  month: number,
  columnsLast: ReadonlyMap<string, string> = new Map(),
): Promise<{ name: string; data: Uint8Array }> {
  const b = buildMonthlyBulletin(
    publications,
    settings,
    year,
    month,
    (from, n) => addWorkingDays(calendar, from, n),
    columnsLast,
  );
  const data =
    kind === 'docx' ? await Packer.pack(buildBulletinDocument(b), 'uint8array') : await bulletinXlsx(b);
  return { name: `${bulletinTitle(b)}.${kind}`, data };
}
