import { describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { defaultSettings } from '../../../shared/model/settings';
import type { ReportStores } from '../../../shared/report/compute';
import { formatForYear } from '../../../shared/report/formats';
import { reportStateOf } from './use-report';

describe('reportStateOf', () => {
  const stores = sampleStores({
    publications: 30,
    requests: 12,
    consultations: 8,
    appeals: 2,
  }) as ReportStores;
  const format = formatForYear(2025);
  if (!format) throw new Error('no format for 2025');

  it('gives the report computed before for the same read of the stores: the page opened again', () => {
    const settings = defaultSettings();
    const first = reportStateOf(stores, 2025, settings, format);
    expect(first.model.year).toBe(2025);
    expect(reportStateOf(stores, 2025, settings, format)).toBe(first);
  });

  it('computes again for another read, year or settings', () => {
    const settings = defaultSettings();
    const first = reportStateOf(stores, 2025, settings, format);
    // A write: the stores are read again (a new object) and the report is computed from them.
    const reread = { ...stores } as ReportStores;
    const again = reportStateOf(reread, 2025, settings, format);
    expect(again).not.toBe(first);
    expect(again.model.cells).toEqual(first.model.cells);
    expect(reportStateOf(stores, 2024, settings, format).model.year).toBe(2024);
    const renamed = { ...settings, profile: { ...settings.profile, agencyName: '测试局' } };
    const other = reportStateOf(stores, 2025, renamed, format);
    expect(other).not.toBe(first);
    expect(other.settings).toBe(renamed);
  });
});
