import { Dexie, type ObservabilitySet } from 'dexie';
import type { DisclosureRequest } from '../../../shared/model';
import type { DeskDb } from '../database';
import { readByMonth } from './range-reads';

/** The last range read, kept until the next committed write to the requests (any window). */
let kept: { db: DeskDb; year: string; rows: DisclosureRequest[] } | null = null;
let watching = false;

function watch() {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (mutated: ObservabilitySet) => {
    if (kept && Object.keys(mutated).some((part) => part.startsWith(`idb://${kept?.db.name}/requests/`)))
      kept = null;
  });
}

/**
 * The requests received in `year` ('' = every year), deleted ones included, for the requests list:
 * read a month at a time (range-reads.ts; ten years at county scale are 20,000 requests, one 0.4 s
 * task as one read), and kept until the next write to the table, so coming back to the list does not
 * read them again (issue 17).
 */
export async function loadRequestRange(db: DeskDb, year: string): Promise<DisclosureRequest[]> {
  watch();
  if (kept?.db === db && kept.year === year) return kept.rows;
  const state = kept;
  const from = year ? `${year}-01-01` : (await db.requests.orderBy('receivedDate').first())?.receivedDate;
  const rows = from
    ? await readByMonth(db.requests, 'receivedDate', from, year ? `${year}-12-31` : null)
    : [];
  // A write during the read dropped what was kept: this read may predate it, so it is not kept.
  if (kept === state) kept = { db, year, rows };
  return rows;
}
