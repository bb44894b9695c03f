import type { DeskDb } from '../../../renderer/db/database';
import type { ReportStores } from '../../../shared/report';

/** Reads every record the report could need: the whole of each register (the simple way). */
export async function loadReportStores(db: DeskDb, _year: number): Promise<ReportStores> {
  return db.transaction(
    'r',
    [db.publications, db.requests, db.consultations, db.appeals, db.yearFigures, db.reportSnapshots],
    async () => {
      const [publications, requests, consultations, appeals, yearFigures, reportSnapshots] = await Promise.all([
        db.publications.toArray(),
        db.requests.toArray(),
        db.consultations.toArray(),
        db.appeals.toArray(),
        db.yearFigures.toArray(),
        db.reportSnapshots.toArray(),
      ]);
      return { publications, requests, consultations, appeals, yearFigures, reportSnapshots };
    },
  );
}
