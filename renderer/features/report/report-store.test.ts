import { describe, expect, it } from 'vitest';
import { computeAnnualReport } from '../../../shared/report/compute';
import { draftTexts } from '../../../shared/report/draft';
import { FORMAT_2021 } from '../../../shared/report/format-2021';
import { SAMPLE_PROFILE, sampleYearStores } from '../../../shared/report/testing/sample-year';
import { makeTestDb, testCtx } from '../../db/test-db';
import { finaliseYear, loadReportStores, saveReportTexts, saveYearFigures } from './report-store';

async function seededDb() {
  const db = makeTestDb();
  const s = sampleYearStores();
  await db.publications.bulkAdd(s.publications);
  await db.requests.bulkAdd(s.requests);
  await db.consultations.bulkAdd(s.consultations);
  await db.appeals.bulkAdd(s.appeals);
  return db;
}

describe('report store', () => {
  it('saves 表二 figures per year with an audit entry; the report then uses them', async () => {
    const db = await seededDb();
    let m = computeAnnualReport(await loadReportStores(db), 2025, SAMPLE_PROFILE);
    expect(m.checks.map((c) => c.id)).toContain('figureMissing:licensing');
    await saveYearFigures(
      db,
      { year: 2025, licensing: 4, penalty: 0, enforcement: 0, feesFen: 250_000 },
      testCtx(),
    );
    m = computeAnnualReport(await loadReportStores(db), 2025, SAMPLE_PROFILE);
    expect(m.cells['t2:licensing:count']?.text).toBe('4');
    expect(m.cells['t2:fees:amount']?.text).toBe('0.25');
    expect(m.checks.filter((c) => c.key === 'checks.figureMissing')).toEqual([]);
    const audit = await db.audit.where('store').equals('yearFigures').toArray();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses negative or fractional figures and writes nothing', async () => {
    const db = await seededDb();
    await expect(
      saveYearFigures(db, { year: 2025, licensing: -1, penalty: 0, enforcement: 0, feesFen: 1.5 }, testCtx()),
    ).rejects.toThrow();
    expect(await db.yearFigures.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('finalises only a clean year, and the snapshot drives next year’s 上年结转 check', async () => {
    const db = await seededDb();
    const stores = await loadReportStores(db);
    let m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    const texts = draftTexts(m, FORMAT_2021, SAMPLE_PROFILE);
    const refused = await finaliseYear(db, m, FORMAT_2021, texts, [], testCtx());
    expect(refused.ok).toBe(false);
    expect(await db.reportSnapshots.count()).toBe(0);

    await saveYearFigures(
      db,
      { year: 2025, licensing: 0, penalty: 0, enforcement: 0, feesFen: 0 },
      testCtx(),
    );
    await saveReportTexts(db, 2025, FORMAT_2021, texts, testCtx(), '2026-01-19');
    expect((await db.reportDrafts.get(2025))?.signDate).toBe('2026-01-19');
    m = computeAnnualReport(await loadReportStores(db), 2025, SAMPLE_PROFILE);
    const done = await finaliseYear(
      db,
      m,
      FORMAT_2021,
      texts,
      [],
      testCtx('2026-01-20T02:00:00.000Z'),
      '2026-01-19',
    );
    expect(done.ok).toBe(true);
    const snapshots = await db.reportSnapshots.toArray();
    expect(snapshots.map((s) => [s.year, s.finalisedAt, s.signDate])).toEqual([
      [2025, '2026-01-20T02:00:00.000Z', '2026-01-19'],
    ]);
    // The draft after 定稿 keeps the date too (a later re-export prints the same 落款).
    expect((await db.reportDrafts.get(2025))?.signDate).toBe('2026-01-19');

    // A request received in 2025 deleted afterwards: 2026's 上年结转 no longer matches the published 结转.
    await db.requests.update('2025-009', { deletedAt: '2026-02-01T00:00:00.000Z' });
    const next = computeAnnualReport(await loadReportStores(db), 2026, SAMPLE_PROFILE);
    expect(next.checks.map((c) => c.id)).toEqual(
      expect.arrayContaining(['carriedInMismatch:natural', 'carriedInMismatch:total']),
    );
    const again = computeAnnualReport(await loadReportStores(db), 2025, SAMPLE_PROFILE);
    expect(again.checks.find((c) => c.id === 'finalisedDiffers')?.params.count).toBeGreaterThan(0);
  });
});
