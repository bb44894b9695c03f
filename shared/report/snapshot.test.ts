import { describe, expect, it } from 'vitest';
import { computeAnnualReport } from './compute';
import { draftTexts } from './draft';
import { FORMAT_2021 } from './format-2021';
import { diffReport, finaliseReport, resolveSignDate } from './snapshot';
import { SAMPLE_PROFILE, sampleYearStores } from './testing/sample-year';

describe('定稿 snapshot', () => {
  it('refuses to finalise while an error-level check stands', () => {
    const stores = sampleYearStores();
    stores.yearFigures = [];
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    const res = finaliseReport(
      m,
      FORMAT_2021,
      draftTexts(m, FORMAT_2021, SAMPLE_PROFILE),
      '2026-01-20T08:00:00Z',
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.blocking.map((c) => c.id)).toContain('figureMissing:licensing');
  });

  it('freezes the year; later record edits show as a warning and a cell-by-cell diff', () => {
    const stores = sampleYearStores();
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    const texts = draftTexts(m, FORMAT_2021, SAMPLE_PROFILE);
    const res = finaliseReport(m, FORMAT_2021, texts, '2026-01-20T08:00:00Z');
    if (!res.ok) throw new Error('sample year must finalise');
    expect(res.doc).toMatchObject({ year: 2025, formatVersion: '2021', finalisedAt: '2026-01-20T08:00:00Z' });
    stores.reportSnapshots.push(res.doc);
    // Unchanged records: no warning.
    expect(computeAnnualReport(stores, 2025, SAMPLE_PROFILE).checks).toEqual([]);

    // A late-registered request received in 2025.
    const extra = stores.requests.find((r) => r.id === '2025-009');
    if (!extra) throw new Error('fixture');
    stores.requests.push({
      ...extra,
      id: '2025-013',
      serial: '2025-013',
      receivedDate: '2025-12-29',
      submittedDate: '2025-12-29',
    });
    const fresh = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    const warning = fresh.checks.find((c) => c.id === 'finalisedDiffers');
    expect(warning?.severity).toBe('warning');
    const diff = diffReport(res.doc, fresh, texts);
    const changed = diff?.cells.map((d) => `${d.key} ${d.before}→${d.after} +${d.added.join(',')}`);
    expect(changed).toEqual([
      't3:carriedOut:natural 1→2 +2025-013',
      't3:carriedOut:total 2→3 +2025-013',
      't3:received:natural 5→6 +2025-013',
      't3:received:total 11→12 +2025-013',
    ]);
    expect(warning?.params.count).toBe(4);
    expect(diff?.texts.map((t) => t.section)).toEqual(['overview']);
    expect(diff?.texts[0]?.after).toContain('新收政府信息公开申请12件');
  });
});

describe('落款日期', () => {
  it('freezes the chosen sign date with the snapshot', () => {
    const stores = sampleYearStores();
    const m = computeAnnualReport(stores, 2025, SAMPLE_PROFILE);
    const texts = draftTexts(m, FORMAT_2021, SAMPLE_PROFILE);
    const res = finaliseReport(m, FORMAT_2021, texts, '2026-01-20T08:00:00Z', [], '2026-01-18');
    expect(res.ok && res.doc.signDate).toBe('2026-01-18');
  });

  it('prints the chosen date, else the snapshot’s, else the local day of 定稿, else today', () => {
    const today = '2026-03-02';
    const base = { chosen: null, snapshotSignDate: null, finalisedLocalDate: null, today };
    expect(resolveSignDate(base)).toBe(today);
    expect(resolveSignDate({ ...base, finalisedLocalDate: '2026-01-20' })).toBe('2026-01-20');
    expect(
      resolveSignDate({ ...base, finalisedLocalDate: '2026-01-20', snapshotSignDate: '2026-01-19' }),
    ).toBe('2026-01-19');
    expect(resolveSignDate({ ...base, snapshotSignDate: '2026-01-19', chosen: '2026-01-25' })).toBe(
      '2026-01-25',
    );
  });
});
