import { buildCatalogueRows, type CatalogueRow } from '../../../shared/catalogue/rows';
import type { DeskDb } from '../database';
import { RANGE_KEEP_LIMIT, writeGeneration } from './paged-list';

/** The catalogue rows last built: the database, the publications' write generation, agency and day. */
let kept: { db: DeskDb; gen: string; key: string; rows: CatalogueRow[] } | null = null;

/**
 * Every catalogue row (政府信息公开目录), for the catalogue page's live query. Building them reads every
 * publication (a ten-year bureau: 5,000 records, the largest part of the page's cost; issue 17), so the
 * rows are kept between visits while the table's write generation (paged-list.ts: changed before and
 * after every write, from any window) says nothing was written. The count is read either way: inside
 * a live query it makes any write to the table run the query again.
 * 有效性 is derived from the 废止日期 as of `today`, as the annual report does (issue 14).
 */
export async function loadCatalogueRows(
  db: DeskDb,
  agencyName: string,
  today: string,
): Promise<CatalogueRow[]> {
  const gen = writeGeneration(db.name, 'publications');
  const key = `${agencyName}\n${today}`;
  const count = await db.publications.count();
  if (gen && kept?.db === db && kept.gen === gen && kept.key === key) return kept.rows;
  const rows = buildCatalogueRows(await db.publications.toArray(), { agencyName }, today);
  kept = gen && count <= RANGE_KEEP_LIMIT ? { db, gen, key, rows } : null;
  return rows;
}
