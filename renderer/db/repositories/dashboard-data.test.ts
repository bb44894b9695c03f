import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, buildCalendar } from '../../../shared/calendar';
import { buildMonthlyBulletin } from '../../../shared/monitoring/bulletin';
import { reportDeadline } from '../../../shared/monitoring/activity';
import { dashboardFigures, dashboardFromYear } from '../../features/dashboard/figures';
import { sampleStores } from '../../../shared/backup/sample-data';
import { makeTestDb } from '../test-db';
import { generatedYears, storeGenerated } from '../test-fixtures';
import { lastPublishedByColumn, loadBulletinData, loadDashboardStores } from './dashboard-data';

/** Lists compared as sets: the window comes back in index order, not as stored. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalised);
    return items.every((x) => typeof x === 'object' && x !== null && 'id' in x)
      ? [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, normalised(k === 'ids' ? [...(v as string[])].sort() : v)]),
    );
  }
  return value;
}

describe('dashboard records: a window of years through the v3 indexes', () => {
  // Four generated years (seeded): unpublished items, open and carried-over requests, fees.
  const data = generatedYears();
  // A column last updated in 2022, before every window: its date comes from the column index.
  const sample = data.publications.find((p) => p.publishedDate !== null && !p.deletedAt);
  if (!sample) throw new Error('no published item generated');
  data.publications.push({
    ...sample,
    id: 'old-column-item',
    column: '测试旧栏目',
    formedDate: '2022-05-05',
    publishedDate: '2022-05-06',
  });
  data.settings = {
    ...data.settings,
    columns: [...data.settings.columns, { name: '测试旧栏目', kind: 'other', staleDays: null }],
  };
  const db = makeTestDb();
  beforeAll(() => storeGenerated(db, data));
  const live = <T extends { deletedAt: string | null }>(xs: T[]) => xs.filter((x) => !x.deletedAt);
  const all = {
    publications: live(data.publications),
    requests: live(data.requests),
    consultations: live(data.consultations),
    appeals: live(data.appeals),
    yearFigures: data.yearFigures,
    reportSnapshots: [],
  };
  const settings = data.settings;
  const calendar = buildCalendar();
  const columns = settings.columns.map((c) => c.name);

  it.each([
    ['2026-01-20', 2026],
    ['2026-01-20', 2024],
    ['2025-06-15', 2025],
    ['2024-02-10', 2024],
  ])('gives the figures of every record (today %s, chart %i), reading a part', async (today, chartYear) => {
    const { reportYear } = reportDeadline(settings.profile.reportDueMonthDay, today);
    const stores = await loadDashboardStores(db, dashboardFromYear(today, chartYear, reportYear));
    expect(stores.publications.length).toBeLessThan(all.publications.length);
    expect(stores.consultations.length).toBeLessThan(all.consultations.length);
    const columnsLast = await lastPublishedByColumn(db, columns, today);
    const fromDb = dashboardFigures(stores, columnsLast, settings, calendar, today, chartYear);
    const fromAll = dashboardFigures(all, new Map(), settings, calendar, today, chartYear);
    expect(normalised(fromDb)).toEqual(normalised(fromAll));
    // The figures are not trivially empty.
    expect(fromAll.unpublished.length + fromAll.late.length).toBeGreaterThan(0);
    expect(fromAll.columns.columns.find((c) => c.name === '测试旧栏目')?.lastPublished).toBe('2022-05-06');
  });

  it('gives the monthly bulletin of every record', async () => {
    for (const [year, month] of [
      [2025, 12],
      [2024, 3],
    ] as const) {
      const { publications, columnsLast } = await loadBulletinData(db, year, month, columns);
      expect(publications.length).toBeLessThan(all.publications.length);
      const addWD = (from: string, n: number) => addWorkingDays(calendar, from, n);
      const fromDb = buildMonthlyBulletin(publications, settings, year, month, addWD, columnsLast);
      const fromAll = buildMonthlyBulletin(all.publications, settings, year, month, addWD);
      expect(normalised(fromDb)).toEqual(normalised(fromAll));
      expect(fromAll.total).toBeGreaterThan(0);
    }
  });
});

describe('dashboard: letters issued late this year', () => {
  it('counts the late letters issued this year (window read = every letter), by type', async () => {
    const db = makeTestDb();
    const base = sampleStores({ publications: 0, requests: 1, consultations: 0, appeals: 0 }).letters[0];
    if (!base) throw new Error('no sample letter');
    const letters = [
      { ...base, id: 'late-now', late: true, type: 'answer' as const, issuedDate: '2026-01-05' },
      { ...base, id: 'late-last-year', late: true, number: 'x1', issuedDate: '2025-11-03' },
      { ...base, id: 'on-time', late: false, number: 'x2', issuedDate: '2026-01-10' },
    ];
    await db.letters.bulkAdd(letters);
    const settings = generatedYears().settings;
    const today = '2026-01-20';
    const stores = await loadDashboardStores(db, 2025);
    const figures = dashboardFigures(stores, new Map(), settings, buildCalendar(), today, 2026);
    expect(figures.lateLetters).toEqual({ year: 2026, count: 1, byType: { answer: 1 } });
  });
});
