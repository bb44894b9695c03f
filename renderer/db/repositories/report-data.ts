import type { Appeal, DisclosureRequest, Publication } from '../../../shared/model';
import type { ReportStores } from '../../../shared/report/compute';
import type { DeskDb } from '../database';
import { readByMonth } from './range-reads';

/**
 * What computeAnnualReport needs for one reporting year, read through indexes (issue 8: ten years
 * hold 200,000 publications and 100,000 consultations; reading them all costs seconds).
 * - publications: those published in the year (主动公开 figures) and every 规章/行政规范性文件 of any
 *   year (表二: issued, abolished, currently valid) — the report reads no other publication;
 * - consultations: those dated in the year;
 * - requests: received up to 31 December and either still open or with anything (answer, fee,
 *   extension…) on or after 1 January — through the v3 `activeTo` index: a request from an earlier
 *   year may be carried into the year, and a fee may be paid in the year for an older one;
 * - appeals, 表二 figures, drafts and snapshots: all (they are few), and the requests appeals name;
 * The result gives the same model as the whole stores (report-data.test.ts checks it).
 */
/** The tables a year's figures come from (the report and the dashboard read these, and a little more). */
export const FIGURE_TABLES = [
  'publications',
  'requests',
  'consultations',
  'appeals',
  'yearFigures',
  'reportSnapshots',
];

/**
 * `requests` and the requests the appeals name that are not among them (an appeal filed this year may
 * concern a request closed last year: the report checks that every named request exists).
 */
export async function withAppealRequests(
  db: DeskDb,
  requests: DisclosureRequest[],
  appeals: readonly Appeal[],
): Promise<DisclosureRequest[]> {
  const have = new Set(requests.map((r) => r.id));
  const missing = [...new Set(appeals.map((a) => a.requestId))].filter(
    (id): id is string => id !== null && !have.has(id),
  );
  if (missing.length === 0) return requests;
  const found = (await db.requests.bulkGet(missing)).filter((r): r is DisclosureRequest => r !== undefined);
  return [...requests, ...found];
}

/**
 * Every 规章 and 行政规范性文件 (of any year): two range reads of the `docKind` index. Not
 * `anyOf('rule', 'normative')`, which Dexie walks with a cursor, one round trip per record (2,258
 * records at county scale: 2.6 s of a cold start's database time; issue 17).
 */
export async function regulationsOf(db: DeskDb): Promise<Publication[]> {
  const [rules, normative] = await Promise.all([
    db.publications.where('docKind').equals('rule').toArray(),
    db.publications.where('docKind').equals('normative').toArray(),
  ]);
  return [...rules, ...normative];
}

export async function loadReportStoresForYear(db: DeskDb, year: number): Promise<ReportStores> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return db.transaction(
    'r',
    [
      db.publications,
      db.requests,
      db.consultations,
      db.appeals,
      db.yearFigures,
      db.reportSnapshots,
      db.reportDrafts,
    ],
    async () => {
      const [
        published,
        regulations,
        requests,
        consultations,
        appeals,
        yearFigures,
        reportSnapshots,
        reportDrafts,
      ] = await Promise.all([
        // listDate is 公开日期 for a published item (成文日期 for an unpublished one, filtered out below).
        // A month at a time: no one read's records make one long task (range-reads.ts).
        readByMonth(db.publications, 'listDate', start, end),
        regulationsOf(db),
        // Open, or anything happened on or after 1 January (v3 activeTo); received by 31 December.
        db.requests.where('activeTo').aboveOrEqual(start).toArray(),
        readByMonth(db.consultations, 'date', start, end),
        db.appeals.toArray(),
        db.yearFigures.toArray(),
        db.reportSnapshots.toArray(),
        db.reportDrafts.toArray(),
      ]);
      const byId = new Map<string, Publication>();
      for (const p of published) if (p.publishedDate !== null) byId.set(p.id, p);
      for (const p of regulations) byId.set(p.id, p);
      return {
        publications: [...byId.values()],
        requests: await withAppealRequests(
          db,
          requests.filter((r) => r.receivedDate <= end),
          appeals,
        ),
        consultations,
        appeals,
        yearFigures,
        reportSnapshots,
        reportDrafts,
      };
    },
  );
}
