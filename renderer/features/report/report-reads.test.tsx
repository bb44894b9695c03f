// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleStores } from '../../../shared/backup/sample-data';
import { defaultSettings } from '../../../shared/model/settings';
import type { ReportStores } from '../../../shared/report/compute';
import { formatForYear } from '../../../shared/report/formats';
import { currentSettings, seedSettings, todayLocal } from '../../app/session';
import { resetTablesQueryResults } from '../../components/use-table-writes';
import { db } from '../../db/database';
import { resetKeptReads } from '../../db/repositories/kept-reads';
import { getSettings } from '../../db/repositories/settings';
import { testPublication } from '../../db/test-fixtures';
import { idleReadAhead, keptFor, prefetch, type ReportState, reportStateOf } from './report-reads';
import { useReport } from './use-report';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Each render's report of the year (null while reading), as ReportPage asks it. */
const renders: (ReportState | null)[] = [];
function Probe({ year }: { year: number }) {
  const state = useReport(year);
  renders.push(state === 'noFormat' ? null : state);
  return null;
}

async function visit(year: number) {
  renders.length = 0;
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe year={year} />));
  await act(() => new Promise((r) => setTimeout(r, 100)));
  await act(async () => root.unmount());
  return [...renders];
}

describe('the report page’s first visit, read and computed before it is drawn (issue 17)', () => {
  const year = Number(todayLocal().slice(0, 4)) - 1;
  const address = new URLSearchParams({ year: String(year) });
  beforeAll(async () => {
    await db.publications.bulkAdd([
      testPublication('p-r1', `${year}-03-02`, `${year}-03-05`, { title: '测试公开甲' }),
      testPublication('p-r2', `${year}-06-02`, `${year}-06-05`, { title: '测试公开乙' }),
    ]);
    seedSettings(await getSettings(db));
  });
  beforeEach(() => {
    resetTablesQueryResults();
    resetKeptReads();
  });
  afterAll(() => db.close());

  it('without the reads the first render has no report (the spinner), the report a read later', async () => {
    expect(keptFor(address)).toBe(false);
    const states = await visit(year);
    expect(states[0]).toBeNull();
    expect(states.at(-1)?.model.year).toBe(year);
  });

  it('after prefetch the first render has the report prefetch computed (the same object)', async () => {
    await prefetch(currentSettings(), todayLocal(), address);
    expect(keptFor(address)).toBe(true);
    const states = await visit(year);
    expect(states[0]).not.toBeNull();
    expect(states[0]?.model.year).toBe(year);
    // Computed once, in the prefetch: the render finds it (reportStateOf keeps it per read).
    const kept = states[0] as ReportState;
    expect(reportStateOf(kept.stores, year, currentSettings(), kept.format)).toBe(kept);
    expect(states.every((s) => s === kept)).toBe(true);
  });

  it('the address without a year: the open year’s report, as the menu opens it', async () => {
    await prefetch(currentSettings(), todayLocal(), new URLSearchParams());
    expect(keptFor(new URLSearchParams())).toBe(true);
    expect(keptFor(new URLSearchParams({ year: String(year - 1) }))).toBe(false);
  });

  it('a write since: not kept, and the next visit reads the new record', async () => {
    await prefetch(currentSettings(), todayLocal(), address);
    const before = (await visit(year))[0]?.stores.publications.length ?? 0;
    await db.publications.add(testPublication('p-r3', `${year}-09-02`, `${year}-09-05`));
    expect(keptFor(address)).toBe(false);
    const states = await visit(year);
    expect(states.at(-1)?.stores.publications.length).toBe(before + 1);
  });

  it('read in idle time at a bureau’s size', async () => {
    expect(await idleReadAhead()).toBe(true);
  });
});

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
