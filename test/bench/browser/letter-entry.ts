import { buildCalendar } from '../../../shared/calendar';
import { draftLetter } from '../../../shared/letters/draft';
import { letterRegisterRows } from '../../../shared/letters/register';
import { db } from '../../../renderer/db/database';
import { loadCalendarData } from '../../../renderer/db/repositories/calendar';
import { letterRegisterData, lettersOfYear } from '../../../renderer/db/repositories/letters';
import { getSettings } from '../../../renderer/db/repositories/settings';
import type { BenchDataset } from '../generate';
import { benchLetters } from '../generate/letters';

/**
 * The letters steps in the page (issue 15), against the app's database of ten years: the same reads
 * the app makes (renderer/features/letters/LettersPanel.tsx, LettersRegisterPage.tsx), then the
 * shared code. Each call returns the time measured inside the page.
 */
export function letterApi(need: () => BenchDataset) {
  return {
    /** One issued 答复书 per answered request, added to the app's database (not timed as a step). */
    async addLetters() {
      const letters = benchLetters(need().requests);
      const t0 = performance.now();
      await db.letters.bulkPut(letters);
      return { ms: performance.now() - t0, letters: letters.length };
    },

    /** A request of `year` and the newest published item, to draft an 已主动公开 答复书 for. */
    async pickLetterCase(year: number) {
      const request = await db.requests
        .where('receivedDate')
        .between(`${year}-01-01`, `${year}-12-31`, true, true)
        .last();
      const pub = await db.publications.orderBy('listDate').reverse().first();
      if (!request || !pub) throw new Error('no request or publication');
      return { requestId: request.id, serial: request.serial, publicationId: pub.id };
    },

    /** Drafting as the letters panel does: the request, settings, calendar and the item by key. */
    async letterDraft(requestId: string, publicationId: string) {
      const t0 = performance.now();
      const [request, settings, cal] = await Promise.all([
        db.requests.get(requestId),
        getSettings(db),
        loadCalendarData(db),
      ]);
      if (!request) throw new Error(`no request ${requestId}`);
      const publications = await db.publications.where('id').equals(publicationId).toArray();
      const draft = draftLetter({
        type: 'answer',
        request,
        settings,
        publications,
        today: need().meta.today,
        calendar: buildCalendar(cal),
        facts: { outcome: 'disclose', discloseMode: 'published', publicationId },
      });
      return { ms: performance.now() - t0, blanks: draft.blanks.length, paragraphs: draft.paragraphs.length };
    },

    /**
     * The register of a year as its page reads it (letterRegisterData + rows); then, for comparison,
     * the first version's reads: the letters, then each request by key (bulkGet).
     */
    async letterRegister(year: number) {
      const t0 = performance.now();
      const { letters, requests } = await letterRegisterData(db, year);
      const t1 = performance.now();
      const rows = letterRegisterRows(letters, requests);
      const t2 = performance.now();
      const byKey = await lettersOfYear(db, year);
      const ids = [...new Set(byKey.map((l) => l.requestId))];
      (await db.requests.bulkGet(ids)).filter((r) => r !== undefined);
      const t3 = performance.now();
      return {
        ms: t2 - t0,
        readMs: t1 - t0,
        rowsMs: t2 - t1,
        byKeyReadMs: t3 - t2,
        rows: rows.length,
        total: await db.letters.count(),
      };
    },
  };
}
