import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../shared/report';
import { computeAnnualReport } from '../../../shared/report';
import { makeTestDb } from '../test-db';
import { generatedYears, storeGenerated } from '../test-fixtures';
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
    const data = generatedYears();
    const db = makeTestDb();
    await storeGenerated(db, data);
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
