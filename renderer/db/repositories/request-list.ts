import type { DisclosureRequest } from '../../../shared/model';
import type { DeskDb } from '../database';
import { keptUntilWrite } from './kept-reads';
import { readByMonth } from './range-reads';

/**
 * The requests received in `year` ('' = every year), deleted ones included, for the requests list:
 * read a month at a time (range-reads.ts; ten years at county scale are 20,000 requests, one 0.4 s
 * task as one read), and kept until the next write to the table (kept-reads.ts), so coming back to
 * the list does not read them again (issue 17).
 */
export function loadRequestRange(db: DeskDb, year: string): Promise<DisclosureRequest[]> {
  return keptUntilWrite(db, ['requests'], `requestRange:${year}`, async () => {
    const from = year ? `${year}-01-01` : (await db.requests.orderBy('receivedDate').first())?.receivedDate;
    return from ? readByMonth(db.requests, 'receivedDate', from, year ? `${year}-12-31` : null) : [];
  });
}
