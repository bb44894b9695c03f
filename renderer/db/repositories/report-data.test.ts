import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../shared/report';
import { computeAnnualReport } from '../../../shared/report';
import { generateDataset } from '../../../test/bench/generate';
import { makeTestDb } from '../test-db';
import { activeToOf } from '../versions/v3';
import { loadReportStoresForYear } from './report-data';

/** Cells and checks with their id lists sorted: the stores come back in index order, not as stored. */
function normalised(model: ReportModel) {
  const cells = Object.fromEntries(
    Object.entries(model.cells).map(([k, c]) => [k, { ...c, ids: [...c.ids].sort() }]),
  );
  const checks = model.checks.map((c) => ({ ...c, ids: [...c.ids].sort() }));
  return { ...model, cells, checks };
}

describe('report stores for one year', () => {
  it('gives the same report as every record, reading only part of the registers', async () => {
    // Four generated years (seeded): carried-over requests, fees, abolished 规范性文件, appeals.
    const data = generateDataset({ scale: 0.02, years: 4, lastYear: 2025 });
    // An appeal filed in 2025 about a request closed in 2022 (the report checks the request exists).
    const closedEarly = data.requests.find((r) => !r.deletedAt && activeToOf(r) < '2023-01-01');
    const sampleAppeal = data.appeals[0];
    if (!closedEarly || !sampleAppeal)
      throw new Error('generated data lacks an early closed request or an appeal');
    data.appeals.push({
      ...sampleAppeal,
      id: 'appeal-about-old-request',
      kind: 'review',
      requestId: closedEarly.id,
      filedDate: '2025-02-01',
      result: 'pending',
      closedDate: null,
      deletedAt: null,
    });
    const db = makeTestDb();
    await db.transaction(
      'rw',
      [db.publications, db.requests, db.consultations, db.appeals, db.yearFigures],
      async () => {
        await db.publications.bulkAdd(data.publications);
        await db.requests.bulkAdd(data.requests);
        await db.consultations.bulkAdd(data.consultations);
        await db.appeals.bulkAdd(data.appeals);
        await db.yearFigures.bulkAdd(data.yearFigures);
      },
    );
    const all = { ...data, reportSnapshots: [] };
    const profile = { agencyName: '测试县测试局' };
    for (const year of [2023, 2024, 2025]) {
      const stores = await loadReportStoresForYear(db, year);
      expect(stores.publications.length).toBeLessThan(data.publications.length / 2);
      expect(stores.consultations.length).toBeLessThan(data.consultations.length / 2);
      // Requests closed before the year are not read (v3 activeTo), only those still relevant.
      const receivedByEnd = data.requests.filter((r) => r.receivedDate <= `${year}-12-31`).length;
      if (year > 2022) expect(stores.requests.length).toBeLessThan(receivedByEnd);
      const fromDb = normalised(computeAnnualReport(stores, year, profile));
      const fromAll = normalised(computeAnnualReport(all, year, profile));
      expect(fromDb).toEqual(fromAll);
      expect(fromDb.cells['pub:total']?.value).toBeGreaterThan(0);
    }
    db.close();
  });
});
