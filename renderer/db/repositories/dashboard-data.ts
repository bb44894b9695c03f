import { Dexie } from 'dexie';
import type {
  Appeal,
  Consultation,
  DisclosureRequest,
  Letter,
  Publication,
  ReportDoc,
  YearFigures,
} from '../../../shared/model';
import type { DeskDb } from '../database';
import { regulationsOf, withAppealRequests } from './report-data';
import { readByMonth } from './range-reads';

/**
 * What the dashboard (and the monthly bulletin) read: the records of a window of years, not every
 * record of ten years (issue 8: the first screen must be interactive in 1.5 s with 200,000
 * publications). Everything the dashboard shows is about the window, with three exceptions answered
 * by the v3 indexes (renderer/db/versions/v3.ts):
 * - items formed but not yet published, of any year (`unpublishedSince`, sparse);
 * - requests still open, of any year, and older requests with anything done in the window
 *   (`activeTo`) — what the attention list and the report's 结转 need;
 * - each column's last publication before the window (`[column+listDate]`), for column freshness.
 * 规章 and 规范性文件 of every year are read too (the report checks count those still valid), and the
 * requests that appeals name (the report checks they exist).
 * dashboard-data.test.ts checks that the figures equal those computed from every record.
 */
export interface DashboardStores {
  publications: Publication[];
  requests: DisclosureRequest[];
  consultations: Consultation[];
  appeals: Appeal[];
  yearFigures: YearFigures[];
  reportSnapshots: ReportDoc[];
  /** Letters issued in the window (the late ones are counted, shared/letters/register.ts). */
  letters?: Letter[];
}

const live = <T extends { deletedAt: string | null }>(xs: T[]) => xs.filter((x) => !x.deletedAt);

/** Publications listed from `from` on, every unpublished item and every 规章/规范性文件 (live ones). */
async function publicationsSince(db: DeskDb, from: string): Promise<Publication[]> {
  const [recent, unpublished, regulations] = await Promise.all([
    // A month at a time: no one read's records make one long task (range-reads.ts).
    readByMonth(db.publications, 'listDate', from, null),
    db.publications.where('unpublishedSince').above('').toArray(),
    regulationsOf(db),
  ]);
  const byId = new Map<string, Publication>();
  for (const list of [recent, unpublished, regulations]) for (const p of list) byId.set(p.id, p);
  return live([...byId.values()]);
}

/** The dashboard's records for the years from `fromYear` to today. */
export function loadDashboardStores(db: DeskDb, fromYear: number): Promise<DashboardStores> {
  const from = `${fromYear}-01-01`;
  return db.transaction(
    'r',
    [
      db.publications,
      db.requests,
      db.consultations,
      db.appeals,
      db.yearFigures,
      db.reportSnapshots,
      db.letters,
    ],
    async () => {
      const [publications, requests, consultations, appeals, yearFigures, reportSnapshots, letters] =
        await Promise.all([
          publicationsSince(db, from),
          db.requests.where('activeTo').aboveOrEqual(from).toArray(),
          readByMonth(db.consultations, 'date', from, null),
          db.appeals.toArray(),
          db.yearFigures.toArray(),
          db.reportSnapshots.toArray(),
          db.letters.where('issuedDate').aboveOrEqual(from).toArray(),
        ]);
      return {
        publications,
        requests: live(await withAppealRequests(db, requests, appeals)),
        consultations: live(consultations),
        appeals: live(appeals),
        yearFigures,
        reportSnapshots,
        letters,
      };
    },
  );
}

/**
 * The last 公开日期 on or before `upTo` of each named column, through the `[column+listDate]` index:
 * newest first, skipping unpublished and trashed items (usually the first one read is the answer).
 */
export async function lastPublishedByColumn(
  db: DeskDb,
  columns: readonly string[],
  upTo: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await db.transaction('r', db.publications, async () => {
    for (const name of new Set(columns.map((c) => c.trim()).filter(Boolean))) {
      const newest = await db.publications
        .where('[column+listDate]')
        .between([name, Dexie.minKey], [name, upTo], true, true)
        .reverse()
        .filter((p) => p.publishedDate !== null && !p.deletedAt)
        .first();
      if (newest?.publishedDate) out.set(name, newest.publishedDate);
    }
  });
  return out;
}

/** What the monthly bulletin of `year`/`month` reads (see buildMonthlyBulletin). */
export async function loadBulletinData(db: DeskDb, year: number, month: number, columns: readonly string[]) {
  const periodTo = `${year}-${String(month).padStart(2, '0')}-31`;
  const [publications, columnsLast] = await Promise.all([
    db.transaction('r', db.publications, () => publicationsSince(db, `${year}-01-01`)),
    lastPublishedByColumn(db, columns, periodTo),
  ]);
  return { publications, columnsLast };
}
